import type { DockerCommand } from "../command";
import { findContainerOrError } from "./each";
import { formatTable } from "../../cli/table";

/** `HH:MM` of a start time, as ps prints STIME for a process started today. */
function formatStime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/**
 * `docker container top` / `docker top` (docker/cli 27:
 * cli/command/container/top.go; moby/moby daemon/top_unix.go runs `ps -ef`
 * and keeps the container's processes): the columns of `ps -ef`, UID PID
 * PPID C STIME TTY TIME CMD, aligned as the CLI's tabwriter does; a stopped
 * container is `container <id> is not running`.
 * Simplification: only the main process is listed, as root's (its host PID
 * is the container's State.Pid, its parent the containerd shim).
 */
export const containerTopCommand: DockerCommand = {
  name: "top",
  group: "container",
  aliases: [],
  shortcut: "top",
  usage: "CONTAINER [ps OPTIONS]",
  short: "Display the running processes of a container",
  args: { kind: "min", n: 1 },
  interspersed: false,
  flags: [],
  run(ctx, { args }) {
    const found = findContainerOrError(ctx, args[0] as string);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const c = found.container;
    if (!c.state.Running || c.state.Restarting) {
      ctx.out.err(`Error response from daemon: container ${c.id} is not running\n`);
      return 1;
    }
    const cmd = [c.path, ...c.args].join(" ");
    const rows = [
      ["UID", "PID", "PPID", "C", "STIME", "TTY", "TIME", "CMD"],
      ["root", String(c.state.Pid), String(c.state.Pid - 23), "0", formatStime(c.state.StartedAt), c.config.Tty ? "pts/0" : "?", "00:00:00", cmd],
    ];
    // top.go: tabwriter.NewWriter(out, 20, 1, 3, ' ', 0).
    ctx.out.out(formatTable(rows, { minWidth: 20, padding: 3 }));
    return 0;
  },
};
