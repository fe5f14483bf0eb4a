import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { calculateImageFields, IMAGE_LIST_DIGESTS_TABLE, IMAGE_LIST_FORMAT } from "../formatter/image";
import { writeList } from "../formatter/write";
import type { ImageTagRow } from "../../image/store";

function matchesReference(row: ImageTagRow, pattern: string): boolean {
  const [repo, tag] = pattern.includes(":") ? [pattern.slice(0, pattern.lastIndexOf(":")), pattern.slice(pattern.lastIndexOf(":") + 1)] : [pattern, undefined];
  const glob = (p: string) => new RegExp("^" + p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*") + "$");
  return glob(repo as string).test(row.repository) && (tag === undefined || glob(tag).test(row.tag));
}

/**
 * `docker image ls` / `docker images` with the classic table Docker ≤28
 * prints (docker/cli: cli/command/image/list.go; fidelity-reference §1.5).
 */
export const imageLsCommand: DockerCommand = {
  name: "ls",
  group: "image",
  aliases: ["list"],
  shortcut: "images",
  usage: "[OPTIONS] [REPOSITORY[:TAG]]",
  short: "List images",
  args: { kind: "max", n: 1 },
  flags: [
    { name: "all", short: "a", kind: "bool", usage: "Show all images (default hides intermediate images)" },
    { name: "digests", kind: "bool", usage: "Show digests" },
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "no-trunc", kind: "bool", usage: "Don't truncate output" },
    { name: "quiet", short: "q", kind: "bool", usage: "Only show image IDs" },
  ],
  run(ctx, { flags, args }) {
    let rows = ctx.engine.listImages(flags.all === true);
    if (args[0] !== undefined) rows = rows.filter((r) => matchesReference(r, args[0] as string));
    for (const f of (flags.filter as string[] | undefined) ?? []) {
      const eq = f.indexOf("=");
      if (eq < 0) return writeDaemonError(ctx.out, "bad format of filter (expected name=value)");
      const key = f.slice(0, eq);
      const value = f.slice(eq + 1);
      if (key === "dangling") rows = rows.filter((r) => (r.tag === "<none>") === (value === "true" || value === "1"));
      else if (key === "reference") rows = rows.filter((r) => matchesReference(r, value));
      else return writeDaemonError(ctx.out, `invalid filter '${key}'`);
    }
    let format = flags.format as string | undefined;
    if (flags.quiet) format = "{{.ID}}";
    else if (!format && flags.digests) format = `table ${IMAGE_LIST_DIGESTS_TABLE}`;
    const now = ctx.engine.clock.now();
    const trunc = flags["no-trunc"] !== true;
    return writeList(ctx.out, format, IMAGE_LIST_FORMAT, rows.map((r) => calculateImageFields(r, now, trunc)));
  },
};
