/**
 * The engine's public surface. The site, the headless shell, lesson replay
 * and benchmarks reach the simulator only through these exports.
 */
export type { Clock } from "./core/clock";
export { VirtualClock } from "./core/clock";
export type { CommandResult, CommandTranscript, OutputChunk } from "./core/io";
export type { FileSystem, FileStat } from "./vfs/types";
export { createMemoryFs } from "./vfs/memory-fs";
export type { World, WorldOptions, WorldSnapshot, ShellResult, HostProgram, HostProgramContext } from "./world/world";
export { createWorld } from "./world/world";
export type { Check, CheckResult } from "./grader/checks";
export { gradeChecks, calculateScore } from "./grader/grade";
export { calculateGolf, type GolfResult, type GolfTarget } from "./grader/golf";
export { calculateDiagnostics, type Diagnostic } from "./grader/diagnostics/index";
export type { GradableSnapshot, Predicate, Verdict } from "./grader/checks";
export { CHECK_SCHEMA, CHECKS_SCHEMA, PREDICATES, COMBINATORS } from "./grader/vocabulary";
export type { PredicateDefinition, PredicateSource } from "./grader/define";
export { runTranscript, type Transcript } from "./world/transcript";
export { runTranscriptAsync } from "./world/transcript-async";
export { parseDockerfile, formatDump, formatParseError, DockerfileParseError } from "./dockerfile/index";
export type { ParsedDockerfile, InstructionNode, Heredoc, SourceLocation } from "./dockerfile/index";
export { CATALOG } from "./image/catalog";
export type { CatalogRepository, CatalogImage } from "./image/catalog";
export { lintDockerfile, explainRule, EXPLANATIONS, RULES, RULES_BY_CODE } from "./dockerfile/lint/index";
export type { LabelType, LintConfig, LintFinding, LintRule, LintSeverity, RuleExplanation, RuleSeverity } from "./dockerfile/lint/index";
export { parseProgram } from "./dockerfile/index";
export type { DockerfileProgram, Instruction } from "./dockerfile/index";
// The workspace's engine view and browser preview read these (components/engine-view).
export type { EngineState } from "./engine/engine";
export type { BuildRecord, BuildStepRecord, CacheMissReason } from "./build/record";
export { formatMissReason } from "./build/record";
export type { ImageRecord } from "./image/types";
export type { ContainerRecord, ContainerStatus } from "./runtime/types";
export { answerHostHttp, type HostHttpAnswer } from "./engine/host-network";
export { formatHumanSize } from "./cli/units";
// The engine view's cluster picture reads these (components/engine-view/calculate-cluster.ts).
export type { ClusterSnapshot } from "./kubectl/cluster";
export type { Deployment, EventObject, KubeObject, NodeObject, Pod, ReplicaSet, Service } from "./k8s/api/types";
export { calculatePodSummary } from "./kubectl/printers/pod";
