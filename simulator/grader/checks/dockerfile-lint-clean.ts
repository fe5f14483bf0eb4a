import { z } from "zod";
import { lintDockerfile } from "../../dockerfile/lint/index";
import { definePredicate } from "../define";

/**
 * BuildKit's build checks find nothing (or nothing among `codes`) in the
 * Dockerfile (docs.docker.com reference/build-checks; `docker build --check`).
 */
export const dockerfileLintClean = definePredicate({
  kind: "dockerfile-lint-clean",
  source: "dockerfile",
  summary: "The Dockerfile lint (BuildKit build checks) reports none of the given rules (all rules if none given).",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    codes: z.array(z.string().min(1)).optional().describe("rule codes, e.g. `JSONArgsRecommended`"),
  },
  example: { codes: ["JSONArgsRecommended", "FromAsCasing"] },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const findings = lintDockerfile(file.parsed).filter((f) => check.codes === undefined || check.codes.includes(f.code));
    if (findings.length === 0) return { passed: true, detail: `No lint findings${check.codes ? ` for ${check.codes.join(", ")}` : ""}.` };
    const shown = findings.slice(0, 3).map((f) => `line ${f.line}: ${f.code} (${f.message})`);
    return { passed: false, detail: `${findings.length} finding${findings.length === 1 ? "" : "s"}: ${shown.join("; ")}${findings.length > 3 ? "; …" : ""}.` };
  },
});
