import { calculateSha256Hex } from "../core/sha256";
import { DockerfileParseError, formatParseError, type ParsedDockerfile } from "../dockerfile/ast";
import { evaluateProgram, WordLexError, type EvaluatedStage } from "../dockerfile/evaluate";
import { parseProgram } from "../dockerfile/instructions/index";
import type { DockerfileProgram, Instruction } from "../dockerfile/instructions/types";
import { parseDockerfile } from "../dockerfile/parser";
import { calculateImageStages, calculateStageLabel, calculateStageOrder } from "./stages";
import { formatProgressBytes, type Vertex } from "./progress";
import { explainMiss } from "./miss-reason";
import type { StepState } from "./cache";
import { calculateCacheKey } from "./context";
import type { BuildStepRecord, BuildRecord } from "./record";
import { createScratchState, StageRun, type StageResult } from "./stage-run";
import { INSTRUCTION_HANDLERS } from "./steps/index";
import type { BuildFailure, BuildHost, BuildOutcome, BuildRequest, ResolvedBase } from "./types";
import { finalizeHistory } from "./finalize";
import { lintDockerfile } from "../dockerfile/lint/lint";
import { WordLexer } from "../lex/word-lexer";

const ms = (seconds: number): number => Math.round(seconds * 1000);

/** A vertex being recorded, with its start time. */
interface OpenVertex extends Vertex {
  start: number;
}

/**
 * Runs a build the way BuildKit's Dockerfile frontend does: parse, resolve
 * every base image (`load metadata for …`), then build only the stages the
 * target needs, each file-system step (FROM, RUN, COPY, ADD, WORKDIR) keyed
 * on its parent, its instruction after expansion, the environment it runs
 * with and, for COPY/ADD, the checksum of its sources; the first miss makes
 * every later step in the stage miss (docker docs: build/cache/invalidation.md;
 * moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go).
 */
