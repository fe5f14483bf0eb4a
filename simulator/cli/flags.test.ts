import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatFlagUsages, parseFlags, type FlagParse, type FlagSpec } from "./flags";

// Expected texts come from spf13/pflag flag.go (parseLongArg, parseSingleShortArg,
// FlagSet.Set, FlagUsagesWrapped) and Go's strconv error strings.

/** `docker ps`'s flags (docker/cli: cli/command/container/list.go). */
const PS_FLAGS: FlagSpec[] = [
  { name: "all", short: "a", kind: "bool", usage: "Show all containers (default shows just running)" },
  { name: "filter", short: "f", kind: "list", usage: "Filter output based on conditions provided", valueName: "filter" },
  {
    name: "format",
    kind: "string",
    usage:
      "Format output using a custom template:\n" +
      "'table':            Print output in table format with column headers (default)\n" +
      "'table TEMPLATE':   Print output in table format using the given Go template\n" +
      "'json':             Print in JSON format\n" +
      "'TEMPLATE':         Print output using the given Go template.\n" +
      "Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
  },
  { name: "last", short: "n", kind: "int", usage: "Show n last created containers (includes all states)", defaultText: "-1" },
  { name: "latest", short: "l", kind: "bool", usage: "Show the latest created container (includes all states)" },
  { name: "no-trunc", kind: "bool", usage: "Don't truncate output" },
  { name: "quiet", short: "q", kind: "bool", usage: "Only display container IDs" },
  { name: "size", short: "s", kind: "bool", usage: "Display total file sizes" },
];

/** A few of `docker run`'s flags; run parses with interspersed=false. */
const RUN_FLAGS: FlagSpec[] = [
  { name: "detach", short: "d", kind: "bool", usage: "Run container in background and print container ID" },
  { name: "hostname", short: "h", kind: "string", usage: "Container host name" },
  { name: "name", kind: "string", usage: "Assign a name to the container" },
  { name: "publish", short: "p", kind: "list", usage: "Publish a container's port(s) to the host", valueName: "list" },
  { name: "interactive", short: "i", kind: "bool", usage: "Keep STDIN open even if not attached" },
  { name: "tty", short: "t", kind: "bool", usage: "Allocate a pseudo-TTY" },
];

function ok(result: FlagParse): Extract<FlagParse, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}

function fail(result: FlagParse): string {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
}

