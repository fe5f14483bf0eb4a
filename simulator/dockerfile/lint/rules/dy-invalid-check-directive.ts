import { parseCheckOptions } from "../pragmas";
import type { LintRule } from "../types";

/** Ours: a `# check=` directive BuildKit cannot parse (moby/buildkit: linter/linter.go ParseLintOptions; the build fails with this message). */
export const InvalidCheckDirective: LintRule = {
  code: "invalid-check-directive",
  severity: "error",
  title: "Invalid # check= directive",
  source: "dockyard",
  explanation: {
    why: "The `# check=` directive configures Docker's build checks with `skip=`, `error=` and `experimental=` options separated by `;`. Docker refuses to build when it cannot read it.",
    fix: "Use the documented form, e.g. `# check=skip=JSONArgsRecommended;error=true`.",
    before: "# check=skip JSONArgsRecommended\nFROM alpine:3.20",
    after: "# check=skip=JSONArgsRecommended\nFROM alpine:3.20",
  },
  check(ctx) {
    const result = parseCheckOptions(ctx.parsed.directives.check);
    if (typeof result !== "string") return [];
    const line = Math.max(1, (ctx.lines ?? []).findIndex((l) => /^\s*#\s*check\s*=/i.test(l)) + 1);
    return [{ code: InvalidCheckDirective.code, severity: "error", line, endLine: line, message: result }];
  },
};
