import type { DockerCommand } from "../command";
import { pauseContainer } from "../../engine/container-signals";
import { runForEachContainer } from "./each";

/**
 * `docker container pause` / `docker pause` (docker/cli 27: cli/command/container/pause.go):
 * freezes each container's processes; STATUS becomes `Up … (Paused)`.
 */
export const containerPauseCommand: DockerCommand = {
  name: "pause",
  group: "container",
  aliases: [],
  shortcut: "pause",
  usage: "CONTAINER [CONTAINER...]",
  short: "Pause all processes within one or more containers",
  args: { kind: "min", n: 1 },
  flags: [],
  run(ctx, { args }) {
    return runForEachContainer(ctx, args, (container) => pauseContainer(ctx.engine, container));
  },
};
