import { runChecksum } from "./lib/checksum";
import { calculateMd5Hex } from "./lib/md5";
import type { PosixCommandContext } from "./types";

/** `md5sum [-c] [FILE]...` (GNU coreutils 9.1 src/digest.c; BusyBox coreutils/md5_sha1_sum.c): as sha256sum, with RFC 1321 MD5. */
export function runMd5sum(ctx: PosixCommandContext): number {
  return runChecksum(ctx, { tag: "MD5", hexLength: 32, hash: calculateMd5Hex });
}
