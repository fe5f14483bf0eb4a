import type { DockerContext } from "../command";
import { isLiveTask } from "../../engine/swarm-tasks";
import { waitForService } from "../../engine/swarm-services";
import type { SwarmService, SwarmState } from "../../engine/swarm-state";

/** The progress loop's verify delay (UpdateConfig.Monitor's default, 5s: cli/command/service/progress/progress.go). */
const MONITOR_MS = 5000;
/** How long a script waits for a service that never converges before giving up as Ctrl+C would. */
const GIVE_UP_MS = 60_000;
/** progress.go maxProgressBars: more replicas than this get only the overall line. */
const MAX_PROGRESS_BARS = 20;

/**
 * The wait after `service create`/`update`/`scale` unless `-d`
 * (docker/cli: service/helpers.go WaitOnService and
 * progress/progress.go ServiceProgress): virtual time passes until every
 * task runs, then the 5 s stability check, and the block shows its final
 * frame: `overall progress: n out of n tasks `, one bar per slot (at most
 * 20), `verify: Service <ref> converged `. Each line ends in a space
 * (jsonmessage prints the empty progress after the status).
 * Simplification: without a TTY the real CLI prints every poll's messages
 * without bars; Dockyard prints the final frame once, without bars.
 * Returns the exit status.
 */
export function writeServiceProgress(ctx: DockerContext, swarm: SwarmState, service: SwarmService, ref: string, quiet: boolean, rollback = false): number {
  const converged = waitForService(ctx.engine, swarm, service, GIVE_UP_MS);
  if (converged) ctx.engine.clock.advance(MONITOR_MS);
  if (quiet) return 0;
  const bar = ctx.host.tty ? " [==================================================>] " : " ";
  const live = swarm.tasks.filter((t) => t.serviceId === service.id && isLiveTask(t) && t.specVersion === service.version);
  const total = service.spec.replicas ?? live.length;
  const running = live.filter((t) => t.state === "running").length;
  if (rollback) ctx.out.out("rollback: manually requested rollback \n");
  ctx.out.out(`overall progress: ${rollback ? "rolling back update: " : ""}${running} out of ${total} tasks \n`);
  if (total <= MAX_PROGRESS_BARS) {
    const rows = service.spec.replicas === null ? live.map((t) => ({ id: t.nodeId.slice(0, 12), t })) : live.sort((a, b) => a.slot - b.slot).map((t, i) => ({ id: `${i + 1}/${total}`, t }));
    for (const { id, t } of rows) ctx.out.out(`${id}: ${t.state.padEnd(9)}${t.state === "running" ? bar : " "}\n`);
  }
  if (!converged) {
    ctx.out.out("Operation continuing in background.\n");
    ctx.out.out(`Use \`docker service ps ${ref}\` to check progress.\n`);
    return 0;
  }
  ctx.out.out(`verify: Service ${ref} converged \n`);
  if (rollback) ctx.out.out("rollback: rollback completed\n");
  return 0;
}
