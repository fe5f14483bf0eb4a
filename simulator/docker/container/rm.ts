import type { DockerCommand } from "../command";
import { removeContainer } from "../../engine/container-remove";
import { findContainerOrError } from "./each";

/**
 * `docker container rm` / `docker rm` (docker/cli 27: cli/command/container/rm.go):
 * removes each container, printing the argument as typed; `-f` kills a
 * running one first, `-v` also removes its anonymous volumes. With `-f`, a
 * missing container's error is printed at once and does not fail the
 * command; other errors are printed together at the end, exit 1. The CLI
 * refuses a name that is empty once `/` are trimmed.
 */
export const containerRmCommand: DockerCommand = {
  name: "rm",
  group: "container",
  aliases: ["remove"],
  shortcut: "rm",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Remove one or more containers",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "force", short: "f", kind: "bool", usage: "Force the removal of a running container (uses SIGKILL)" },
    { name: "link", short: "l", kind: "bool", usage: "Remove the specified link" },
    { name: "volumes", short: "v", kind: "bool", usage: "Remove anonymous volumes associated with the container" },
  ],
  run(ctx, { flags, args }) {
    const force = flags.force === true;
    const errors: string[] = [];
    for (const ref of args) {
      const trimmed = ref.replace(/^\/+|\/+$/g, "");
      if (trimmed === "") {
        errors.push("Container name cannot be empty");
        continue;
      }
      const found = findContainerOrError(ctx, trimmed);
      if ("error" in found) {
        if (force && found.notFound) ctx.out.err(`${found.error}\n`);
        else errors.push(found.error);
        continue;
      }
      const removed = removeContainer(ctx.engine, found.container, { force, volumes: flags.volumes === true });
      if (!removed.ok) {
        errors.push(`Error response from daemon: ${removed.error.message}`);
        continue;
      }
      ctx.out.out(`${ref}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return 1;
  },
};
