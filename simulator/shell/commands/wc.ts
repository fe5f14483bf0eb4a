import { errText, getopt, onlyFsErrors, prog, readInput } from "./lib/common";
import type { PosixCommandContext } from "./types";

const encoder = new TextEncoder();

/**
 * `wc [-lwcm] [FILE]...`. GNU pads each count to the width of the largest
 * (7 when reading stdin) unless only one count of one input is shown;
 * BusyBox pads to 9 unless only one count is shown.
 */
export function runWc(ctx: PosixCommandContext): number {
  const opts = getopt(ctx, ctx.argv.slice(1), "lwcmL", "", { lines: "l", words: "w", bytes: "c", chars: "m" });
  if (typeof opts === "number") return opts;
  const f = opts.flags;
  const which = (["l", "w", "m", "c"] as const).filter((k) => f.has(k));
  const cols = which.length > 0 ? which : (["l", "w", "c"] as const);
  const files = opts.operands.length > 0 ? opts.operands : ["-"];
  const rows: { counts: number[]; name: string }[] = [];
  let status = 0;
  let stdin = false;
  for (const name of files) {
    let text: string;
    try {
      text = readInput(ctx, name);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(`${prog(ctx)}: ${name}: ${errText(err)}\n`);
      status = 1;
      continue;
    }
    if (name === "-") stdin = true;
    const counts = cols.map((k) => (k === "l" ? (text.match(/\n/g) ?? []).length : k === "w" ? (text.match(/\S+/g) ?? []).length : k === "m" ? [...text].length : encoder.encode(text).length));
    rows.push({ counts, name: name === "-" && opts.operands.length === 0 ? "" : name });
  }
  if (rows.length > 1) rows.push({ counts: cols.map((_, i) => rows.reduce((s, r) => s + (r.counts[i] ?? 0), 0)), name: "total" });
  const single = cols.length === 1 && (files.length === 1 || ctx.variant === "busybox");
  let width: number;
  if (single) width = 0;
  else if (ctx.variant === "busybox") width = 9;
  else if (stdin) width = 7;
  else width = Math.max(1, ...rows.map((r) => String(Math.max(...r.counts)).length));
  for (const r of rows) ctx.out.out(r.counts.map((c) => String(c).padStart(width)).join(" ") + (r.name ? ` ${r.name}` : "") + "\n");
  return status;
}