describe("parseFlags: accepted forms", () => {
  it("reads bundled booleans (-aq)", () => {
    const r = ok(parseFlags(PS_FLAGS, ["-aq"]));
    expect(r.flags).toEqual({ all: true, quiet: true });
    expect(r.args).toEqual([]);
    expect(r.help).toBe(false);
  });

  it("reads a shorthand value glued, after =, or as the next argument", () => {
    expect(ok(parseFlags(PS_FLAGS, ["-n5"])).flags.last).toBe(5);
    expect(ok(parseFlags(PS_FLAGS, ["-n=5"])).flags.last).toBe(5);
    expect(ok(parseFlags(PS_FLAGS, ["-n", "5"])).flags.last).toBe(5);
    expect(ok(parseFlags(PS_FLAGS, ["-an", "3"])).flags).toEqual({ all: true, last: 3 });
    expect(ok(parseFlags(PS_FLAGS, ["-an3"])).flags).toEqual({ all: true, last: 3 });
  });

  it("reads long values after = or as the next argument", () => {
    expect(ok(parseFlags(PS_FLAGS, ["--format={{.ID}}"])).flags.format).toBe("{{.ID}}");
    expect(ok(parseFlags(PS_FLAGS, ["--format", "{{.ID}}"])).flags.format).toBe("{{.ID}}");
    expect(ok(parseFlags(PS_FLAGS, ["--format=a=b"])).flags.format).toBe("a=b");
    expect(ok(parseFlags(PS_FLAGS, ["--format="])).flags.format).toBe("");
    expect(ok(parseFlags(PS_FLAGS, ["--last", "-1"])).flags.last).toBe(-1);
  });

  it("takes the next argument as the value even when it looks like a flag", () => {
    expect(ok(parseFlags(PS_FLAGS, ["--format", "-q"])).flags).toEqual({ format: "-q" });
    expect(ok(parseFlags(PS_FLAGS, ["-f", "--all"])).flags).toEqual({ filter: ["--all"] });
  });

  it("collects repeated list flags in order", () => {
    const r = ok(parseFlags(PS_FLAGS, ["-f", "status=exited", "--filter=name=web", "-fname=db"]));
    expect(r.flags.filter).toEqual(["status=exited", "name=web", "name=db"]);
  });

  it("lets the last value of a repeated scalar flag win", () => {
    expect(ok(parseFlags(PS_FLAGS, ["-n", "1", "--last=2"])).flags.last).toBe(2);
  });

  it("accepts strconv.ParseBool spellings for --flag=value and -f=value", () => {
    for (const [text, value] of [
      ["true", true], ["True", true], ["TRUE", true], ["t", true], ["T", true], ["1", true],
      ["false", false], ["False", false], ["FALSE", false], ["f", false], ["F", false], ["0", false],
    ] as const) {
      expect(ok(parseFlags(PS_FLAGS, [`--all=${text}`])).flags.all).toBe(value);
      expect(ok(parseFlags(PS_FLAGS, [`-a=${text}`])).flags.all).toBe(value);
    }
  });

  it("parses ints like strconv.ParseInt(s, 0, 64): prefixes and underscores", () => {
    const last = (v: string) => ok(parseFlags(PS_FLAGS, ["--last", v])).flags.last;
    expect(last("+7")).toBe(7);
    expect(last("0")).toBe(0);
    expect(last("0x10")).toBe(16);
    expect(last("0X1f")).toBe(31);
    expect(last("0o17")).toBe(15);
    expect(last("0b101")).toBe(5);
    expect(last("010")).toBe(8); // a leading 0 means octal with base 0
    expect(last("1_000")).toBe(1000);
    expect(last("-9223372036854775808")).toBe(-9223372036854775808);
  });

  it("keeps positionals between flags when interspersed (the default)", () => {
    const r = ok(parseFlags(PS_FLAGS, ["web", "-a", "db"]));
    expect(r.args).toEqual(["web", "db"]);
    expect(r.flags.all).toBe(true);
  });

  it("treats - and the empty string as positionals", () => {
    expect(ok(parseFlags(PS_FLAGS, ["-", "", "-a"])).args).toEqual(["-", ""]);
  });

  it("stops at -- and keeps what follows as arguments", () => {
    const r = ok(parseFlags(PS_FLAGS, ["-a", "--", "-q", "--format", "x"]));
    expect(r.flags).toEqual({ all: true });
    expect(r.args).toEqual(["-q", "--format", "x"]);
  });

  it("with interspersed=false stops at the first positional (docker run IMAGE CMD…)", () => {
    const r = ok(parseFlags(RUN_FLAGS, ["-it", "--name", "web", "-p", "8080:80", "nginx", "-p", "1", "--rm"], false));
    expect(r.flags).toEqual({ interactive: true, tty: true, name: "web", publish: ["8080:80"] });
    expect(r.args).toEqual(["nginx", "-p", "1", "--rm"]);
  });

  it("with interspersed=false still honours -- before the image", () => {
    const r = ok(parseFlags(RUN_FLAGS, ["-d", "--", "-x"], false));
    expect(r.flags).toEqual({ detach: true });
    expect(r.args).toEqual(["-x"]);
  });

  it("reports --help and -h as help, unless -h belongs to the command", () => {
    expect(ok(parseFlags(PS_FLAGS, ["--help"])).help).toBe(true);
    expect(ok(parseFlags(PS_FLAGS, ["-ah"])).help).toBe(true);
    const run = ok(parseFlags(RUN_FLAGS, ["-h", "box", "alpine"], false));
    expect(run.help).toBe(false);
    expect(run.flags.hostname).toBe("box");
  });
});

