import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { readImageHistory } from "../../engine/image-history";
import { calculateHistoryFields, HISTORY_FORMAT, HISTORY_NON_HUMAN_TABLE } from "../formatter/history";
import { isJsonContextFormat, writeJsonLines } from "../formatter/json";
import { writeList } from "../formatter/write";

/**
 * `docker image history` / `docker history` (docker/cli 27:
 * cli/command/image/history.go, formatter_history.go; fidelity-reference §1.6):
 * newest step first; `-H=false` prints RFC 3339 times and byte counts;
 * `-q` prints only the IMAGE column (when no custom format is given).
 */
export const imageHistoryCommand: DockerCommand = {
  name: "history",
  group: "image",
  aliases: [],
  shortcut: "history",
  usage: "[OPTIONS] IMAGE",
  short: "Show the history of an image",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "human", short: "H", kind: "bool", usage: "Print sizes and dates in human readable format", defaultText: "true" },
    { name: "no-trunc", kind: "bool", usage: "Don't truncate output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only show image IDs" },
  ],
  run(ctx, { flags, args }) {
    const history = readImageHistory(ctx.engine, args[0] as string);
    if (!history.ok) return writeDaemonError(ctx.out, history.error.message);
    const human = flags.human !== false;
    const trunc = flags["no-trunc"] !== true;
    const now = ctx.engine.clock.now();
    const rows = history.value.map((item) => calculateHistoryFields(item, now, { trunc, human }));
    let format = flags.format as string | undefined;
    if (format === undefined || format === "" || format === "table") {
      // NewHistoryFormat: only the plain table is replaced by -q / -H=false.
      if (flags.quiet) format = "{{.ID}}";
      else if (!human) format = `table ${HISTORY_NON_HUMAN_TABLE}`;
    }
    if (isJsonContextFormat(format)) return writeJsonLines(ctx.out, rows);
    return writeList(ctx.out, format, HISTORY_FORMAT, rows);
  },
};
