import type { DockerCommand } from "../command";
import { parseSignal } from "../../runtime/programs/signals";
import { killContainer, SIGKILL } from "../../engine/container-signals";
import { engineError } from "../../engine/errors";
import { runForEachContainer } from "./each";

/**
 * `docker container kill` / `docker kill` (docker/cli 27: cli/command/container/kill.go):
 * sends SIGKILL, or `-s SIGNAL`, to each container; the daemon parses the
 * signal (moby/moby: api/server/router/container/container_routes.go
 * postContainersKill, `Invalid signal: …`) and refuses containers that are
 * not running (fidelity-reference §3.5).
 */
export const containerKillCommand: DockerCommand = {
  name: "kill",
  group: "container",
  aliases: [],
  shortcut: "kill",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Kill one or more running containers",
  args: { kind: "min", n: 1 },
  flags: [{ name: "signal", short: "s", kind: "string", usage: "Signal to send to the container" }],
  run(ctx, { flags, args }) {
    const raw = (flags.signal as string | undefined) ?? "";
    return runForEachContainer(ctx, args, (container, ref) => {
      let signal = SIGKILL;
      if (raw !== "") {
        const parsed = parseSignal(raw);
        if (!parsed.ok) return { ok: false, error: engineError("invalid", parsed.error, 1) };
        signal = parsed.number;
      }
      return killContainer(ctx.engine, container, ref, signal);
    });
  },
};