describe("parseFlags: pflag's error texts", () => {
  it("unknown long flags", () => {
    expect(fail(parseFlags(PS_FLAGS, ["--foo"]))).toBe("unknown flag: --foo");
    expect(fail(parseFlags(PS_FLAGS, ["--foo=bar"]))).toBe("unknown flag: --foo");
    expect(fail(parseFlags(PS_FLAGS, ["-a", "--constructor"]))).toBe("unknown flag: --constructor");
  });

  it("unknown shorthands name the shorthands still unparsed (parseSingleShortArg)", () => {
    expect(fail(parseFlags(PS_FLAGS, ["-x"]))).toBe("unknown shorthand flag: 'x' in -x");
    // pflag formats `-%s` with what is left of the bundle: after -a it is "x".
    expect(fail(parseFlags(PS_FLAGS, ["-ax"]))).toBe("unknown shorthand flag: 'x' in -x");
    expect(fail(parseFlags(PS_FLAGS, ["-xa"]))).toBe("unknown shorthand flag: 'x' in -xa");
    expect(fail(parseFlags(PS_FLAGS, ["-aqxs"]))).toBe("unknown shorthand flag: 'x' in -xs");
  });

  it("a bool shorthand followed by a bare = leaves = as the next shorthand", () => {
    expect(fail(parseFlags(PS_FLAGS, ["-a="]))).toBe("unknown shorthand flag: '=' in -=");
  });

  it("quotes odd shorthand bytes the way Go's %q does", () => {
    expect(fail(parseFlags(PS_FLAGS, ["-'"]))).toBe("unknown shorthand flag: '\\'' in -'");
    expect(fail(parseFlags(PS_FLAGS, ["-\\"]))).toBe("unknown shorthand flag: '\\\\' in -\\");
  });

  it("missing values", () => {
    expect(fail(parseFlags(PS_FLAGS, ["--format"]))).toBe("flag needs an argument: --format");
    expect(fail(parseFlags(PS_FLAGS, ["-n"]))).toBe("flag needs an argument: 'n' in -n");
    expect(fail(parseFlags(PS_FLAGS, ["-an"]))).toBe("flag needs an argument: 'n' in -n");
  });

  it("-n= gives the int flag the value \"=\" (len(shorthands) > 2 is needed for -f=value)", () => {
    expect(fail(parseFlags(PS_FLAGS, ["-n="]))).toBe(
      'invalid argument "=" for "-n, --last" flag: strconv.ParseInt: parsing "=": invalid syntax',
    );
  });

  it("bad flag syntax", () => {
    expect(fail(parseFlags(PS_FLAGS, ["---all"]))).toBe("bad flag syntax: ---all");
    expect(fail(parseFlags(PS_FLAGS, ["--=x"]))).toBe("bad flag syntax: --=x");
  });

  it("invalid ints", () => {
    const err = (v: string) => fail(parseFlags(PS_FLAGS, ["--last", v]));
    expect(err("abc")).toBe('invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax');
    expect(err("1.5")).toBe('invalid argument "1.5" for "-n, --last" flag: strconv.ParseInt: parsing "1.5": invalid syntax');
    expect(err("")).toBe('invalid argument "" for "-n, --last" flag: strconv.ParseInt: parsing "": invalid syntax');
    expect(err("08")).toBe('invalid argument "08" for "-n, --last" flag: strconv.ParseInt: parsing "08": invalid syntax');
    expect(err("1__0")).toContain("invalid syntax");
    expect(err("_1")).toContain("invalid syntax");
    expect(err("1_")).toContain("invalid syntax");
    expect(err("0x")).toContain("invalid syntax");
    expect(err("99999999999999999999")).toBe(
      'invalid argument "99999999999999999999" for "-n, --last" flag: strconv.ParseInt: parsing "99999999999999999999": value out of range',
    );
    expect(err("9223372036854775808")).toContain("value out of range");
  });

  it("invalid bools", () => {
    expect(fail(parseFlags(PS_FLAGS, ["--all=yes"]))).toBe(
      'invalid argument "yes" for "-a, --all" flag: strconv.ParseBool: parsing "yes": invalid syntax',
    );
    expect(fail(parseFlags(PS_FLAGS, ["--no-trunc=2"]))).toBe(
      'invalid argument "2" for "--no-trunc" flag: strconv.ParseBool: parsing "2": invalid syntax',
    );
    expect(fail(parseFlags(PS_FLAGS, ["--all="]))).toBe(
      'invalid argument "" for "-a, --all" flag: strconv.ParseBool: parsing "": invalid syntax',
    );
  });

  it("quotes values with Go's %q", () => {
    expect(fail(parseFlags(PS_FLAGS, ["--last", 'a"b\\c\n']))).toBe(
      'invalid argument "a\\"b\\\\c\\n" for "-n, --last" flag: strconv.ParseInt: parsing "a\\"b\\\\c\\n": invalid syntax',
    );
  });

  it("stops at the first error", () => {
    expect(fail(parseFlags(PS_FLAGS, ["--bogus", "-x"]))).toBe("unknown flag: --bogus");
  });
});

