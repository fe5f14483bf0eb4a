import type { DockerCommand } from "../command";
import { findContainerOrError } from "./each";

/**
 * `docker container wait` / `docker wait` (docker/cli 27: cli/command/container/wait.go):
 * blocks until each container stops, letting virtual time pass, and prints
 * its exit code; errors are printed together at the end, exit 1.
 */
export const containerWaitCommand: DockerCommand = {
  name: "wait",
  group: "container",
  aliases: [],
  shortcut: "wait",
  usage: "CONTAINER [CONTAINER...]",
  short: "Block until one or more containers stop, then print their exit codes",
  args: { kind: "min", n: 1 },
  flags: [],
  run(ctx, { args }) {
    const errors: string[] = [];
    for (const ref of args) {
      const found = findContainerOrError(ctx, ref);
      if ("error" in found) {
        errors.push(found.error);
        continue;
      }
      const code = ctx.engine.wait(found.container);
      if (code === null) {
        // Simplification: waiting on a process that never exits would block the terminal until
        // Ctrl+C; the simulator says so and returns as an interrupted command would.
        ctx.out.err(`Dockyard: container ${found.container.name} runs until it is stopped, so docker wait would block here; stop it first (docker stop ${ref}).\n`);
        return 130;
      }
      ctx.out.out(`${code}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return 1;
  },
};
