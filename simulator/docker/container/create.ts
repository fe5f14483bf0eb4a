import type { DockerCommand } from "../command";
import { CONTAINER_CREATE_FLAGS, dispatchCreateFromFlags } from "./opts";

/**
 * `docker container create` / `docker create` (docker/cli 27: cli/command/container/create.go):
 * pulls the image if missing (progress on stderr), creates the container in
 * `Created` state and prints its full ID; errors as `docker run` words them,
 * with `See 'docker create --help'.`.
 */
export const containerCreateCommand: DockerCommand = {
  name: "create",
  group: "container",
  aliases: [],
  shortcut: "create",
  usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create a new container",
  args: { kind: "min", n: 1 },
  interspersed: false,
  flags: CONTAINER_CREATE_FLAGS,
  run(ctx, { flags, args }) {
    const container = dispatchCreateFromFlags(ctx, "create", flags, args);
    if (typeof container === "number") return container;
    ctx.out.out(`${container.id}\n`);
    return 0;
  },
};
