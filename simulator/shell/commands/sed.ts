import { errText, onlyFsErrors, prog, readInput } from "./lib/common";
import { SedError, SedParser, type SedAddress, type SedCommand } from "./lib/sed-script";
import type { PosixCommandContext } from "./types";

/** `&`, `\1`…`\9`, `\n` and escaped characters in an s/// replacement. */
function expandReplacement(rep: string, m: RegExpExecArray): string {
  let out = "";
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === "&") out += m[0];
    else if (c === "\\" && i + 1 < rep.length) {
      const n = rep[++i] as string;
      if (/[0-9]/.test(n)) out += m[Number(n)] ?? "";
      else if (n === "n") out += "\n";
      else if (n === "t") out += "\t";
      else out += n;
    } else out += c;
  }
  return out;
}

interface RunState {
  lineNo: number;
  last: boolean;
  lastRe: RegExp | undefined;
  hold: string;
  quit?: { code: number; print: boolean };
  substituted: boolean;
  append: string[];
  out: string[];
  ranges: Map<SedCommand, boolean>;
}

function matches(addr: SedAddress, space: string, st: RunState): boolean {
  switch (addr.kind) {
    case "line":
      return st.lineNo === addr.n;
    case "last":
      return st.last;
    case "step":
      return addr.step <= 0 ? st.lineNo === addr.first : st.lineNo >= addr.first && (st.lineNo - addr.first) % addr.step === 0;
    case "re": {
      const re = addr.re ?? st.lastRe;
      if (addr.re) st.lastRe = addr.re;
      if (!re) return false;
      re.lastIndex = 0;
      return re.test(space);
    }
  }
}

function selected(c: SedCommand, space: string, st: RunState): boolean {
  let hit: boolean;
  if (!c.a1) hit = true;
  else if (!c.a2) hit = matches(c.a1, space, st);
  else if (st.ranges.get(c)) {
    hit = true;
    const end = c.a2.kind === "line" ? st.lineNo >= c.a2.n : matches(c.a2, space, st);
    if (end) st.ranges.set(c, false);
  } else {
    hit = matches(c.a1, space, st);
    if (hit) st.ranges.set(c, !(c.a2.kind === "line" && c.a2.n <= st.lineNo));
  }
  return hit !== c.negate;
}

/** Runs commands on the pattern space; returns the new space, or null when `d` ended the cycle. */
function execute(commands: SedCommand[], space: string, st: RunState, next: () => string | undefined, quiet: boolean): string | null {
  for (let i = 0; i < commands.length; i++) {
    const c = commands[i] as SedCommand;
    if (!selected(c, space, st)) continue;
    switch (c.cmd) {
      case "{": {
        const r = execute(c.block ?? [], space, st, next, quiet);
        if (r === null) return null;
        space = r;
        break;
      }
      case "s": {
        const base = c.re ?? st.lastRe;
        if (c.re) st.lastRe = c.re;
        if (!base) break;
        const re = new RegExp(base.source, base.flags.includes("g") ? base.flags : base.flags + "g");
        let out = "";
        let pos = 0;
        let count = 0;
        let did = false;
        for (let m = re.exec(space); m; m = re.exec(space)) {
          count++;
          const take = c.global ? count >= (c.nth ?? 1) : count === (c.nth ?? 1);
          if (take) {
            out += space.slice(pos, m.index) + expandReplacement(c.replacement ?? "", m);
            pos = m.index + m[0].length;
            did = true;
            if (!c.global) break;
          }
          if (m[0] === "") re.lastIndex++;
        }
        if (did) {
          space = out + space.slice(pos);
          st.substituted = true;
          if (c.print) st.out.push(space + "\n");
        }
        break;
      }
      case "y":
        space = [...space].map((ch) => {
          const idx = c.from?.indexOf(ch) ?? -1;
          return idx >= 0 ? (c.to?.[idx] ?? ch) : ch;
        }).join("");
        break;
      case "d":
        return null;
      case "D": {
        const nl = space.indexOf("\n");
        if (nl < 0) return null;
        space = space.slice(nl + 1);
        i = -1;
        break;
      }
      case "p":
        st.out.push(space + "\n");
        break;
      case "P":
        st.out.push(space.split("\n")[0] + "\n");
        break;
      case "=":
        st.out.push(`${st.lineNo}\n`);
        break;
      case "a":
        st.append.push((c.text ?? "") + "\n");
        break;
      case "i":
        st.out.push((c.text ?? "") + "\n");
        break;
      case "c":
        if (!c.a2 || !st.ranges.get(c)) st.out.push((c.text ?? "") + "\n");
        return null;
      case "q":
      case "Q":
        st.quit = { code: Number(c.text || 0), print: c.cmd === "q" };
        return space;
      case "n": {
        if (!quiet) st.out.push(space + "\n");
        const line = next();
        if (line === undefined) {
          st.quit = { code: 0, print: false };
          return null;
        }
        space = line;
        break;
      }
      case "N": {
        const line = next();
        if (line === undefined) return space;
        space += "\n" + line;
        break;
      }
      case "h":
        st.hold = space;
        break;
      case "H":
        st.hold += "\n" + space;
        break;
      case "g":
        space = st.hold;
        break;
      case "G":
        space += "\n" + st.hold;
        break;
      case "x":
        [space, st.hold] = [st.hold, space];
        break;
      case "z":
        space = "";
        break;
      case "b":
      case "t":
      case "T": {
        if (c.cmd !== "b" && st.substituted !== (c.cmd === "t")) break;
        if (c.cmd !== "b") st.substituted = false;
        if (!c.text) return space;
        const target = commands.findIndex((x) => x.cmd === ":" && x.text === c.text);
        if (target >= 0) i = target;
        else return space;
        break;
      }
    }
  }
  return space;
}

