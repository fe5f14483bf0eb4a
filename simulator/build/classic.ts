import { calculateShortId } from "../core/ids";
import { DockerfileParseError, formatParseError } from "../dockerfile/ast";
import { evaluateProgram, WordLexError, type EvaluatedStage } from "../dockerfile/evaluate";
import { parseProgram } from "../dockerfile/instructions/index";
import type { DockerfileProgram, Instruction } from "../dockerfile/instructions/types";
import { parseDockerfile } from "../dockerfile/parser";
import type { StepState } from "./cache";
import { calculateCacheKey } from "./context";
import type { BuildRecord, BuildStepRecord } from "./record";
import { explainMiss } from "./miss-reason";
import { createScratchState, StageRun, type StageResult } from "./stage-run";
import { formatClassicHistory } from "./classic-history";
import { INSTRUCTION_HANDLERS } from "./steps/index";
import type { BuildHost, BuildOutcome, BuildRequest, ClassicStep } from "./types";

/**
 * The legacy builder (`DOCKER_BUILDKIT=0`): every instruction is a step
 * (`Step 3/7 : RUN …`), each committed as an intermediate image that is
 * also its cache (a hit needs the same parent image and the same
 * instruction), RUN and metadata steps in a throwaway container, all stages
 * built in order (moby/moby: daemon/builder/dockerfile/builder.go,
 * dispatchers.go, internals.go; image/cache/compare.go).
 */
