import type { DockerCommand } from "../command";
import { createFollowJob, runInForeground } from "../foreground";
import { formatLogTimestamp, selectContainerLogs } from "../../engine/container-logs";
import { findContainerOrError } from "./each";

/**
 * `docker container logs` / `docker logs` (docker/cli 27: cli/command/container/logs.go):
 * replays what the container wrote, stdout to stdout and stderr to stderr
 * (all to stdout for a `-t` container, whose pty merged them); `-n/--tail`,
 * `--since`, `--until`, `-t/--timestamps` (fidelity-reference §1.8).
 * Simplification: `-f` on a running container prints what it wrote so far
 * and returns, with a note, instead of following until Ctrl+C.
 */
export const containerLogsCommand: DockerCommand = {
  name: "logs",
  group: "container",
  aliases: [],
  shortcut: "logs",
  usage: "[OPTIONS] CONTAINER",
  short: "Fetch the logs of a container",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "details", kind: "bool", usage: "Show extra details provided to logs" },
    { name: "follow", short: "f", kind: "bool", usage: "Follow log output" },
    { name: "since", kind: "string", usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
    { name: "tail", short: "n", kind: "string", usage: "Number of lines to show from the end of the logs", defaultText: '"all"' },
    { name: "timestamps", short: "t", kind: "bool", usage: "Show timestamps" },
    { name: "until", kind: "string", usage: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' },
  ],
  run(ctx, { flags, args }) {
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const container = found.container;
    const selected = selectContainerLogs(
      container,
      { tail: (flags.tail as string | undefined) ?? "all", since: flags.since as string | undefined, until: flags.until as string | undefined },
      ctx.engine.clock.now(),
    );
    if (!selected.ok) {
      ctx.out.err(`${selected.error.message}\n`);
      return 1;
    }
    for (const line of selected.value) {
      const text = flags.timestamps ? `${formatLogTimestamp(line.time)} ${line.text}` : line.text;
      if (line.stream === "stdout" || container.config.Tty) ctx.out.out(text);
      else ctx.out.err(text);
    }
    if (flags.follow && container.state.Running) {
      const job = createFollowJob(ctx.engine, container, (e) => (flags.timestamps ? `${formatLogTimestamp(e.time)} ${e.text}` : e.text));
      return runInForeground(ctx, job, `docker logs -f follows ${container.name} until Ctrl+C, which a script cannot send; this is what it has written so far.`);
    }
    return 0;
  },
};
