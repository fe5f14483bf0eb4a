import type { InstructionNode } from "../ast";
import type { LintContext } from "./types";

/** A `# hadolint …` comment: per-instruction `ignore=`, file-wide `global ignore=`, or `shell=`. */
export interface Pragma {
  kind: "ignore" | "global" | "shell";
  /** Rule codes for ignore/global; the shell name for shell. */
  values: string[];
  line: number;
  /** The instruction the comment sits above. */
  node: InstructionNode;
}

const PRAGMA = /^hadolint\s+(global\s+ignore|ignore|shell)\s*=\s*(.*)$/i;

function parsePragma(comment: string): { kind: Pragma["kind"]; values: string[] } | undefined {
  // BuildKit keeps the `#` of an indented comment in PrevComment (it drops only the first byte), so allow one.
  const m = PRAGMA.exec(comment.trim().replace(/^#\s*/, ""));
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const kind = word === "ignore" ? "ignore" : word === "shell" ? "shell" : "global";
  const raw = (m[2] as string).trim();
  const values = kind === "shell" ? [raw.split(/\s+/)[0] ?? ""] : raw.split(/[\s,]+/).filter((v) => v !== "");
  return { kind, values };
}

/**
 * The hadolint pragmas of a file (hadolint: src/Hadolint/Pragma.hs):
 * comments directly above an instruction (the parser's PrevComment) that
 * say `hadolint ignore=DL3006,DL3008`, `hadolint global ignore=…` or
 * `hadolint shell=…`. Line numbers come from the source when we have it.
 */
export function pragmas(ctx: LintContext): Pragma[] {
  return ctx.memo("pragmas", () => {
    const out: Pragma[] = [];
    let prevEnd = 0;
    for (const node of ctx.parsed.instructions) {
      const found = node.prevComment.map(parsePragma);
      if (found.some((p) => p !== undefined)) {
        const lineOf = commentLines(ctx.lines, node, prevEnd);
        found.forEach((p, i) => {
          if (p) out.push({ ...p, line: lineOf[i] ?? Math.max(1, node.startLine - (node.prevComment.length - i)), node });
        });
      }
      prevEnd = node.endLine;
    }
    if (ctx.source?.includes("hadolint") && ctx.lines) {
      // Global pragmas count anywhere, also after the last instruction.
      const last = ctx.parsed.instructions[ctx.parsed.instructions.length - 1];
      ctx.lines.forEach((text, i) => {
        if (i + 1 <= prevEnd || !text.trim().startsWith("#")) return;
        const p = parsePragma(text.trim().slice(1));
        if (p?.kind === "global" && last) out.push({ ...p, line: i + 1, node: last });
      });
    }
    return out;
  });
}

/** Matches each PrevComment entry to its line, searching upward between the previous instruction and this one. */
function commentLines(lines: readonly string[] | undefined, node: InstructionNode, prevEnd: number): number[] {
  const found: number[] = [];
  if (!lines || node.prevComment.length === 0) return found;
  let line = node.startLine - 1;
  for (let i = node.prevComment.length - 1; i >= 0; i--) {
    const want = node.prevComment[i] as string;
    while (line > prevEnd && !isComment(lines[line - 1], want)) line--;
    if (line <= prevEnd) break;
    found[i] = line;
    line--;
  }
  return found;
}

function isComment(text: string | undefined, want: string): boolean {
  const t = text?.trim();
  return t !== undefined && t.startsWith("#") && t.slice(1).trim() === want;
}

/** Codes silenced for an instruction's findings, and codes silenced everywhere. */
export function ignoredCodes(ctx: LintContext): { byLine: Map<number, Set<string>>; global: Set<string> } {
  const byLine = new Map<number, Set<string>>();
  const global = new Set<string>();
  for (const p of pragmas(ctx)) {
    if (p.kind === "global") p.values.forEach((v) => global.add(v));
    if (p.kind !== "ignore") continue;
    const set = byLine.get(p.node.startLine) ?? new Set<string>();
    p.values.forEach((v) => set.add(v));
    byLine.set(p.node.startLine, set);
  }
  return { byLine, global };
}

/** BuildKit's `# check=` options (moby/buildkit: frontend/dockerfile/linter/linter.go ParseLintOptions). */
export interface CheckOptions {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
  error: boolean;
}

/** Parses a `# check=` value; returns BuildKit's error message when it is invalid. */
export function parseCheckOptions(value: string | undefined): CheckOptions | string {
  const opts: CheckOptions = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), error: false };
  const text = (value ?? "").trim();
  if (text === "") return opts;
  const parts = text.split(";");
  const limited = parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(";")] : parts;
  for (const part of limited) {
    const eq = part.indexOf("=");
    if (eq < 0) return `failed to parse check options: invalid check option ${goQuote(part)}`;
    const key = part.slice(0, eq).trim();
    const v = part.slice(eq + 1).trim();
    if (key === "skip" || key === "experimental") {
      const names = v.split(",").map((s) => s.trim());
      if (key === "skip") {
        if (v === "all") opts.skipAll = true;
        else names.forEach((n) => opts.skip.add(n));
      } else if (v === "all") opts.experimentalAll = true;
      else names.forEach((n) => opts.experimental.add(n));
    } else if (key === "error") {
      const b = parseGoBool(v);
      if (b === undefined) return `failed to parse check options: failed to parse check option ${goQuote(part)}: strconv.ParseBool: parsing ${goQuote(v)}: invalid syntax`;
      opts.error = b;
    } else return `failed to parse check options: invalid check option ${goQuote(key)}`;
  }
  return opts;
}

/** Go's strconv.ParseBool. */
function parseGoBool(v: string): boolean | undefined {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return undefined;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}