export function runClassic(request: BuildRequest, host: BuildHost, previous: BuildRecord | undefined): BuildOutcome {
  const clock = host.clock;
  const started = clock.now();
  const classicSteps: ClassicStep[] = [];
  const steps: BuildStepRecord[] = [];
  const finish = (ok: boolean, extra: Partial<BuildOutcome>): BuildOutcome => ({ ok, vertices: [], classicSteps, steps, seconds: (clock.now() - started) / 1000, warnings: [], ...extra });
  let program: DockerfileProgram;
  let escapeToken: "\\" | "`";
  try {
    const parsed = parseDockerfile(request.dockerfileText);
    escapeToken = parsed.escapeToken;
    program = parseProgram(parsed);
  } catch (error) {
    if (!(error instanceof DockerfileParseError)) throw error;
    const message = formatParseError(error);
    return finish(false, { error: { message, classic: message, exitCode: 1 } });
  }
  if (program.stages.length === 0) return finish(false, { error: { message: "file with no instructions", classic: "file with no instructions", exitCode: 1 } });
  let stages: EvaluatedStage[];
  let unusedBuildArgs: string[];
  try {
    const evaluated = evaluateProgram(program, { buildArgs: request.buildArgs, escapeToken });
    stages = evaluated.stages;
    unusedBuildArgs = evaluated.unusedBuildArgs;
  } catch (error) {
    if (!(error instanceof WordLexError)) throw error;
    return finish(false, { error: { message: error.message, classic: error.message, exitCode: 1 } });
  }
  let last = stages.length - 1;
  if (request.target) {
    const found = stages.find((s) => s.name === (request.target as string).toLowerCase());
    if (!found) return finish(false, { error: { message: `target stage "${request.target}" could not be found`, classic: `failed to reach build target ${request.target} in Dockerfile`, exitCode: 1 } });
    last = found.index;
  }
  const total = program.metaArgs.length + program.stages.slice(0, last + 1).reduce((n, s) => n + 1 + s.commands.length, 0);
  let index = 0;
  const label = (node: { original: string }): string => `Step ${++index}/${total} : ${node.original}`;
  for (const arg of program.metaArgs) classicSteps.push({ text: label(arg.node), cached: false, output: "" });

  const finished: StageResult[] = [];
  const baseEnv = new Map<string, string[]>();
  let missed = false;
  let imageId = "";
  for (const stage of stages.slice(0, last + 1)) {
    const from = program.stages[stage.index]?.from;
    const fromStep: ClassicStep = { text: label(from?.node ?? { original: `FROM ${stage.baseName}` }), cached: false, output: "" };
    classicSteps.push(fromStep);
    const parentStage = finished.find((s) => s.name !== "" && s.name === stage.baseName.toLowerCase());
    let state: StepState;
    if (parentStage) {
      state = structuredClone(parentStage.state);
      imageId = parentStage.cacheKey;
    } else if (stage.baseName.toLowerCase() === "scratch") {
      state = createScratchState();
      imageId = "";
    } else {
      const resolved = host.resolveBase(stage.baseName, request.pull);
      if (!resolved.ok) return finish(false, { error: { message: resolved.error.buildkit, classic: resolved.error.classic, exitCode: 1 } });
      state = structuredClone(resolved.base.state);
      imageId = resolved.base.id;
      if (resolved.base.pull) fromStep.pulled = resolved.base.pull;
    }
    fromStep.imageId = imageId;
    baseEnv.set(stage.baseName, state.config.Env);
    const evaluated = evaluateProgram(program, { buildArgs: request.buildArgs, escapeToken, baseImageEnv: (n) => baseEnv.get(n) }).stages[stage.index] as EvaluatedStage;
    const run = new StageRun(request, host, state, imageId, stage.name, stage.index, finished);
    let position = 1;
    for (const step of evaluated.steps) {
      const instruction = step.instruction as Exclude<Instruction, { kind: "from" }>;
      const handler = INSTRUCTION_HANDLERS[instruction.kind];
      position++;
      const out: ClassicStep = { text: label(instruction.node), cached: false, output: "" };
      classicSteps.push(out);
      run.beginStep();
      const input = handler.calculateCacheInput?.(instruction, run) ?? { ok: true as const, input: "" };
      if (!input.ok) return finish(false, { error: { ...input.failure, message: input.failure.classic } });
      const commit = formatClassicHistory(instruction, run, input.input);
      const key = calculateCacheKey(imageId, commit, instruction.kind === "run" ? step.runEnv : [], input.input);
      const record: BuildStepRecord = {
        stage: stage.name || `stage-${stage.index}`,
        position,
        instruction: instruction.node.original,
        keyword: instruction.node.keyword.toUpperCase(),
        cached: false,
        cacheKey: key,
        durationMs: 0,
        ...(input.sources ? { sources: input.sources } : {}),
        args: run.declaredArgs.map((a) => `${a.key}=${a.value ?? ""}`),
      };
      const hit = request.noCache || missed ? undefined : host.lookupClassic(imageId, key);
      if (hit) {
        if (instruction.kind === "arg") handler.dispatch(instruction, run, step);
        if (instruction.kind === "cmd") run.cmdSet = true;
        run.state = structuredClone(hit.state);
        imageId = hit.id;
        Object.assign(out, { cached: true, imageId });
        steps.push({ ...record, cached: true });
        continue;
      }
      record.reason = request.noCache ? { kind: "no-cache" } : missed ? { kind: "parent-changed" } : explainMiss(previous, { ...record, stage: record.stage });
      missed = true;
      const t0 = clock.now();
      if (instruction.kind !== "copy" && instruction.kind !== "add") out.containerId = host.ids.hex(64);
      clock.advance(instruction.kind === "run" ? 300 : 50);
      const outcome = handler.dispatch(instruction, run, step);
      run.endStep();
      out.output = run.logs.map((l) => `${l.text}\n`).join("");
      record.durationMs = clock.now() - t0;
      if (!outcome.ok) {
        record.exitCode = outcome.failure.exitCode;
        steps.push(record);
        return finish(false, { error: { ...outcome.failure, message: outcome.failure.classic } });
      }
      const entry = run.state.history[run.state.history.length - 1];
      if (entry) {
        run.state.history[run.state.history.length - 1] = { created: clock.now(), createdBy: commit, ...(entry.emptyLayer ? { emptyLayer: true } : {}) };
      }
      imageId = host.commitClassic(imageId, key, run.state);
      out.imageId = imageId;
      steps.push(record);
    }
    finished.push({ name: stage.name, index: stage.index, state: run.state, cacheKey: imageId });
  }
  const result = finished[finished.length - 1]?.state;
  if (!result || imageId === "") return finish(false, { error: { message: "No image was generated. Is your Dockerfile empty?", classic: "No image was generated. Is your Dockerfile empty?", exitCode: 1 } });
  return finish(true, { result, imageId, unusedBuildArgs });
}

/** The 12-hex form the legacy builder prints. */
export function formatClassicId(id: string | undefined): string {
  return id ? calculateShortId(id) : "";
}
