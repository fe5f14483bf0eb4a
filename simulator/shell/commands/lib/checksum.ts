import { getDeclaredDigest } from "../../packages/downloads-catalog";
import type { PosixCommandContext } from "../types";
import { errText, getopt, onlyFsErrors, prog, q, readInput, splitLines } from "./common";

/** A digest family: its name as BSD-style lines spell it, hex length, and function. */
export interface Digest {
  tag: string;
  hexLength: number;
  hash(text: string): string;
}

/** A file's digest: a downloaded stand-in's declared one (the real file's), else the hash of its contents. */
function hashContent(digest: Digest, content: string): string {
  return getDeclaredDigest(content, digest.tag) ?? digest.hash(content);
}

function readFailure(ctx: PosixCommandContext, name: string, e: unknown): string {
  const err = onlyFsErrors(e);
  return ctx.variant === "gnu" ? `${prog(ctx)}: ${name}: ${errText(err)}\n` : `${prog(ctx)}: can't open '${name}': ${errText(err)}\n`;
}

/** One checksum line: GNU/BusyBox "HASH  NAME" or "HASH *NAME", or BSD "TAG (NAME) = HASH". */
function parseLine(line: string, digest: Digest): { hash: string; name: string } | undefined {
  const hex = `[0-9a-fA-F]{${digest.hexLength}}`;
  const gnu = new RegExp(`^\\\\?(${hex}) [ *](.+)$`).exec(line);
  if (gnu) return { hash: (gnu[1] as string).toLowerCase(), name: gnu[2] as string };
  const bsd = new RegExp(`^${digest.tag} \\((.+)\\) = (${hex})$`).exec(line);
  return bsd ? { hash: (bsd[2] as string).toLowerCase(), name: bsd[1] as string } : undefined;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `-c`: verifies each listed file, "NAME: OK" / "NAME: FAILED", then coreutils' or BusyBox's warnings. */
function check(ctx: PosixCommandContext, digest: Digest, lists: readonly string[], quiet: boolean, status: boolean, warn: boolean): number {
  let failed = 0;
  let unreadable = 0;
  let malformed = 0;
  let total = 0;
  let exit = 0;
  for (const list of lists) {
    let text: string;
    try {
      text = readInput(ctx, list);
    } catch (e) {
      ctx.out.err(readFailure(ctx, list, e));
      exit = 1;
      continue;
    }
    let valid = 0;
    splitLines(text).forEach((line, i) => {
      const entry = parseLine(line, digest);
      if (!entry) {
        if (line.trim() === "" || line.startsWith("#")) return;
        // BusyBox counts a line it cannot parse as a failed checksum, silently.
        if (ctx.variant === "busybox") {
          failed++;
          total++;
          return;
        }
        malformed++;
        if (warn) ctx.out.err(`${prog(ctx)}: ${q(ctx, list === "-" ? "standard input" : list)}: ${i + 1}: improperly formatted ${digest.tag} checksum line\n`);
        return;
      }
      valid++;
      total++;
      let actual: string;
      try {
        actual = hashContent(digest, readInput(ctx, entry.name));
      } catch (e) {
        ctx.out.err(readFailure(ctx, entry.name, e));
        unreadable++;
        if (!status) ctx.out.out(ctx.variant === "gnu" ? `${entry.name}: FAILED open or read\n` : `${entry.name}: FAILED\n`);
        return;
      }
      if (actual !== entry.hash) {
        failed++;
        if (!status) ctx.out.out(`${entry.name}: FAILED\n`);
      } else if (!status && !quiet) ctx.out.out(`${entry.name}: OK\n`);
    });
    if (valid === 0 && ctx.variant === "gnu") {
      ctx.out.err(`${prog(ctx)}: ${q(ctx, list === "-" ? "standard input" : list)}: no properly formatted checksum lines found\n`);
      exit = 1;
    }
  }
  if (ctx.variant === "gnu") {
    if (!status && malformed > 0 && total > 0) ctx.out.err(`${prog(ctx)}: WARNING: ${plural(malformed, "line is", "lines are")} improperly formatted\n`);
    if (!status && unreadable > 0) ctx.out.err(`${prog(ctx)}: WARNING: ${plural(unreadable, "listed file", "listed files")} could not be read\n`);
    if (!status && failed > 0) ctx.out.err(`${prog(ctx)}: WARNING: ${plural(failed, "computed checksum", "computed checksums")} did NOT match\n`);
  } else if (!status && failed + unreadable > 0) ctx.out.err(`${prog(ctx)}: WARNING: ${failed + unreadable} of ${total} computed checksums did NOT match\n`);
  return exit || failed + unreadable > 0 ? 1 : 0;
}

/**
 * `sha256sum`/`md5sum [-c [--status] [--quiet] [-w]] [-b|-t] [FILE]...`
 * (coreutils src/digest.c; BusyBox coreutils/md5_sha1_sum.c): "HASH  NAME"
 * per file ("-" is stdin), or with -c the verification of listed sums.
 */
export function runChecksum(ctx: PosixCommandContext, digest: Digest): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "cbtswz", "", { check: "c", binary: "b", text: "t", status: "S", quiet: "q", warn: "w", strict: "T", tag: "g", zero: "z", "ignore-missing": "i" });
  if (typeof opts === "number") return opts;
  const files = opts.operands.length > 0 ? opts.operands : ["-"];
  if (opts.flags.has("c")) return check(ctx, digest, files, opts.flags.has("q"), opts.flags.has("S") || opts.flags.has("s"), opts.flags.has("w"));
  let exit = 0;
  for (const name of files) {
    try {
      const hash = hashContent(digest, readInput(ctx, name));
      ctx.out.out(opts.flags.has("g") ? `${digest.tag} (${name}) = ${hash}\n` : `${hash}  ${name}\n`);
    } catch (e) {
      ctx.out.err(readFailure(ctx, name, e));
      exit = 1;
    }
  }
  return exit;
}
