import type { DockerCommand } from "../command";
import { parseSignal } from "../../runtime/programs/signals";
import { restartContainer } from "../../engine/container-signals";
import { engineError } from "../../engine/errors";
import { runForEachContainer } from "./each";

/**
 * `docker container restart` / `docker restart` (docker/cli 27: cli/command/container/restart.go):
 * stops each container as `docker stop` does (`-t`, `-s`), then starts it;
 * stopped containers are just started. A failure is wrapped as the daemon
 * wraps it: `Cannot restart container <ref>: …` (moby/moby: daemon/restart.go).
 */
export const containerRestartCommand: DockerCommand = {
  name: "restart",
  group: "container",
  aliases: [],
  shortcut: "restart",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Restart one or more containers",
  args: { kind: "min", n: 1 },
  flags: [
    { name: "signal", short: "s", kind: "string", usage: "Signal to send to the container" },
    { name: "time", short: "t", kind: "int", usage: "Seconds to wait before killing the container" },
    { name: "timeout", kind: "int", usage: "Seconds to wait before killing the container", hidden: true },
  ],
  run(ctx, { flags, args }) {
    const raw = (flags.signal as string | undefined) ?? "";
    const timeoutS = (flags.time as number | undefined) ?? (flags.timeout as number | undefined);
    return runForEachContainer(ctx, args, (container, ref) => {
      let signal: number | undefined;
      if (raw !== "") {
        const parsed = parseSignal(raw);
        if (!parsed.ok) return { ok: false, error: engineError("invalid", parsed.error, 1) };
        signal = parsed.number;
      }
      const result = restartContainer(ctx.engine, container, { timeoutS, signal });
      return result.ok ? { ok: true, value: undefined } : { ok: false, error: { ...result.error, message: `Cannot restart container ${ref}: ${result.error.message}` } };
    });
  },
};
