import { Output, type OutputChunk } from "../../core/io";
import { stopContainer } from "../../engine/container-signals";
import type { ContainerRecord } from "../../runtime/types";
import { INTERRUPTED, type ForegroundJob, type ForegroundStep } from "../foreground";
import type { ComposeContext } from "./command";
import { calculateLogName, calculateLogPrefixes } from "./log-prefix";
import { calculateProgressMode, ComposeProgress } from "./progress";

/** New log lines of each container since the last call, prefixed, in time order. */
function createLogDrain(containers: readonly ContainerRecord[], colour: boolean, prefix: boolean): () => OutputChunk[] {
  const prefixes = prefix ? calculateLogPrefixes(containers, colour) : new Map<string, string>();
  const next = new Map(containers.map((c) => [c.id, 0]));
  return () => {
    const lines: (OutputChunk & { time: number })[] = [];
    for (const c of containers) {
      for (let i = next.get(c.id) ?? 0; i < c.logs.length; i++) {
        const entry = c.logs[i];
        if (!entry) continue;
        const parts = entry.text.split("\n");
        if (parts[parts.length - 1] === "") parts.pop();
        for (const line of parts) lines.push({ stream: entry.stream, text: `${prefixes.get(c.id) ?? ""}${line}\n`, time: entry.time });
      }
      next.set(c.id, c.logs.length);
    }
    return lines.sort((a, b) => a.time - b.time).map(({ stream, text }) => ({ stream, text }));
  };
}

/**
 * `docker compose logs -f`: streams the containers' new lines until they
 * have all stopped; Ctrl+C ends the client (130), the containers untouched
 * (docker/compose cmd/compose/logs.go).
 */
export function createComposeFollowJob(ctx: ComposeContext, containers: readonly ContainerRecord[], colour: boolean, prefix: boolean): ForegroundJob {
  const drain = createLogDrain(containers, colour, prefix);
  const step = (): ForegroundStep => {
    ctx.engine.settle();
    const chunks = drain();
    return containers.every((c) => !c.state.Running) ? { chunks, exitCode: 0 } : { chunks };
  };
  return { poll: step, interrupt: () => ({ ...step(), exitCode: INTERRUPTED }) };
}

/**
 * Attached `docker compose up` (docker/compose pkg/compose/up.go, attach.go,
 * printer.go): each container's output with its `web-1  | ` prefix and
 * `web-1 exited with code n` when it stops; when every container has
 * stopped, the command ends. Ctrl+C prints `Gracefully Stopping... press
 * Ctrl+C again to force` and stops the project's containers (their
 * progress on stderr), then ends with 130 (fidelity-reference §6.2).
 */
export function createComposeAttachJob(ctx: ComposeContext, containers: readonly ContainerRecord[]): ForegroundJob {
  const drain = createLogDrain(containers, ctx.host.tty, true);
  const reported = new Set<string>();
  const step = (): ForegroundStep => {
    ctx.engine.settle();
    const chunks = drain();
    for (const c of containers) {
      if (c.state.Running || reported.has(c.id)) continue;
      reported.add(c.id);
      chunks.push({ stream: "stdout", text: `${calculateLogName(c)} exited with code ${c.state.ExitCode}\n` });
    }
    return reported.size === containers.length ? { chunks, exitCode: 0 } : { chunks };
  };
  return {
    poll: step,
    interrupt() {
      const before = step();
      if (before.exitCode !== undefined) return before;
      const chunks: OutputChunk[] = [...before.chunks, { stream: "stdout", text: "Gracefully Stopping... press Ctrl+C again to force\n" }];
      const out = new Output();
      const progress = new ComposeProgress(out, calculateProgressMode(ctx.globals.progress, ctx.host.tty), () => ctx.engine.clock.now(), ctx.host.columns);
      for (const c of [...containers].reverse().filter((c) => c.state.Running)) {
        progress.event(`Container ${c.name}`, "Stopping", false);
        stopContainer(ctx.engine, c, {});
        progress.event(`Container ${c.name}`, "Stopped", true);
      }
      progress.finish("Stopping");
      const after = step();
      return { chunks: [...chunks, ...out.chunks, ...after.chunks], exitCode: INTERRUPTED };
    },
  };
}
