/**
 * What the editor shows as problems: the engine's parse error (in Docker's
 * wording) and the linter's findings, normalised to editor line ranges.
 */

import type { LintFinding, RuleExplanation } from "@/simulator";

/**
 * One problem in a Dockerfile: the linter's LintFinding (1-based, inclusive
 * lines; `column`, when set, is where the problem starts on its first line).
 */
export type EditorFinding = LintFinding;

/** A learner explanation of a rule: why it matters and how to fix it, with a before/after pair. */
export type { RuleExplanation };

/** The code parse errors are reported under. */
export const PARSE_ERROR_CODE = "parse-error";
/** The code of an instruction Docker does not know; `docker build` reports it as a parse error too. */
export const UNKNOWN_INSTRUCTION_CODE = "unknown-instruction";

/** Codes whose message `docker build` prints as `dockerfile parse error on line N: …`. */
const PARSE_STAGE_CODES: ReadonlySet<string> = new Set([PARSE_ERROR_CODE, UNKNOWN_INSTRUCTION_CODE]);

/** The analysis the editor runs: the engine's parser and linter, behind one seam. */
export interface DockerfileAnalyzer {
  analyze(text: string): EditorFinding[];
  explain(code: string): RuleExplanation | undefined;
}

/** `<code>: <message>`, the marker text. */
export function markerMessage(finding: EditorFinding): string {
  return `${finding.code}: ${finding.message}`;
}

/** The finding code back from a marker message written by markerMessage. */
export function codeOfMarkerMessage(message: string): string | undefined {
  const match = /^([A-Za-z][\w-]*): /.exec(message);
  return match?.[1];
}

/** Docker's wording for a parse error: `dockerfile parse error on line N: detail`. */
export function dockerParseMessage(line: number, detail: string): string {
  return /^dockerfile parse error/.test(detail) ? detail : `dockerfile parse error on line ${line}: ${detail}`;
}

/** Clamps a finding into the document's lines and gives parse errors Docker's wording. */
export function normaliseFinding(finding: EditorFinding, lineCount: number): EditorFinding {
  const clamp = (n: number) => Math.min(Math.max(1, Math.trunc(Number.isFinite(n) ? n : 1)), Math.max(1, lineCount));
  const line = clamp(finding.line);
  const endLine = Math.max(line, clamp(finding.endLine));
  const message = PARSE_STAGE_CODES.has(finding.code) ? dockerParseMessage(finding.line, finding.message) : finding.message;
  const normalised: EditorFinding = { code: finding.code, severity: finding.severity, line, endLine, message };
  if (finding.column !== undefined && finding.column > 1) normalised.column = Math.trunc(finding.column);
  return normalised;
}

/** Whether a finding covers a line. */
export function findingCoversLine(finding: EditorFinding, lineNumber: number): boolean {
  return finding.line <= lineNumber && lineNumber <= finding.endLine;
}
