import { getOwn } from "../core/own";
import type { Engine } from "../engine/engine";
import type { Container } from "../k8s/api/types";
import type { ImageService } from "../k8s/kubelet/kubelet";
import { HELLO_MESSAGE } from "../runtime/programs/hello";
import { SYSTEM_IMAGES } from "./bootstrap";
import { calculateMemoryDemand } from "./memory-model";
import { calculatePiDigits } from "./perl-pi";

/** Docker Hub throughput the simulated kubelet pulls at, after a fixed 1 s of registry round trips. */
const PULL_BYTES_PER_MS = 25_000;

/** The command a container runs: its command/args over the image's Entrypoint/Cmd (Kubernetes' rules, concepts/containers/…/define-command-argument-container). */
function effectiveArgv(engine: Engine, container: Container): string[] {
  const ref = engine.parseReference(container.image);
  const image = ref.ok ? engine.findImage(container.image, ref.value) : undefined;
  const entrypoint = container.command ?? image?.config.Entrypoint ?? [];
  const args = container.args ?? (container.command ? [] : (image?.config.Cmd ?? []));
  return [...entrypoint, ...args];
}

/**
 * What a container's process does, judged from its command: shells without a
 * script exit at once (no terminal attached, as `docker run busybox` does),
 * `sh -c` scripts that loop or sleep run on, `exit N` scripts exit with N,
 * one-shot tools (echo, true, false, date, hello) exit at once; anything else
 * (servers, `python app.py`) runs until stopped.
 * Simplification: the script is not run; its echo lines become its log.
 */
export function calculateProcessOutcome(argv: readonly string[]): { exitAfterMs?: number; exitCode?: number; logs: string } {
  const program = (argv[0] ?? "").split("/").pop() ?? "";
  if (program === "hello") return { exitAfterMs: 100, exitCode: 0, logs: HELLO_MESSAGE };
  if (["sh", "bash", "ash", "dash"].includes(program)) {
    const c = argv.indexOf("-c");
    if (c < 0) return argv.length > 1 ? { exitAfterMs: 100, exitCode: 127, logs: `${program}: can't open '${argv[1]}': No such file or directory\n` } : { exitAfterMs: 100, exitCode: 0, logs: "" };
    const script = argv[c + 1] ?? "";
    const echoes = [...script.matchAll(/echo\s+(["']?)([^"';&|]*)\1/g)].map((m) => `${m[2] ?? ""}\n`).join("");
    if (/while\s+true|sleep\s+(infinity|\d{4,})|tail\s+-f|for\s*\(\(/.test(script) || /while\s*:/.test(script)) return { logs: echoes };
    const sleeps = [...script.matchAll(/sleep\s+(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
    const exit = /exit\s+(\d+)/.exec(script);
    return { exitAfterMs: Math.max(100, sleeps * 1000), exitCode: exit ? Number(exit[1]) : 0, logs: echoes };
  }
  // The Kubernetes docs' pi Job: `perl -Mbignum=bpi -wle 'print bpi(2000)'` prints π and exits (Simplification: a fixed 5 s run; other perl one-liners print nothing).
  if (program === "perl") {
    const bpi = /print\s+bpi\((\d+)\)/.exec(argv.join(" "));
    return { exitAfterMs: bpi ? 5_000 : 100, exitCode: 0, logs: bpi ? `${calculatePiDigits(Number(bpi[1]))}\n` : "" };
  }
  if (program === "sleep") return Number.isFinite(Number(argv[1])) ? { exitAfterMs: Number(argv[1]) * 1000, exitCode: 0, logs: "" } : { logs: "" };
  if (program === "echo") return { exitAfterMs: 100, exitCode: 0, logs: `${argv.slice(1).join(" ")}\n` };
  if (program === "true" || program === "date") return { exitAfterMs: 100, exitCode: 0, logs: program === "date" ? "Sat Mar  1 09:00:00 UTC 2025\n" : "" };
  if (program === "false") return { exitAfterMs: 100, exitCode: 1, logs: "" };
  return { logs: "" };
}

/**
 * The kubelet's view of the node's container runtime on Docker Desktop: the
 * local Docker engine's image store (so a locally built `myapp:v1.0` runs with
 * IfNotPresent) plus the system images the node ships with; pulls go through
 * the engine and its registries, so a pulled image appears in `docker images`
 * as it does with Docker Desktop's shared image store.
 */
export function createImageService(engine: Engine): ImageService {
  return {
    find(image) {
      if (getOwn(SYSTEM_IMAGES, image) !== undefined) return { imageID: `docker-pullable://${image}` };
      const parsed = engine.parseReference(image);
      const found = parsed.ok ? engine.findImage(image, parsed.value) : undefined;
      return found ? { imageID: `docker://${found.id}` } : undefined;
    },
    pull(image) {
      const parsed = engine.parseReference(image);
      if (!parsed.ok) return { ok: false, error: `Error response from daemon: ${parsed.error.message}` };
      const pulled = engine.pull(parsed.value);
      if (!pulled.ok) return { ok: false, error: `Error response from daemon: ${pulled.error.message}` };
      const size = pulled.value.image.size;
      const digest = pulled.value.digest;
      return { ok: true, size, durationMs: Math.round(1000 + size / PULL_BYTES_PER_MS), imageID: `docker-pullable://${image.replace(/:[^:/]*$/, "")}@${digest}` };
    },
    start(_image, container) {
      const argv = effectiveArgv(engine, container);
      return { ...calculateProcessOutcome(argv), memoryBytes: calculateMemoryDemand(argv) };
    },
  };
}
