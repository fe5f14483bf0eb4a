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

function assign(spec: FlagSpec, raw: string, values: FlagValues): string | undefined {
  switch (spec.kind) {
    case "bool": {
      const parsed = { true: true, false: false, "1": true, "0": false, t: true, f: false, TRUE: true, FALSE: false, True: true, False: false }[raw];
      if (parsed === undefined) {
        return `invalid argument "${raw}" for "${describe(spec)}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`;
      }
      values[spec.name] = parsed;
      return undefined;
    }
    case "int": {
      if (!/^[+-]?\d+$/.test(raw)) {
        return `invalid argument "${raw}" for "${describe(spec)}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`;
      }
      values[spec.name] = Number(raw);
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
      const spec = byShort.get(c);
      if (!spec) return { ok: false, error: `unknown shorthand flag: '${c}' in -${shorts}` };
      if (spec.name === "help") {
        help = true;
        continue;
      }
      if (spec.kind === "bool") {
        if (shorts[j + 1] === "=") {
          const error = assign(spec, shorts.slice(j + 2), values);
          if (error) return { ok: false, error };
          break;
        }
        values[spec.name] = true;
        continue;
      }
      let raw = shorts.slice(j + 1);
      if (raw.startsWith("=")) raw = raw.slice(1);
      if (raw === "") {
        if (i + 1 >= argv.length) return { ok: false, error: `flag needs an argument: '${c}' in -${shorts}` };
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
