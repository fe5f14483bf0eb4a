import { readOptional } from "../../packages/common";
import type { PosixCommandContext } from "../types";

/** The image's distribution id from /etc/os-release (os-release(5) ID: "debian", "ubuntu", "alpine"), "" when there is none. */
export function detectOsId(ctx: PosixCommandContext): string {
  return /^ID="?([^"\n]+)"?$/m.exec(readOptional(ctx, "/etc/os-release") ?? readOptional(ctx, "/usr/lib/os-release") ?? "")?.[1] ?? "";
}