describe("formatFlagUsages", () => {
  it("matches docker ps --help's Options block", () => {
    expect(formatFlagUsages(PS_FLAGS)).toBe(
      [
        "  -a, --all             Show all containers (default shows just running)",
        "  -f, --filter filter   Filter output based on conditions provided",
        "      --format string   Format output using a custom template:",
        "                        'table':            Print output in table format with column headers (default)",
        "                        'table TEMPLATE':   Print output in table format using the given Go template",
        "                        'json':             Print in JSON format",
        "                        'TEMPLATE':         Print output using the given Go template.",
        "                        Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates",
        "  -n, --last int        Show n last created containers (includes all states) (default -1)",
        "  -l, --latest          Show the latest created container (includes all states)",
        "      --no-trunc        Don't truncate output",
        "  -q, --quiet           Only display container IDs",
        "  -s, --size            Display total file sizes",
      ].join("\n"),
    );
  });

  it("sorts by name, hides hidden flags and aligns three spaces after the longest head", () => {
    const out = formatFlagUsages([
      { name: "zeta", kind: "bool", usage: "Z" },
      { name: "alpha", short: "a", kind: "string", usage: "A", valueName: "name" },
      { name: "secret", kind: "bool", usage: "S", hidden: true },
    ]);
    expect(out).toBe("  -a, --alpha name   A\n      --zeta         Z");
  });

  it("is empty without visible flags", () => {
    expect(formatFlagUsages([{ name: "x", kind: "bool", usage: "", hidden: true }])).toBe("");
  });
});

describe("parseFlags properties", () => {
  const piece = fc.constantFrom("-", "--", "=", "a", "q", "n", "f", "x", "h", "5", "all", "last", "format", "filter", "help", " ", "'", "é", "0x", "_");
  const arg = fc.oneof(
    fc.array(piece, { maxLength: 5 }).map((p) => p.join("")),
    fc.string({ maxLength: 8 }),
    fc.string({ maxLength: 6 }).map((s) => "-" + s),
    fc.string({ maxLength: 6 }).map((s) => "--" + s),
  );
  const argv = fc.array(arg, { maxLength: 8 });

  it("never throws; every failure is { ok: false, error: string } with a pflag wording", () => {
    fc.assert(
      fc.property(argv, fc.boolean(), fc.constantFrom(PS_FLAGS, RUN_FLAGS), (args, interspersed, specs) => {
        const result = parseFlags(specs, args, interspersed);
        if (result.ok) {
          expect(Array.isArray(result.args)).toBe(true);
          for (const a of result.args) expect(args).toContain(a);
          expect(typeof result.help).toBe("boolean");
        } else {
          expect(Object.keys(result).sort()).toEqual(["error", "ok"]);
          expect(typeof result.error).toBe("string");
          expect(result.error).toMatch(
            /^(unknown flag: --|unknown shorthand flag: '|flag needs an argument: |invalid argument "|bad flag syntax: )/,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("returns plain positionals untouched", () => {
    const positional = fc.string({ maxLength: 10 }).filter((s) => !s.startsWith("-") || s === "-");
    fc.assert(
      fc.property(fc.array(positional, { maxLength: 6 }), fc.boolean(), (args, interspersed) => {
        const r = ok(parseFlags(PS_FLAGS, args, interspersed));
        expect(r.args).toEqual(args);
        expect(r.flags).toEqual({});
      }),
      { numRuns: 1000 },
    );
  });

  it("round-trips --name=value for any string value", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (value) => {
        expect(ok(parseFlags(PS_FLAGS, [`--format=${value}`])).flags.format).toBe(value);
        expect(ok(parseFlags(PS_FLAGS, ["--format", value])).flags.format).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
