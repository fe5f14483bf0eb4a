import type { Clock } from "../core/clock";
import type { PullReport } from "../image/pull-report";
import type { IdSource } from "../core/ids";
import type { PosixCommandTable } from "../shell/commands/types";
import type { ContainerNetwork } from "../shell/commands/network";
import type { Layer } from "../vfs/layer";
import type { StepState } from "./cache";
import type { BuildContext } from "./context";
import type { Vertex } from "./progress";
import type { BuildStepRecord } from "./record";

/** What a cached BuildKit step holds: the layer it made (if any) and when it first ran. */
export interface CachedStep {
  layer?: { digest: string; size: number };
  created: number;
}

/** Which builder runs: BuildKit (default since Docker 23) or the legacy one (`DOCKER_BUILDKIT=0`). */
export type BuilderKind = "buildkit" | "classic";

/** What `docker build` asks for (docker/cli: cli/command/image/build.go options; buildx build options). */
export interface BuildRequest {
  dockerfileText: string;
  /** The Dockerfile's name as BuildKit shows it (`Dockerfile`, `docker/Dockerfile.dev`). */
  dockerfileName: string;
  context: BuildContext;
  buildArgs: Record<string, string>;
  /** `--target`. */
  target?: string;
  noCache: boolean;
  pull: boolean;
  builder: BuilderKind;
  /** Canonical tags (`docker.io/library/web-app:latest`), for `naming to …`. */
  tags: string[];
  /** `--label k=v`: added to the image's labels (docker/buildx: build options Labels). */
  labels?: Record<string, string>;
}

/** A base image the host found (or pulled) for a FROM. */
export interface ResolvedBase {
  /** The image ID. */
  id: string;
  state: StepState;
  /** `docker.io/library/python:3.8` (normalized, tag added). */
  canonical: string;
  /** The registry's manifest digest, when it came from one (`@sha256:…` in the FROM vertex). */
  digest?: string;
  /** Layers that had to be downloaded, with their compressed sizes (the FROM vertex's sub-statuses). */
  downloaded: { digest: string; size: number }[];
  /** The legacy builder pulls into the image store and prints `docker pull`'s progress. */
  pull?: ClassicPull;
}

/** A pull the legacy builder made, as the daemon reports it. */
export type ClassicPull = PullReport;

/** Why a base image could not be had: BuildKit's and the classic builder's wording. */
export interface BaseFailure {
  /** BuildKit: after `failed to resolve source metadata for <ref>: `. */
  buildkit: string;
  /** Classic: the daemon's pull error. */
  classic: string;
}

/**
 * What the builder needs from the daemon: images, layers, the cache, the
 * clock and IDs, and the programs containers run. The engine implements it.
 */
export interface BuildHost {
  clock: Clock;
  ids: IdSource;
  /** A base image by reference (pulling it if `pull` or absent); `scratch` is handled by the builder. */
  resolveBase(reference: string, pull: boolean): { ok: true; base: ResolvedBase } | { ok: false; error: BaseFailure };
  /** A layer by digest (catalog blob digest or built layer digest). */
  getLayer(digest: string): Layer;
  /** Keeps a layer a step made. */
  putLayer(layer: Layer): void;
  /** A cached file-system step (BuildKit). */
  lookupCache(key: string): CachedStep | undefined;
  /** Records a file-system step's result (BuildKit). */
  storeCache(key: string, step: CachedStep, description: string): void;
  /** The legacy builder's cache: an intermediate image whose parent and build instruction match (moby/moby: image/cache). */
  lookupClassic(parentId: string, key: string): { id: string; state: StepState } | undefined;
  /** Commits a legacy-builder step as an intermediate image; returns its ID. */
  commitClassic(parentId: string, key: string, state: StepState): string;
  /** Programs by basename for RUN steps. */
  commands: PosixCommandTable;
  /** What RUN steps reach over the network (the simulated internet); offline when absent. */
  network?: ContainerNetwork;
}

/** One step as the legacy builder prints it (`Step 2/5 : RUN …`). */
export interface ClassicStep {
  text: string;
  /** ` ---> Running in <id>` for RUN and metadata steps that miss the cache. */
  containerId?: string;
  cached: boolean;
  /** The step's result image (12 hex shown), or undefined if it failed. */
  imageId?: string;
  output: string;
  /** Pull progress printed before ` ---> <id>` of a FROM. */
  pulled?: ClassicPull;
}

/** How a build went. */
export interface BuildOutcome {
  ok: boolean;
  /** BuildKit vertices, in print order. */
  vertices: Vertex[];
  classicSteps: ClassicStep[];
  /** Per step: cache hit or miss, and why. */
  steps: BuildStepRecord[];
  /** The final state (image config, layers, history) when it succeeded. */
  result?: StepState;
  /** The legacy builder's final image (already committed). */
  imageId?: string;
  /** The failure: the message after `ERROR: failed to solve: ` (BuildKit) or the classic text, and the exit status. */
  error?: BuildFailure;
  /** Total build time, seconds. */
  seconds: number;
  /** Warnings BuildKit prints after the build (`1 warning found …`). */
  warnings: string[];
  /** `--build-arg`s no ARG consumed (the legacy builder warns about them). */
  unusedBuildArgs?: string[];
}

/** A build failure, worded for both builders. */
export interface BuildFailure {
  message: string;
  classic: string;
  exitCode: number;
  /** The Dockerfile lines (1-based, inclusive) the failing instruction spans, for the source snippet. */
  lines?: { start: number; end: number };
  /** The failing vertex's name and its last log lines (the `------` box). */
  vertexName?: string;
  logs?: string[];
}