export function runBuildKit(request: BuildRequest, host: BuildHost, previous: BuildRecord | undefined): BuildOutcome {
  const clock = host.clock;
  const started = clock.now();
  const vertices: OpenVertex[] = [];
  const steps: BuildStepRecord[] = [];
  const open = (name: string): OpenVertex => {
    const v: OpenVertex = { name, statuses: [], logs: [], outcome: { kind: "done", seconds: 0 }, start: clock.now() };
    vertices.push(v);
    return v;
  };
  const close = (v: OpenVertex, advanceMs: number): void => {
    if (advanceMs > 0) clock.advance(advanceMs);
    v.outcome = { kind: "done", seconds: (clock.now() - v.start) / 1000 };
  };
  const stamp = (): Vertex[] => {
    for (const v of vertices) {
      v.startMs = v.start;
      v.endMs = v.outcome.kind === "done" ? v.start + Math.round(v.outcome.seconds * 1000) : v.outcome.kind === "error" ? clock.now() : v.start;
    }
    return vertices;
  };
  const finish = (ok: boolean, extra: Partial<BuildOutcome>): BuildOutcome => ({
    ok,
    vertices: stamp(),
    classicSteps: [],
    steps,
    seconds: (clock.now() - started) / 1000,
    warnings: definition.warnings ?? [],
    ...extra,
  });
  const failAt = (v: OpenVertex | undefined, failure: BuildFailure): BuildOutcome => {
    if (v) v.outcome = { kind: "error", message: failure.message };
    return finish(false, { error: failure });
  };

  const definition = open(`[internal] load build definition from ${request.dockerfileName}`);
  definition.statuses.push({ id: `transferring dockerfile: ${formatProgressBytes(new TextEncoder().encode(request.dockerfileText).length)}`, done: true });
  close(definition, 20);
  let parsed: ParsedDockerfile;
  let program: DockerfileProgram;
  try {
    parsed = parseDockerfile(request.dockerfileText);
    program = parseProgram(parsed);
  } catch (error) {
    if (!(error instanceof DockerfileParseError)) throw error;
    const message = formatParseError(error);
    return finish(false, { error: { message, classic: message, exitCode: 1, lines: { start: error.location.line, end: error.location.endLine } } });
  }
  // Docker's build checks run on every build (buildx ≥ 0.15): `#1 WARN: …` and a summary at the end.
  const warnings = calculateBuildChecks(request.dockerfileText, parsed);
  if (warnings.length > 0) definition.warnings = warnings;
  if (program.stages.length === 0) {
    return finish(false, { error: { message: "dockerfile parse error: file with no instructions", classic: "file with no instructions", exitCode: 1 } });
  }
  let stages: EvaluatedStage[];
  try {
    stages = evaluateProgram(program, { buildArgs: request.buildArgs, escapeToken: parsed.escapeToken }).stages;
  } catch (error) {
    if (!(error instanceof WordLexError)) throw error;
    return finish(false, { error: { message: error.message, classic: error.message, exitCode: 1 } });
  }
  const order = calculateStageOrder(stages, request.target);
  if ("error" in order) return finish(false, { error: { message: order.error, classic: order.error, exitCode: 1 } });

  // [internal] load metadata for each external base, in first-use order.
  const bases = new Map<string, ResolvedBase>();
  for (const name of calculateImageStages(stages, order.stages)) {
    const meta = open(`[internal] load metadata for ${name.canonical}`);
    const resolved = host.resolveBase(name.reference, request.pull);
    if (!resolved.ok) {
      const stage = stages[name.stageIndex];
      const node = stage ? program.stages[stage.index]?.from.node : undefined;
      return failAt(meta, {
        message: `${name.reference}: failed to resolve source metadata for ${name.canonical}: ${resolved.error.buildkit}`,
        classic: resolved.error.classic,
        exitCode: 1,
        vertexName: meta.name,
        logs: [],
        ...(node ? { lines: { start: node.startLine, end: node.endLine } } : {}),
      });
    }
    bases.set(name.reference, resolved.base);
    close(meta, 500);
  }
  // With the base images known, evaluate again so each stage starts from its base's ENV.
  stages = evaluateProgram(program, {
    buildArgs: request.buildArgs,
    escapeToken: parsed.escapeToken,
    baseImageEnv: (n) => bases.get(n)?.state.config.Env,
  }).stages;
  const ignore = open("[internal] load .dockerignore");
  ignore.statuses.push({ id: `transferring context: ${formatProgressBytes(request.context.dockerignoreSize || 2)}`, done: true });
  close(ignore, 20);

  const finished: StageResult[] = [];
  let contextLoaded = false;
  const multiStage = order.stages.length > 1 || program.stages.length > 1;
  let missedBefore = false;
  for (const stageIndex of order.stages) {
    const stage = stages[stageIndex] as EvaluatedStage;
    const label = calculateStageLabel(stage, multiStage);
    const counted = 1 + stage.steps.filter((s) => s.instruction.kind !== "from" && INSTRUCTION_HANDLERS[s.instruction.kind].counted).length;
    const stageLabel = (i: number): string => {
      const width = String(counted).length;
      return `[${label ? `${label} ` : ""}${String(i).padStart(width)}/${counted}]`;
    };
    const parentStage = finished.find((s) => s.name !== "" && s.name === stage.baseName.toLowerCase());
    let state: StepState;
    let key: string;
    const fromNode = program.stages[stage.index]?.from.node;
    if (parentStage) {
      state = structuredClone(parentStage.state);
      key = parentStage.cacheKey;
    } else if (stage.baseName.toLowerCase() === "scratch") {
      state = createScratchState();
      key = calculateCacheKey("", "FROM scratch", []);
    } else {
      const base = bases.get(stage.baseName) as ResolvedBase;
      state = structuredClone(base.state);
      key = calculateCacheKey("", `FROM ${base.id}`, []);
      const from = open(`${stageLabel(1)} FROM ${base.canonical}${base.digest ? `@${base.digest}` : ""}`);
      from.statuses.push({ id: `resolve ${base.canonical}${base.digest ? `@${base.digest}` : ""}`, done: true });
      // Layers download in parallel (the slowest sets the pace), then extract one after another.
      let pullMs = 0;
      for (const layer of base.downloaded) {
        const seconds = 0.2 + layer.size / 12_000_000;
        pullMs = Math.max(pullMs, ms(seconds));
        from.statuses.push({ id: `sha256:${layer.digest.replace(/^sha256:/, "")}`, current: layer.size, total: layer.size, seconds, done: true });
      }
      for (const layer of base.downloaded) {
        const seconds = 0.1 + layer.size / 40_000_000;
        pullMs += ms(seconds);
        from.statuses.push({ id: `extracting sha256:${layer.digest.replace(/^sha256:/, "")}`, seconds, done: true });
      }
      close(from, pullMs + 10);
      steps.push({ stage: label || "", position: 1, instruction: fromNode?.original ?? `FROM ${stage.baseName}`, keyword: "FROM", cached: base.downloaded.length === 0, cacheKey: key, durationMs: pullMs });
    }
    const run = new StageRun(request, host, state, key, stage.name, stage.index, finished);
    for (const [reference, base] of bases) run.fromImages.set(reference, base.state);
    let position = 1;
    for (const step of stage.steps) {
      const instruction = step.instruction as Exclude<Instruction, { kind: "from" }>;
      const handler = INSTRUCTION_HANDLERS[instruction.kind];
      if (!handler.counted) {
        run.beginStep();
        const outcome = handler.dispatch(instruction, run, step);
        if (!outcome.ok) return finish(false, { error: { ...outcome.failure, lines: { start: instruction.node.startLine, end: instruction.node.endLine } } });
        continue;
      }
      position++;
      const name = `${stageLabel(position)} ${instruction.node.keyword.toUpperCase()} ${expandForDisplay(instruction.node.original, step.runEnv, parsed.escapeToken)}`;
      const needsContext = (instruction.kind === "copy" && instruction.from === "") || instruction.kind === "add";
      if (needsContext && !contextLoaded) {
        contextLoaded = true;
        const ctx = open("[internal] load build context");
        ctx.statuses.push({ id: `transferring context: ${formatProgressBytes(request.context.size)}`, done: true });
        close(ctx, 20 + Math.round(request.context.size / 50_000));
      }
      const vertex = open(name);
      run.beginStep();
      const input = handler.calculateCacheInput?.(instruction, run) ?? { ok: true as const, input: "" };
      const lines = { start: instruction.node.startLine, end: instruction.node.endLine };
      if (!input.ok) {
        clock.advance(10);
        return failAt(vertex, { ...input.failure, lines, vertexName: name, logs: [] });
      }
      const { node: _node, ...described } = instruction;
      const keyText = JSON.stringify({ i: described, env: [...step.runEnv].sort(), user: run.config.User, wd: run.config.WorkingDir, shell: run.config.Shell ?? null, args: run.declaredArgs });
      const stepKey = calculateCacheKey(run.cacheKey, keyText, [], input.input);
      const record: BuildStepRecord = {
        stage: label,
        position,
        instruction: instruction.node.original,
        keyword: instruction.node.keyword.toUpperCase(),
        cached: false,
        cacheKey: stepKey,
        durationMs: 0,
        ...(input.sources ? { sources: input.sources } : {}),
        args: run.declaredArgs.map((a) => `${a.key}=${a.value ?? ""}`),
      };
      const hit = request.noCache || missedBefore ? undefined : host.lookupCache(stepKey);
      if (hit) {
        handler.applyCached?.(instruction, run);
        if (hit.layer) run.addLayerRef(hit.layer);
        run.addHistory(handler.formatHistory?.(instruction, run) ?? "", hit.layer === undefined, hit.created);
        vertex.outcome = { kind: "cached" };
        record.cached = true;
        steps.push(record);
        run.cacheKey = stepKey;
        continue;
      }
      record.reason = request.noCache ? { kind: "no-cache" } : missedBefore ? { kind: "parent-changed" } : explainMiss(previous, record);
      missedBefore = true;
      const t0 = clock.now();
      clock.advance(instruction.kind === "run" ? 100 : 20);
      const outcome = handler.dispatch(instruction, run, step);
      run.endStep();
      vertex.logs = run.logs.map((l) => ({ seconds: l.seconds, text: l.text }));
      record.durationMs = clock.now() - t0;
      if (!outcome.ok) {
        record.exitCode = outcome.failure.exitCode;
        steps.push(record);
        return failAt(vertex, { ...outcome.failure, lines, vertexName: name, logs: vertex.logs.map((l) => `${l.seconds.toFixed(3)} ${l.text}`) });
      }
      const created = run.state.history[run.state.history.length - 1]?.created ?? clock.now();
      host.storeCache(stepKey, { ...(run.madeLayer ? { layer: run.madeLayer } : {}), created }, name);
      close(vertex, 0);
      steps.push(record);
      run.cacheKey = stepKey;
    }
    finished.push({ name: stage.name, index: stage.index, state: run.state, cacheKey: run.cacheKey });
  }
  const last = finished[finished.length - 1] as StageResult;
  let result = finalizeHistory(last.state);
  if (request.labels && Object.keys(request.labels).length > 0) result = { ...result, config: { ...result.config, Labels: { ...result.config.Labels, ...request.labels } } };
  return finish(true, { result });
}

