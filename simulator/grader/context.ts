import type { BuildRecord } from "../build/record";
import { VirtualClock } from "../core/clock";
import { SeededIds } from "../core/ids";
import { getOwn } from "../core/own";
import { DockerfileParseError, parseDockerfile, type ParsedDockerfile } from "../dockerfile/index";
import { resolveEngineLayer } from "../engine/build";
import { Engine } from "../engine/engine";
import { formatFamiliarTagged, parseImageReference, type ImageReference } from "../image/reference";
import { findImageByReference } from "../image/store";
import type { ImageRecord } from "../image/types";
import type { ContainerRecord } from "../runtime/types";
import type { Layer } from "../vfs/layer";
import { MemoryFs } from "../vfs/memory-fs";
import { MountFs } from "../vfs/mount-fs";
import type { GradableSnapshot } from "./checks";

/** Where the workspace appears on the simulated host (world/world.ts WORKSPACE_PATH; the grader sits below world). */
const WORKSPACE_PATH = "/home/learner/workspace";

/** A Dockerfile of the workspace, parsed (or why it does not parse). */
export interface WorkspaceDockerfile {
  path: string;
  text: string;
  parsed?: ParsedDockerfile;
  error?: string;
}

/** Picks containers: by name, by image as typed or resolved, or all when neither is given. */
export interface ContainerSelector {
  name?: string | undefined;
  image?: string | undefined;
}

/** Parses an image reference, or undefined when the text is not one. */
export function tryParseReference(text: string): ImageReference | undefined {
  try {
    return parseImageReference(text);
  } catch {
    return undefined;
  }
}

/** `python-helloworld` → `python-helloworld:latest`, as the learner would write it. */
export function formatReference(text: string): string {
  const ref = tryParseReference(text);
  return ref ? formatFamiliarTagged(ref) : text;
}

/** A host path the engine recorded (`/home/learner/workspace/app/Dockerfile`) → the workspace path (`/app/Dockerfile`); relative paths are taken from the workspace. */
export function toWorkspacePath(hostPath: string): string {
  if (hostPath === WORKSPACE_PATH || hostPath.startsWith(`${WORKSPACE_PATH}/`)) return normalizeWorkspacePath(hostPath.slice(WORKSPACE_PATH.length));
  return normalizeWorkspacePath(hostPath);
}

/** A workspace path as checks give it (`Dockerfile`, `./app/x`, `/app.py`) → the snapshot's key (`/Dockerfile`). */
export function normalizeWorkspacePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return `/${parts.join("/")}`;
}

/**
 * What predicates read, computed lazily from one snapshot and shared by every
 * check of one grading: image lookups, parsed Dockerfiles, and an Engine
 * restored from a copy of the snapshot for the questions only the engine can
 * answer (layer contents, HTTP on a published port). Grading never changes
 * the snapshot.
 */
export class GradeContext {
  private restored: Engine | undefined;
  private readonly dockerfiles = new Map<string, WorkspaceDockerfile | undefined>();

  constructor(readonly snapshot: GradableSnapshot) {}

  /** The local image `reference` names (a tag or an image ID prefix). */
  findImage(reference: string): ImageRecord | undefined {
    const images = this.snapshot.engine.images;
    const ref = tryParseReference(reference);
    const byTag = ref ? findImageByReference(images, ref) : undefined;
    if (byTag) return byTag;
    const hex = reference.replace(/^sha256:/, "");
    if (!/^[0-9a-f]{12,64}$/.test(hex)) return undefined;
    return Object.values(images.images).find((image) => image.id.startsWith(`sha256:${hex}`));
  }

  /** A workspace file's content. */
  readFile(path: string): string | undefined {
    return getOwn(this.snapshot.workspace, normalizeWorkspacePath(path));
  }

  /** The workspace's Dockerfile at `path`, parsed once per grading. */
  dockerfile(path = "Dockerfile"): WorkspaceDockerfile | undefined {
    const key = normalizeWorkspacePath(path);
    if (this.dockerfiles.has(key)) return this.dockerfiles.get(key);
    const text = this.readFile(key);
    let result: WorkspaceDockerfile | undefined;
    if (text !== undefined) {
      try {
        result = { path: key.slice(1), text, parsed: parseDockerfile(text) };
      } catch (error) {
        const message = error instanceof DockerfileParseError ? error.message : String(error);
        result = { path: key.slice(1), text, error: message };
      }
    }
    this.dockerfiles.set(key, result);
    return result;
  }

  /** Containers that exist now, oldest first, matching the selector. */
  containers(selector: ContainerSelector): ContainerRecord[] {
    const all = Object.values(this.snapshot.engine.runtime.containers).sort((a, b) => a.created - b.created);
    return all.filter((c) => {
      if (selector.name !== undefined && c.name !== selector.name.replace(/^\//, "")) return false;
      if (selector.image !== undefined && !this.containerUsesImage(c, selector.image)) return false;
      return true;
    });
  }

  /** The container was created from `image` (as typed, or the image it resolves to now). */
  containerUsesImage(container: ContainerRecord, image: string): boolean {
    const wanted = tryParseReference(image);
    const typed = tryParseReference(container.config.Image);
    if (wanted && typed && formatFamiliarTagged(wanted) === formatFamiliarTagged(typed)) return true;
    const record = this.findImage(image);
    return record !== undefined && record.id === container.imageId;
  }

  /** The newest successful build that tagged `reference`. */
  latestBuild(reference: string): BuildRecord | undefined {
    const ref = tryParseReference(reference);
    if (!ref) return undefined;
    const key = `${ref.domain}/${ref.path}:${ref.tag ?? "latest"}`;
    return [...this.snapshot.engine.builds].reverse().find((b) => b.imageId !== undefined && b.tags.includes(key));
  }

  /** An Engine over a private copy of the snapshot (for layer contents and HTTP answers). */
  engine(): Engine {
    if (!this.restored) {
      const state = structuredClone(this.snapshot.engine);
      const clock = new VirtualClock(this.snapshot.clockMs);
      const engine = new Engine(state, clock, new SeededIds(this.snapshot.ids ?? 0x5eed));
      const workspace = new MemoryFs(() => clock.now());
      for (const [path, content] of Object.entries(this.snapshot.workspace)) {
        const dir = path.slice(0, path.lastIndexOf("/"));
        if (dir !== "") workspace.mkdir(dir, { recursive: true });
        workspace.writeFile(path, content);
      }
      engine.hostFs = new MountFs(new MemoryFs(() => clock.now()), WORKSPACE_PATH, workspace);
      this.restored = engine;
    }
    return this.restored;
  }

  /** An image's layers, bottom first, or undefined when their content is unknown. */
  layers(image: ImageRecord): Layer[] | undefined {
    try {
      return image.layers.map((l) => resolveEngineLayer(this.engine(), l.digest));
    } catch {
      return undefined;
    }
  }
}
