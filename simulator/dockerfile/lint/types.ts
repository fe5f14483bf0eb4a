import type { InstructionNode, ParsedDockerfile } from "../ast";
import type { ShellScript } from "./shell";

/**
 * How serious a finding is. hadolint's four levels (hadolint: README
 * "Rules" table; `DLSeverity` in src/Hadolint/Rule.hs); BuildKit's build
 * checks are all "warning" (or "error" under `# check=error=true`).
 */
export type LintSeverity = "error" | "warning" | "info" | "style";

/** A rule's default level: hadolint also has rules that are off unless enabled ("ignore": DL1001, DL3057). */
export type RuleSeverity = LintSeverity | "ignore";

/**
 * One problem found in a Dockerfile, the shape hadolint's and BuildKit's
 * reports share: a rule code (hadolint `DL3006`, BuildKit `UndefinedVar`,
 * or ours: `parse-error`, `unknown-instruction`), a level, a 1-based line
 * range and a message.
 */
export interface LintFinding {
  code: string;
  severity: LintSeverity;
  line: number;
  endLine: number;
  column?: number;
  message: string;
}

/** For a learner: why a rule matters and how to fix it, with a tiny Dockerfile before and after. */
export interface RuleExplanation {
  why: string;
  fix: string;
  before: string;
  after: string;
}

/** The value types hadolint's `label-schema` understands (hadolint: README "Configure", LabelType). */
export type LabelType = "text" | "url" | "rfc3339" | "spdx" | "hash" | "semver" | "email";

/**
 * Linter configuration, using hadolint's configuration-file names
 * (hadolint: README "Configure"): `trustedRegistries` (DL3026),
 * `label-schema` (DL3049–DL3058), `strict-labels` (DL3050), `override`
 * (per-code severity), `ignored` (codes never reported) and
 * `disable-ignore-pragma`. `baseImageEnv` is ours: the environment of a base
 * image, so UndefinedVar knows what `FROM python:3.12` defines, as BuildKit
 * learns it from the image config.
 */
export interface LintConfig {
  trustedRegistries?: readonly string[];
  "label-schema"?: Readonly<Record<string, LabelType>>;
  "strict-labels"?: boolean;
  override?: Partial<Record<RuleSeverity, readonly string[]>>;
  ignored?: readonly string[];
  "disable-ignore-pragma"?: boolean;
  baseImageEnv?: (image: string) => Readonly<Record<string, string>> | undefined;
}

/** A `--mount=` option of a RUN, split into its fields (BuildKit: instructions/commands_runmount.go parseMount). */
export interface RunMount {
  type: string;
  target: string;
  from?: string;
}

/** What a RUN instruction runs, computed once per lint: the shell commands and the mounts. */
export interface RunInfo {
  script: ShellScript;
  /** Builder flags, including `--mount=` words hadolint also accepts after an escaped space. */
  flags: string[];
  mounts: RunMount[];
}

/**
 * One instruction as the rules see it. ONBUILD triggers are unwrapped:
 * `node` is the trigger and `onbuild` is true, as hadolint checks
 * `ONBUILD RUN x` with the RUN rules (hadolint: src/Hadolint/Rule.hs onbuild).
 */
export interface LintItem {
  index: number;
  node: InstructionNode;
  /** The instruction as written in the file (the ONBUILD for a trigger). */
  outer: InstructionNode;
  /** Upper-cased keyword of `node`. */
  keyword: string;
  onbuild: boolean;
  /** Index into `LintContext.stages`. */
  stage: number;
}

/**
 * A build stage: the instructions from one FROM to the next. Stage 0 is
 * implicit and holds whatever comes before the first FROM (hadolint checks
 * FROM-less snippets as one stage).
 */
export interface LintStage {
  index: number;
  from?: InstructionNode;
  /** The image or stage named by FROM, as written. */
  image: string;
  /** `AS name` as written, if any. */
  alias?: string;
  /** The earlier stage this one builds on (`FROM <alias>`), matched case-insensitively. */
  base?: number;
  items: LintItem[];
}

/** The shared, computed-once view of a Dockerfile that every rule reads. */
export interface LintContext {
  parsed: ParsedDockerfile;
  /** The source text, when the linter was given text. */
  source?: string;
  /** Its lines (split on first use; for pragma line numbers). */
  readonly lines?: readonly string[];
  config: LintConfig;
  items: readonly LintItem[];
  stages: readonly LintStage[];
  /** Shell view of a RUN item (undefined for other instructions); computed once and cached. */
  run(item: LintItem): RunInfo | undefined;
  /** A finding for `rule` at an instruction's lines. */
  at(rule: LintRule, node: InstructionNode, message: string): LintFinding;
  /** Per-lint memo for data several rules share (the BuildKit simulation, stage usage). */
  memo<T>(key: string, compute: () => T): T;
}

/**
 * A lint rule: its code, default severity, a one-line title, the
 * learner-facing explanation, and the check itself. Registered in
 * rules/index.ts (one file per rule, like hadolint's src/Hadolint/Rule/*.hs).
 */
export interface LintRule {
  code: string;
  severity: RuleSeverity;
  title: string;
  source: "hadolint" | "buildkit" | "dockyard";
  explanation: RuleExplanation;
  check(ctx: LintContext): LintFinding[];
}
