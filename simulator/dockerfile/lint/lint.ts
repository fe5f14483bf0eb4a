import { DockerfileParseError, type ParsedDockerfile } from "../ast";
import { parseDockerfile } from "../parser";
import { createContext } from "./context";
import { ignoredCodes, parseCheckOptions, type CheckOptions } from "./pragmas";
import { RULES } from "./rules";
import type { LintConfig, LintFinding, LintRule, LintSeverity } from "./types";

const LEVELS = ["error", "warning", "info", "style", "ignore"] as const;

/** hadolint's `override` configuration: a code listed under a level gets that level ("ignore" turns it off). */
function levelOf(rule: LintRule, config: LintConfig): LintSeverity | undefined {
  for (const level of LEVELS) if (config.override?.[level]?.includes(rule.code)) return level === "ignore" ? undefined : level;
  return rule.severity === "ignore" ? undefined : rule.severity;
}

/** BuildKit's linter.Run gate: experimental rules only when asked for; the others unless skipped (moby/buildkit: linter/linter.go). */
function buildkitEnabled(rule: LintRule, opts: CheckOptions | undefined): boolean {
  if (!opts) return rule.code !== "InvalidDefinitionDescription";
  if (rule.code === "InvalidDefinitionDescription") return opts.experimentalAll || opts.experimental.has(rule.code);
  return !opts.skipAll && !opts.skip.has(rule.code);
}

function parseErrorFinding(error: unknown): LintFinding {
  if (error instanceof DockerfileParseError) {
    const { line, column, endLine } = error.location;
    return { code: "parse-error", severity: "error", line: Math.max(1, line), endLine: Math.max(1, line, endLine), column, message: error.detail };
  }
  return { code: "parse-error", severity: "error", line: 1, endLine: 1, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Lints a Dockerfile with hadolint's DL rules (hadolint/hadolint) and
 * Docker's own build checks (`docker build --check`, moby/buildkit
 * frontend/dockerfile/linter), honouring `# check=skip=…;error=true` and
 * hadolint's `# hadolint ignore=…` / `# hadolint global ignore=…` pragmas.
 * Returns the findings sorted by line, then code. Never throws: a file that
 * does not parse gives one `parse-error` finding at the parser's location.
 */
export function lintDockerfile(input: string | ParsedDockerfile, config: LintConfig = {}): LintFinding[] {
  let parsed: ParsedDockerfile;
  if (typeof input === "string") {
    try {
      parsed = parseDockerfile(input);
    } catch (error) {
      return [parseErrorFinding(error)];
    }
  } else parsed = input;

  const ctx = createContext(parsed, typeof input === "string" ? input : undefined, config);
  const check = parseCheckOptions(parsed.directives.check);
  const checkOpts = typeof check === "string" ? undefined : check;
  const silenced = config["disable-ignore-pragma"] ? { byLine: new Map<number, Set<string>>(), global: new Set<string>() } : ignoredCodes(ctx);
  const ignored = new Set(config.ignored ?? []);

  const findings: LintFinding[] = [];
  for (const rule of RULES) {
    const level = levelOf(rule, config);
    if (level === undefined || ignored.has(rule.code) || silenced.global.has(rule.code)) continue;
    if (rule.source === "buildkit" && !buildkitEnabled(rule, checkOpts)) continue;
    let out: LintFinding[];
    try {
      out = rule.check(ctx);
    } catch (error) {
      out = [{ code: "internal-error", severity: "info", line: 1, endLine: 1, message: `rule ${rule.code} failed: ${error instanceof Error ? error.message : String(error)}` }];
    }
    for (const f of out) {
      if (silenced.byLine.get(f.line)?.has(f.code)) continue;
      const line = Math.max(1, f.line);
      const severity = f.code !== rule.code ? f.severity : rule.source === "buildkit" && checkOpts?.error ? "error" : level;
      findings.push({ ...f, severity, line, endLine: Math.max(line, f.endLine) });
    }
  }
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => a.f.line - b.f.line || (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : 0) || a.i - b.i)
    .map(({ f }) => f);
}
