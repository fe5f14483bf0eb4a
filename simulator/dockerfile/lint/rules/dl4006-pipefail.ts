import { pragmas } from "../pragmas";
import type { LintRule } from "../types";

const NON_POSIX = /(^|[\\/])(pwsh|powershell|cmd)(\.exe)?$/i;
const PIPEFAIL_SHELLS = /(^|[\\/])(bash|zsh|ash|ksh|mksh)$/;

/** Whether a SHELL command line turns on pipefail: `-o pipefail` or a cluster ending in o (`-eo pipefail`). */
function setsPipefail(shell: readonly string[]): boolean {
  return shell.some((a, i) => a === "pipefail" && /^-[A-Za-z]*o$/.test(shell[i - 1] ?? ""));
}

/** hadolint DL4006: set the SHELL option -o pipefail before RUN with a pipe in it (hadolint: src/Hadolint/Rule/DL4006.hs). */
export const DL4006: LintRule = {
  code: "DL4006",
  severity: "warning",
  title: "Set -o pipefail before RUN with a pipe",
  source: "hadolint",
  explanation: {
    why: "A pipeline's exit status is the status of its last command. In `wget -O- url | tar x`, a failed download still 'succeeds' if tar exits 0, so the build carries on with a broken result.",
    fix: "Switch to a shell with pipefail before the RUN: SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"].",
    before: "FROM debian:12\nRUN wget -O - https://example.com/install.sh | bash",
    after: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://example.com/install.sh | bash',
  },
  check(ctx) {
    const shellPragma = new Map(pragmas(ctx).filter((p) => p.kind === "shell").map((p) => [p.node, p.values[0] ?? ""]));
    const finalShell = new Map<number, readonly string[]>();
    const out = [];
    for (const stage of ctx.stages) {
      let shell: readonly string[] = (stage.base === undefined ? undefined : finalShell.get(stage.base)) ?? ["/bin/sh", "-c"];
      for (const item of stage.items) {
        const pragma = shellPragma.get(item.outer);
        if (pragma !== undefined) shell = [pragma];
        if (item.keyword === "SHELL" && item.node.json && !item.onbuild) shell = item.node.args;
        if (item.keyword !== "RUN" || !ctx.run(item)?.script.pipes) continue;
        const program = shell[0] ?? "";
        if (NON_POSIX.test(program)) continue;
        if (!PIPEFAIL_SHELLS.test(program) || !setsPipefail(shell)) out.push(ctx.at(DL4006, item.node, "This RUN pipes commands without pipefail, so a failure before the last | goes unnoticed: set SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] first."));
      }
      finalShell.set(stage.index, shell);
    }
    return out;
  },
};
