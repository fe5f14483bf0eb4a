import type { DockerCommand } from "../command";
import { unpauseContainer } from "../../engine/container-signals";
import { runForEachContainer } from "./each";

/** `docker container unpause` / `docker unpause` (docker/cli 27: cli/command/container/unpause.go). */
export const containerUnpauseCommand: DockerCommand = {
  name: "unpause",
  group: "container",
  aliases: [],
  shortcut: "unpause",
  usage: "CONTAINER [CONTAINER...]",
  short: "Unpause all processes within one or more containers",
  args: { kind: "min", n: 1 },
  flags: [],
  run(ctx, { args }) {
    return runForEachContainer(ctx, args, (container) => unpauseContainer(ctx.engine, container));
  },
};
