import type { DockerContext } from "./command";

/**
 * docker's `[y/N]` confirmation (docker/cli 27: cli/command/utils.go
 * PromptForConfirmation; buildx's prompt is the same): prints the message
 * and ` [y/N] ` on stdout, reads one line of stdin and accepts only `y` or
 * `Y` (surrounding spaces ignored). End of input, an empty line or anything
 * else is "no". Nothing is echoed: on a terminal the learner's own typing
 * shows, and with stdin closed nothing does.
 */
export function confirmPrompt(ctx: DockerContext, message: string): boolean {
  ctx.out.out(`${message} [y/N] `);
  const input = ctx.host.stdin ?? "";
  const newline = input.indexOf("\n");
  const line = newline >= 0 ? input.slice(0, newline) : input;
  return line.trim().toLowerCase() === "y";
}