/**
 * The instruction text as BuildKit names a vertex: the arguments with the
 * ENV and ARG values the step knows substituted, quotes kept, unknown
 * variables left as written (moby/buildkit: dockerfile2llb/convert.go processCmdEnv).
 */
function expandForDisplay(original: string, env: readonly string[], escapeToken: "\\" | "`"): string {
  const args = original.replace(/^\s*\S+\s*/, "");
  const values = new Map<string, string>();
  for (const e of env) {
    const eq = e.indexOf("=");
    if (eq > 0) values.set(e.slice(0, eq), e.slice(eq + 1));
  }
  try {
    return new WordLexer({ escapeToken, rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWord(args, (n) => values.get(n)).result;
  } catch {
    return args;
  }
}

const CHECK_CACHE = new Map<string, string[]>();

/** Docker's build checks of a Dockerfile (the BuildKit rules of the linter), remembered per text: a rebuild re-reads the same file. */
function calculateBuildChecks(text: string, parsed: ParsedDockerfile): string[] {
  const cached = CHECK_CACHE.get(text);
  if (cached) return cached;
  const warnings = lintDockerfile(parsed)
    .filter((f) => !/^(DL|SC)\d/.test(f.code))
    .map((f) => `${f.code}: ${f.message} (line ${f.line})`);
  if (CHECK_CACHE.size > 64) CHECK_CACHE.clear();
  CHECK_CACHE.set(text, warnings);
  return warnings;
}

/** The image ID: the digest of the config it would write (opencontainers/image-spec: config.md "ImageID"). */
export function calculateImageId(state: StepState): string {
  return `sha256:${calculateSha256Hex(JSON.stringify({ config: state.config, layers: state.layers.map((l) => l.digest), history: state.history, os: state.os, architecture: state.architecture }))}`;
}
