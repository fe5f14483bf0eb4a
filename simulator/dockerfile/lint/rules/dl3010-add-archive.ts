import { stripQuotes } from "../helpers";
import { commandName, hasOption } from "../shell-args";
import type { LintRule } from "../types";

/** File endings ADD unpacks by itself (tar archives, compressed or not). */
export const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tb2|tar\.xz|txz|tar\.zst|tzst|tar\.lz|tlz|tar\.lzma|tar\.Z|tZ|gz|bz2|xz|lz|lzma|Z)$/;

function baseName(path: string): string {
  return path.replace(/["']/g, "").split(/[\\/]/).pop() ?? "";
}

/** hadolint DL3010: use ADD to extract local archives (hadolint: src/Hadolint/Rule/DL3010.hs). */
export const DL3010: LintRule = {
  code: "DL3010",
  severity: "info",
  title: "Use ADD to extract a local archive",
  source: "hadolint",
  explanation: {
    why: "COPY-ing a tarball and unpacking it in a later RUN stores the archive in one layer and its contents in another, so the image carries both. ADD unpacks a local tar archive in a single step.",
    fix: "Replace the COPY + `tar -x` pair with one ADD to the target directory.",
    before: "FROM debian:12\nCOPY app.tar.gz /opt/\nRUN tar -xzf /opt/app.tar.gz -C /opt",
    after: "FROM debian:12\nADD app.tar.gz /opt/",
  },
  check(ctx) {
    const out = [];
    for (const stage of ctx.stages) {
      const archives = new Set<string>();
      for (const item of stage.items) {
        if (item.keyword === "COPY" && !item.node.flags.some((f) => f.startsWith("--from="))) {
          const args = item.node.args.map(stripQuotes);
          for (const src of args.slice(0, -1)) if (ARCHIVE.test(src)) archives.add(baseName(src));
          const dest = args[args.length - 1] ?? "";
          if (args.length > 1 && ARCHIVE.test(dest)) archives.add(baseName(dest));
        }
        if (item.keyword !== "RUN" || archives.size === 0) continue;
        const extracts = (ctx.run(item)?.script.commands ?? []).some((c) => {
          const name = commandName(c);
          const unpacking = (name === "tar" && (hasOption(c.args, "x", ["extract", "get"]) || /^[a-zA-Z]*x/.test(c.args[0] ?? ""))) || name === "gunzip" || name === "bunzip2" || name === "unxz";
          return unpacking && c.args.some((a) => archives.has(baseName(a)));
        });
        if (extracts) out.push(ctx.at(DL3010, item.node, "This RUN unpacks an archive that was COPY-ed in: ADD can copy and extract a local tar archive in one step."));
      }
    }
    return out;
  },
};
