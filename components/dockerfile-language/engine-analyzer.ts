/**
 * The editor's analysis, backed by the engine's Dockerfile linter (hadolint's
 * rules, Docker's build checks, and BuildKit's parse errors as `parse-error`
 * findings) with its learner explanations.
 * The engine is handed in (register.ts loads it with a dynamic import, the
 * same chunk the lesson page already loaded), so nothing here adds to the
 * page's first load.
 */
import type * as Simulator from "@/simulator";
import type { DockerfileAnalyzer, EditorFinding, RuleExplanation } from "./findings";

export type Engine = typeof Simulator;

export function createEngineAnalyzer(engine: Engine): DockerfileAnalyzer {
  return {
    analyze(text: string): EditorFinding[] {
      // An empty editor is not an error worth a red squiggle while the learner starts typing.
      if (text.trim() === "") return [];
      // Never throws: a file that does not parse gives one parse-error finding at the parser's location.
      // A rule that crashed reports "internal-error"; a learner can do nothing about that, so it stays out of the editor.
      return engine.lintDockerfile(text).filter((f) => f.code !== "internal-error");
    },
    explain(code: string): RuleExplanation | undefined {
      return engine.explainRule(code);
    },
  };
}
