import { z } from "zod";
import { definePredicate } from "../define";

/**
 * The last CMD (or ENTRYPOINT) uses the exec form, a JSON array, so the
 * program is PID 1 and gets signals (docs.docker.com reference/dockerfile
 * "Shell and exec form"; BuildKit's JSONArgsRecommended lint rule).
 */
export const dockerfileExecForm = definePredicate({
  kind: "dockerfile-exec-form",
  source: "dockerfile",
  summary: "The last CMD or ENTRYPOINT is in exec form (a JSON array).",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    keyword: z.enum(["CMD", "ENTRYPOINT"]).default("CMD").describe("which instruction"),
  },
  example: { keyword: "CMD" },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const last = file.parsed.instructions.filter((i) => i.keyword.toUpperCase() === check.keyword).at(-1);
    if (!last) return { passed: false, detail: `\`${check.path}\` has no ${check.keyword} instruction yet.` };
    if (last.json) return { passed: true, detail: `Line ${last.startLine} uses the exec form: \`${last.original}\`.` };
    return {
      passed: false,
      detail: `Line ${last.startLine} uses the shell form (\`${last.original}\`), so /bin/sh -c runs your program and it will not get SIGTERM. Write it as a JSON array: ${check.keyword} ["…", "…"].`,
    };
  },
});
