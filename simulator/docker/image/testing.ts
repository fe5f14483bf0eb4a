import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output, type CommandTranscript } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import type { ImageRecord } from "../../image/types";
import { MemoryFs } from "../../vfs/memory-fs";
import { createLayer, serializeLayer } from "../../vfs/layer";
import type { DockerHost } from "../command";
import { runDocker } from "../root";

/** A fresh engine with a host file system, and a way to run `docker …` against it (tests of the image verbs). */
export function createDockerHarness() {
  const clock = new VirtualClock();
  const engine = new Engine(createEngineState(), clock, new SeededIds(7));
  const fs = new MemoryFs(() => clock.now());
  const host: DockerHost = { fs, cwd: "/", env: {}, tty: false };
  const docker = (line: string, extra: Partial<DockerHost> = {}): CommandTranscript => {
    const out = new Output();
    const argv = line.match(/"[^"]*"|\S+/g)?.map((w) => w.replace(/^"(.*)"$/, "$1")) ?? [];
    const code = runDocker(argv, engine, out, { ...host, ...extra });
    return out.result(code);
  };
  return { clock, engine, fs, host, docker };
}

/**
 * Adds an image the way the legacy builder leaves one: a new layer made
 * here (kept in builtLayers), the parent's layers and history below it,
 * `.Parent` set, optionally tagged.
 */
export function addBuiltImage(engine: Engine, options: { parent: ImageRecord; id: string; file: string; createdBy: string; tag?: string }): ImageRecord {
  const store = engine.state.images;
  const layer = createLayer({ [options.file]: { type: "file", content: `${options.id}\n`, mode: 0o644, uid: 0, gid: 0, mtimeMs: 0 } });
  store.builtLayers[layer.digest] = serializeLayer(layer);
  store.layers[layer.digest] = true;
  const now = engine.clock.now();
  const image: ImageRecord = {
    ...structuredClone(options.parent),
    id: options.id,
    tags: [],
    repoDigests: [],
    created: now,
    size: options.parent.size + layer.size,
    layers: [...options.parent.layers, { digest: layer.digest, size: layer.size }],
    history: [...options.parent.history, { created: now, createdBy: options.createdBy }],
    parent: options.parent.id,
  };
  delete image.comment;
  store.images[image.id] = image;
  if (options.tag) {
    const key = `docker.io/library/${options.tag}`;
    image.tags.push(key);
    store.tags[key] = image.id;
  }
  return image;
}
