/** The kinds of flag value pflag has that docker uses. */
export type FlagKind = "bool" | "string" | "int" | "list";

/** One flag of a command, as declared with pflag in docker/cli. */
export interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
  /** The help text; a "\n" continues it on the next line, aligned. */
  usage: string;
  /** The value name shown in help (`string`, `int`, `filter`, `list`…); defaults from the kind. */
  valueName?: string;
  /** Shown as ` (default …)` when set. */
  defaultText?: string;
  hidden?: boolean;
}

/** Parsed flag values: booleans, strings, numbers, and lists for repeatable flags. */
export type FlagValues = Record<string, boolean | string | number | string[] | undefined>;

/** The outcome of parsing argv against a command's flags. */
export type FlagParse =
  | { ok: true; flags: FlagValues; args: string[]; help: boolean }
  | { ok: false; error: string };

const HELP_FLAG: FlagSpec = { name: "help", kind: "bool", usage: "Print usage", hidden: true };

function describe(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

/** Go's strconv.Quote (what `%q` prints): escapes quotes, backslashes and control characters. */
function formatGoQuoted(text: string): string {
  const named: Record<string, string> = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v" };
  let out = '"';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (named[ch]) out += named[ch];
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + cp.toString(16).padStart(2, "0");
    else if ((cp >= 0x80 && cp < 0xa0) || cp === 0x2028 || cp === 0x2029) out += "\\u" + cp.toString(16).padStart(4, "0");
    else out += ch;
  }
  return out + '"';
}

/** Go's `%q` of a shorthand byte: `'x'`, with `'` and `\\` escaped. */
function formatGoQuotedChar(ch: string): string {
  if (ch === "'") return "'\\''";
  if (ch === '"') return "'\"'";
  return `'${formatGoQuoted(ch).slice(1, -1)}'`;
}

/** strconv.ParseBool's accepted spellings. */
const GO_BOOLS: Record<string, boolean> = {
  "1": true, t: true, T: true, TRUE: true, true: true, True: true,
  "0": false, f: false, F: false, FALSE: false, false: false, False: false,
};

/**
 * strconv.ParseInt(s, 0, 64), which pflag's int flags use: optional sign,
 * `0x`/`0o`/`0b`/leading-`0` prefixes, `_` between digits, int64 range.
 */
function parseGoInt(raw: string): number | "invalid syntax" | "value out of range" {
  let s = raw;
  let negative = false;
  if (s.startsWith("+") || s.startsWith("-")) {
    negative = s.startsWith("-");
    s = s.slice(1);
  }
  if (s === "") return "invalid syntax";
  let base = 10;
  let prefixed = false;
  if (s[0] === "0" && s.length >= 3 && /[box]/i.test(s[1] as string)) {
    base = { b: 2, o: 8, x: 16 }[(s[1] as string).toLowerCase() as "b" | "o" | "x"];
    s = s.slice(2);
    prefixed = true;
  } else if (s[0] === "0") {
    base = 8;
    s = s.slice(1);
  }
  let value = 0n;
  let sawDigit = prefixed || base === 8;
  let lastUnderscore = false;
  for (const ch of s) {
    if (ch === "_") {
      // underscoreOK: an underscore must sit between digits (or after a base prefix).
      if (!sawDigit || lastUnderscore) return "invalid syntax";
      lastUnderscore = true;
      continue;
    }
    const digit = parseInt(ch, 36);
    if (Number.isNaN(digit) || digit >= base) return "invalid syntax";
    value = value * BigInt(base) + BigInt(digit);
    sawDigit = true;
    lastUnderscore = false;
  }
  if (lastUnderscore) return "invalid syntax";
  if (negative) value = -value;
  if (value > 9223372036854775807n || value < -9223372036854775808n) return "value out of range";
  return Number(value);
}

function assign(spec: FlagSpec, raw: string, values: FlagValues): string | undefined {
  // pflag's FlagSet.Set: `invalid argument %q for %q flag: %v` (spf13/pflag: flag.go).
  const invalid = (reason: string): string => `invalid argument ${formatGoQuoted(raw)} for "${describe(spec)}" flag: ${reason}`;
  switch (spec.kind) {
    case "bool": {
      const parsed = Object.hasOwn(GO_BOOLS, raw) ? GO_BOOLS[raw] : undefined;
      if (parsed === undefined) return invalid(`strconv.ParseBool: parsing ${formatGoQuoted(raw)}: invalid syntax`);
      values[spec.name] = parsed;
      return undefined;
    }
    case "int": {
      const parsed = parseGoInt(raw);
      if (typeof parsed === "string") return invalid(`strconv.ParseInt: parsing ${formatGoQuoted(raw)}: ${parsed}`);
      values[spec.name] = parsed;
      return undefined;
    }
    case "list": {
      const list = (values[spec.name] as string[] | undefined) ?? [];
      values[spec.name] = [...list, raw];
      return undefined;
    }
    default:
      values[spec.name] = raw;
      return undefined;
  }
}

