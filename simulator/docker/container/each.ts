import type { EngineResult } from "../../engine/errors";
import type { ContainerRecord } from "../../runtime/types";
import type { DockerContext } from "../command";

/**
 * A container as the client names it: the API client trims the reference
 * and refuses an empty one before any request (moby/moby: client/utils.go
 * trimID, `invalid container name or ID: value is empty`); the daemon's own
 * errors get `Error response from daemon: `. Returns the error line otherwise.
 */
export function findContainerOrError(ctx: DockerContext, ref: string): { container: ContainerRecord } | { error: string; notFound: boolean } {
  const trimmed = ref.trim();
  if (trimmed === "") return { error: "invalid container name or ID: value is empty", notFound: false };
  const found = ctx.engine.getContainer(trimmed);
  if (!found.ok) return { error: `Error response from daemon: ${found.error.message}`, notFound: found.error.kind === "not-found" };
  return { container: found.value };
}

/**
 * The loop of docker/cli's stop, kill, pause, unpause and restart
 * (cli/command/container/{stop,kill,pause,unpause,restart}.go): each
 * argument is printed as typed when its request succeeds; the errors are
 * collected and printed together at the end, one a line, and the command
 * exits 1.
 */
export function runForEachContainer(ctx: DockerContext, refs: readonly string[], action: (container: ContainerRecord, ref: string) => EngineResult<unknown>): number {
  const errors: string[] = [];
  for (const ref of refs) {
    const found = findContainerOrError(ctx, ref);
    if ("error" in found) {
      errors.push(found.error);
      continue;
    }
    const result = action(found.container, ref.trim());
    if (!result.ok) {
      errors.push(`Error response from daemon: ${result.error.message}`);
      continue;
    }
    ctx.out.out(`${ref}\n`);
  }
  if (errors.length === 0) return 0;
  ctx.out.err(`${errors.join("\n")}\n`);
  return 1;
}