/**
 * `sed [-nEr] [-i[SUFFIX]] [-e SCRIPT]... [SCRIPT] [FILE]...`: addresses
 * (n, $, /re/, ranges, !), s///[gpiN], y, d, p, a/i/c, q, =, n/N, hold space,
 * b/t labels. GNU `sed: -e expression #1, char 4: unterminated `s' command`,
 * `sed: can't read x: No such file or directory` (2); BusyBox `sed: unmatched
 * '/'`, `sed: x: No such file or directory` (1).
 */
export function runSed(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const scripts: string[] = [];
  const files: string[] = [];
  let quiet = false;
  let extended = false;
  let inPlace: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-e" || a === "--expression") scripts.push(args[++i] ?? "");
    else if (a.startsWith("--expression=")) scripts.push(a.slice(13));
    else if (a === "-n" || a === "--quiet" || a === "--silent") quiet = true;
    else if (a === "-E" || a === "-r" || a === "--regexp-extended") extended = true;
    else if (a.startsWith("-i") || a.startsWith("--in-place")) inPlace = a.startsWith("-i") ? a.slice(2) : a.slice(11);
    else if (/^-[nErs]+(i.*)?$/.test(a)) {
      // A cluster of flags (`-ri`): -i takes the rest of the word as its backup suffix, as getopt gives it (`-ir` backs up to FILEr).
      const flags = a.includes("i") ? a.slice(0, a.indexOf("i")) : a;
      quiet ||= flags.includes("n");
      extended ||= flags.includes("E") || flags.includes("r");
      if (a.includes("i")) inPlace = a.slice(a.indexOf("i") + 1);
    } else if (a === "-f") {
      try {
        scripts.push(readInput(ctx, args[++i] ?? ""));
      } catch (e) {
        ctx.out.err(`${prog(ctx)}: couldn't open file ${args[i]}: ${errText(onlyFsErrors(e))}\n`);
        return 1;
      }
    } else files.push(a);
  }
  if (scripts.length === 0) {
    const s = files.shift();
    if (s === undefined) {
      ctx.out.err(ctx.variant === "gnu" ? `Usage: ${prog(ctx)} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `${prog(ctx)}: no script specified\n`);
      return 1;
    }
    scripts.push(s);
  }
  let commands: SedCommand[];
  try {
    commands = new SedParser(scripts.join("\n"), extended).parse();
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    ctx.out.err(`${prog(ctx)}: ${ctx.variant === "gnu" ? e.gnu : e.busybox}\n`);
    return 1;
  }
  const inputs = files.length > 0 ? files : ["-"];
  let status = 0;
  const st: RunState = { lineNo: 0, last: false, lastRe: undefined, hold: "", substituted: false, append: [], out: [], ranges: new Map() };
  const run = (text: string, final: boolean): string => {
    const lines = text === "" ? [] : text.replace(/\n$/, "").split("\n");
    let idx = 0;
    const next = (): string | undefined => {
      if (idx >= lines.length) return undefined;
      st.lineNo++;
      st.last = final && idx === lines.length - 1;
      return lines[idx++];
    };
    while (idx < lines.length && !st.quit) {
      ctx.budget.tick();
      const line = next() as string;
      st.substituted = false;
      const space = execute(commands, line, st, next, quiet);
      const quit = st.quit as RunState["quit"];
      if (space !== null && !quiet && (!quit || quit.print)) st.out.push(space + "\n");
      st.out.push(...st.append.splice(0));
    }
    return st.out.splice(0).join("");
  };
  for (let f = 0; f < inputs.length; f++) {
    const name = inputs[f] as string;
    let text: string;
    try {
      text = readInput(ctx, name);
    } catch (e) {
      const err = onlyFsErrors(e);
      ctx.out.err(ctx.variant === "gnu" ? `${prog(ctx)}: ${err.code === "EISDIR" ? `couldn't edit ${name}: not a regular file` : `can't read ${name}: ${errText(err)}`}\n` : `${prog(ctx)}: ${name}: ${errText(err)}\n`);
      status = ctx.variant === "gnu" ? 2 : 1;
      continue;
    }
    if (inPlace !== undefined && name !== "-") {
      st.lineNo = 0;
      const out = run(text, true);
      try {
        if (inPlace) ctx.fs.writeFile(ctx.resolve(name + inPlace), text);
        ctx.fs.writeFile(ctx.resolve(name), out);
      } catch (e) {
        ctx.out.err(`${prog(ctx)}: couldn't open file ${name}: ${errText(onlyFsErrors(e))}\n`);
        status = 4;
      }
    } else ctx.out.out(run(text, f === inputs.length - 1));
    if (st.quit) return st.quit.code;
  }
  return status;
}