/**
 * Parses argv the way spf13/pflag does for docker's commands: `--name=value`,
 * `--name value`, `-abc` bundles, `-n5`, `--` ends flags. With
 * `interspersed: false` (docker run, exec) flags stop at the first argument.
 * Error texts are pflag's (`unknown flag: --foo`,
 * `unknown shorthand flag: 'x' in -x`, `flag needs an argument: --format`).
 */
export function parseFlags(specs: readonly FlagSpec[], argv: readonly string[], interspersed = true): FlagParse {
  const all = [...specs, { ...HELP_FLAG, short: specs.some((s) => s.short === "h") ? undefined : "h" }];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short as string, s]));
  const values: FlagValues = {};
  const args: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      if (!interspersed) {
        args.push(...argv.slice(i));
        break;
      }
      args.push(arg);
      continue;
    }
    if (arg.startsWith("--")) {
      // pflag parseLongArg: `---x` and `--=x` are "bad flag syntax".
      if (arg[2] === "-" || arg[2] === "=") return { ok: false, error: `bad flag syntax: ${arg}` };
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const spec = byName.get(name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      if (spec.name === "help") {
        help = true;
        continue;
      }
      let raw: string;
      if (eq >= 0) raw = arg.slice(eq + 1);
      else if (spec.kind === "bool") raw = "true";
      else if (i + 1 < argv.length) raw = argv[++i] as string;
      else return { ok: false, error: `flag needs an argument: --${name}` };
      const error = assign(spec, raw, values);
      if (error) return { ok: false, error };
      continue;
    }
    const shorts = arg.slice(1);
    for (let j = 0; j < shorts.length; j++) {
      const c = shorts[j] as string;
      // pflag parseSingleShortArg names the shorthands still unparsed: `-ax` → `'x' in -x`.
      const remaining = shorts.slice(j);
      const spec = byShort.get(c);
      if (!spec) return { ok: false, error: `unknown shorthand flag: ${formatGoQuotedChar(c)} in -${remaining}` };
      if (spec.name === "help") {
        help = true;
        continue;
      }
      // `-f=value` only when something follows the "=" (len(shorthands) > 2 in pflag).
      const equalsValue = remaining.length > 2 && remaining[1] === "=";
      if (spec.kind === "bool") {
        if (equalsValue) {
          const error = assign(spec, remaining.slice(2), values);
          if (error) return { ok: false, error };
          break;
        }
        values[spec.name] = true;
        continue;
      }
      let raw = equalsValue ? remaining.slice(2) : remaining.slice(1);
      if (raw === "") {
        if (i + 1 >= argv.length) return { ok: false, error: `flag needs an argument: ${formatGoQuotedChar(c)} in -${remaining}` };
        raw = argv[++i] as string;
      }
      const error = assign(spec, raw, values);
      if (error) return { ok: false, error };
      break;
    }
  }
  return { ok: true, flags: values, args, help };
}

/**
 * pflag's FlagUsages block: flags sorted by name, descriptions aligned three
 * spaces after the longest `-x, --name type`, multi-line descriptions indented
 * to the same column (spf13/pflag: flag.go FlagUsagesWrapped, no terminal wrap).
 */
export function formatFlagUsages(specs: readonly FlagSpec[]): string {
  const visible = specs.filter((s) => !s.hidden).sort((a, b) => (a.name < b.name ? -1 : 1));
  const heads = visible.map((s) => {
    let head = s.short ? `  -${s.short}, --${s.name}` : `      --${s.name}`;
    const valueName = s.valueName ?? (s.kind === "bool" ? "" : s.kind);
    if (valueName) head += ` ${valueName}`;
    return head;
  });
  const column = Math.max(0, ...heads.map((h) => h.length)) + 3;
  return visible
    .map((s, i) => {
      const head = heads[i] as string;
      let usage = s.usage;
      if (s.defaultText !== undefined) usage += ` (default ${s.defaultText})`;
      return head.padEnd(column) + usage.replace(/\n/g, "\n" + " ".repeat(column));
    })
    .join("\n");
}
