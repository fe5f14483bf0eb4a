import { formatTable } from "../../cli/table";
import { LABEL, type ComposeCommand } from "./command";

/**
 * `docker compose ls` (cmd/compose/list.go): projects with running
 * containers (all with -a), NAME STATUS CONFIG FILES, the status counting
 * containers per state (`running(2)`).
 */
export const composeLsCommand: ComposeCommand = {
  name: "ls",
  usage: "[OPTIONS]",
  short: "List running compose projects",
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Show all stopped Compose projects" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display project names" },
  ],
  run(ctx, { flags }) {
    const projects = new Map<string, { states: Map<string, number>; files: string }>();
    for (const c of ctx.engine.listContainers(true)) {
      const name = c.config.Labels[LABEL.project];
      if (name === undefined) continue;
      const entry = projects.get(name) ?? { states: new Map(), files: c.config.Labels[LABEL.configFiles] ?? "" };
      entry.states.set(c.state.Status, (entry.states.get(c.state.Status) ?? 0) + 1);
      projects.set(name, entry);
    }
    const rows = [...projects.entries()]
      .filter(([, p]) => flags.all === true || p.states.has("running"))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    if (flags.quiet) {
      for (const [name] of rows) ctx.out.out(`${name}\n`);
      return 0;
    }
    const table = rows.map(([name, p]) => [name, [...p.states.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, n]) => `${s}(${n})`).join(", "), p.files]);
    ctx.out.out(formatTable([["NAME", "STATUS", "CONFIG FILES"], ...table]));
    return 0;
  },
};
