import type { LintItem } from "../types";

/** The `--from=` value of a COPY (undefined when there is none). */
export function copyFrom(item: LintItem): string | undefined {
  const flag = item.node.flags.find((f) => f.startsWith("--from="));
  return flag === undefined ? undefined : flag.slice("--from=".length);
}
