import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { searchImages } from "../../engine/image-search";
import { readFilterFlag } from "../filters";
import { isJsonContextFormat, writeJsonLines } from "../formatter/json";
import { calculateSearchFields, SEARCH_FORMAT } from "../formatter/search";
import { writeList } from "../formatter/write";

/**
 * `docker search` (docker/cli 27: cli/command/registry/search.go): asks
 * the daemon to search Docker Hub; `--limit` (25 by default, 1–100),
 * `-f is-official=true|false`, `-f stars=N`; `is-automated` still works but
 * warns it is deprecated and finds nothing when true.
 */
export const searchCommand: DockerCommand = {
  name: "search",
  group: "",
  aliases: [],
  usage: "[OPTIONS] TERM",
  short: "Search Docker Hub for images",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: "Pretty-print search using a Go template" },
    { name: "limit", kind: "int", usage: "Max number of search results" },
    { name: "no-trunc", kind: "bool", usage: "Don't truncate output" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation, "f");
    if (typeof filters === "number") return filters;
    if (filters["is-automated"]) {
      ctx.out.err(`WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n`);
    }
    const limit = typeof invocation.flags.limit === "number" ? invocation.flags.limit : 0;
    const found = searchImages(ctx.engine, invocation.args[0] as string, { limit, filters });
    if (!found.ok) return writeDaemonError(ctx.out, found.error.message);
    const format = invocation.flags.format as string | undefined;
    const trunc = invocation.flags["no-trunc"] !== true;
    const json = isJsonContextFormat(format);
    const rows = found.value.map((entry) => calculateSearchFields(entry, { trunc, json }));
    if (json) return writeJsonLines(ctx.out, rows);
    return writeList(ctx.out, format, SEARCH_FORMAT, rows);
  },
};
