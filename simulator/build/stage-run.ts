import type { Instruction } from "../dockerfile/instructions/types";
import type { HistoryEntry, ImageConfig } from "../image/types";
import type { Layer } from "../vfs/layer";
import { UnionFs } from "../vfs/union-fs";
import { WritableLayer } from "../vfs/writable-layer";
import type { StepState } from "./cache";
import type { BuildHost, BuildRequest, BuildFailure } from "./types";

/** The history comment BuildKit stamps on every entry it writes (moby/buildkit: dockerfile2llb/convert.go historyComment). */
export const BUILDKIT_HISTORY_COMMENT = "buildkit.dockerfile.v0";

/** The time of a history entry the exporter has yet to date. */
export const PENDING_TIME = -1;

/** A finished stage, for `COPY --from=<stage>` and `FROM <stage>`. */
export interface StageResult {
  name: string;
  index: number;
  state: StepState;
  cacheKey: string;
}

/**
 * One stage being built: the image state so far (config, layers, history),
 * the cache chain key, and the ways a step reads the file system and logs.
 * Dispatchers mutate `state` through the methods here.
 */
export class StageRun {
  /** The layer the current step made, for the cache record. */
  madeLayer: { digest: string; size: number } | undefined;
  /** External images `COPY --from=<image>` can read, by reference as written. */
  fromImages = new Map<string, StepState>();
  /** CMD was set in this stage (ENTRYPOINT then keeps it). */
  cmdSet = false;
  /** Log lines of the step now running, with seconds since it started. */
  logs: { seconds: number; text: string }[] = [];
  private stepStart = 0;
  private partial = "";

  constructor(
    readonly request: BuildRequest,
    readonly host: BuildHost,
    public state: StepState,
    public cacheKey: string,
    readonly stageName: string,
    readonly stageIndex: number,
    readonly finished: readonly StageResult[],
    /** ARGs declared in this stage so far (for `|N K=V` RUN history text). */
    readonly declaredArgs: { key: string; value: string | undefined }[] = [],
  ) {}

  get config(): ImageConfig {
    return this.state.config;
  }

  /** Starts a step's log clock. */
  beginStep(): void {
    this.logs = [];
    this.madeLayer = undefined;
    this.partial = "";
    this.stepStart = this.host.clock.now();
  }

  /** Output of a running step: split into lines, each stamped with the time it was written. */
  write(text: string): void {
    const seconds = (this.host.clock.now() - this.stepStart) / 1000;
    const combined = this.partial + text;
    const lines = combined.split("\n");
    this.partial = lines.pop() ?? "";
    for (const line of lines) this.logs.push({ seconds, text: line });
  }

  /** Flushes an unterminated last line. */
  endStep(): void {
    if (this.partial !== "") this.logs.push({ seconds: (this.host.clock.now() - this.stepStart) / 1000, text: this.partial });
    this.partial = "";
  }

  /** The stage's layers as vfs objects, bottom → top. */
  layers(): Layer[] {
    return this.state.layers.map((l) => this.host.getLayer(l.digest));
  }

  /** A writable root file system over the stage's layers, as a step's container sees it. */
  createFs(): { fs: UnionFs; upper: WritableLayer } {
    const upper = new WritableLayer();
    const clock = this.host.clock;
    return { fs: new UnionFs(this.layers(), { upper, now: () => clock.now() }), upper };
  }

  /** Adds a layer made by a step (an empty change set adds nothing, as BuildKit skips empty diffs). */
  addLayer(layer: Layer): void {
    this.host.putLayer(layer);
    this.addLayerRef({ digest: layer.digest, size: layer.size });
    this.madeLayer = { digest: layer.digest, size: layer.size };
  }

  /** Adds a layer already stored (a cache hit). */
  addLayerRef(layer: { digest: string; size: number }): void {
    this.state = { ...this.state, layers: [...this.state.layers, layer], size: this.state.size + layer.size };
  }

  /**
   * Appends a history entry (metadata-only when `emptyLayer`). Metadata
   * entries get their time when the image is exported, from the layers
   * around them (moby/buildkit: exporter/containerimage/writer.go
   * normalizeLayersAndHistory), so they start as PENDING_TIME.
   */
  addHistory(createdBy: string, emptyLayer: boolean, created?: number): void {
    const entry: HistoryEntry = { created: created ?? (emptyLayer ? PENDING_TIME : this.host.clock.now()), createdBy, comment: BUILDKIT_HISTORY_COMMENT };
    if (emptyLayer) entry.emptyLayer = true;
    this.state = { ...this.state, history: [...this.state.history, entry] };
  }

  /** Replaces the config with an updated copy. */
  updateConfig(change: (config: ImageConfig) => ImageConfig): void {
    this.state = { ...this.state, config: change(structuredClone(this.state.config)) };
  }
}

/** What a dispatcher returns: success, or a failure worded for both builders. */
export type StepOutcome = { ok: true } | { ok: false; failure: Omit<BuildFailure, "lines" | "vertexName" | "logs"> };

/** Inputs to a step's cache key beyond its text: COPY/ADD source checksums. */
export type CacheInput =
  | { ok: true; input: string; sources?: Record<string, string> }
  | { ok: false; failure: Omit<BuildFailure, "lines" | "vertexName" | "logs"> };

/**
 * How one instruction is built: whether BuildKit counts it as a numbered
 * step, what else its cache key depends on, and what it does (one handler
 * per instruction, registered in a table: moby/buildkit dockerfile2llb
 * dispatch* functions; moby/moby daemon/builder/dockerfile/dispatchers.go).
 */
export interface InstructionHandler {
  /** BuildKit shows it as `[i/N]` (FROM, RUN, COPY, ADD, WORKDIR). */
  counted: boolean;
  /** Extra cache-key input, computed before the cache lookup. */
  calculateCacheInput?(instruction: Instruction, run: StageRun): CacheInput;
  dispatch(instruction: Instruction, run: StageRun, step: { runEnv: string[] }): StepOutcome;
  /** Counted steps: the config change a cache hit still makes (WORKDIR). */
  applyCached?(instruction: Instruction, run: StageRun): void;
  /** Counted steps: the history text (`RUN /bin/sh -c … # buildkit`), for cache hits too. */
  formatHistory?(instruction: Instruction, run: StageRun): string;
}

/** A fresh StepState with nothing in it: FROM scratch. */
export function createScratchState(): StepState {
  return {
    layers: [],
    config: { Cmd: null, Entrypoint: null, Env: ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"], WorkingDir: "", User: "", ExposedPorts: {}, Labels: {} },
    history: [],
    size: 0,
    os: "linux",
    architecture: "amd64",
  };
}
