import type { DockerCommand } from "../command";
import { parseSignal } from "../../runtime/programs/signals";
import { stopContainer } from "../../engine/container-signals";
import { engineError } from "../../engine/errors";
import { runForEachContainer } from "./each";

/**
 * `docker container stop` / `docker stop` (docker/cli 27: cli/command/container/stop.go):
 * sends the stop signal (SIGTERM unless `-s`), waits `-t` seconds (default
 * 10), then SIGKILL; prints each argument as typed, also for a container
 * that was not running (the daemon's 304). A bad `-s` is the daemon's
 * `Invalid signal: …` for each running container.
 */
export const containerStopCommand: DockerCommand = {
  name: "stop",
  group: "container",
  aliases: [],
  shortcut: "stop",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Stop one or more running containers",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "signal", short: "s", kind: "string", usage: "Signal to send to the container" },
    { name: "time", short: "t", kind: "int", usage: "Seconds to wait before killing the container" },
    { name: "timeout", kind: "int", usage: "Seconds to wait before killing the container", hidden: true },
  ],
  run(ctx, { flags, args }) {
    const raw = flags.signal as string | undefined;
    const timeoutS = (flags.time as number | undefined) ?? (flags.timeout as number | undefined);
    return runForEachContainer(ctx, args, (container) => {
      let signal: number | undefined;
      if (raw !== undefined && raw !== "" && container.state.Running) {
        const parsed = parseSignal(raw);
        if (!parsed.ok) return { ok: false, error: engineError("invalid", parsed.error, 1) };
        signal = parsed.number;
      }
      stopContainer(ctx.engine, container, { timeoutS, signal });
      return { ok: true, value: undefined };
    });
  },
};
