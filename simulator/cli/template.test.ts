import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FormatTemplate, parseFormatOption, TemplateError, type TemplateData } from "./template";

// Expected texts follow Go's text/template (parse and exec errors) and docker/cli's
// templates.go functions and formatter.go preFormat.
const TYPE = "*formatter.ContainerContext";
const ITEM: TemplateData = {
  ID: "4c01db0b339c",
  Image: "nginx:latest",
  Names: "web",
  Ports: ["80/tcp", "443/tcp"],
  Labels: { app: "demo" },
  Size: 0,
  Running: true,
};

function render(template: string, data: TemplateData = ITEM): string {
  return new FormatTemplate(template, TYPE).execute(data);
}

function errorOf(fn: () => unknown): TemplateError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError);
    return error as TemplateError;
  }
  throw new Error("expected a TemplateError");
}

describe("FormatTemplate: rendering", () => {
  it("prints fields and the text around them", () => {
    expect(render("{{.ID}}")).toBe("4c01db0b339c");
    expect(render("id={{.ID}} name={{.Names}}!")).toBe("id=4c01db0b339c name=web!");
    expect(render("{{ .ID }}")).toBe("4c01db0b339c");
    expect(render("no actions")).toBe("no actions");
    expect(render("")).toBe("");
  });

  it("prints other values the way Go's fmt does", () => {
    expect(render("{{.Size}} {{.Running}}")).toBe("0 true");
    expect(render("{{.Ports}}")).toBe("[80/tcp 443/tcp]");
    expect(render("{{.Labels}}")).toBe("map[app:demo]");
  });

  it("walks nested fields", () => {
    expect(render("{{.Labels.app}}")).toBe("demo");
  });

  it("{{json .}} encodes the whole item and {{json .Field}} one value", () => {
    expect(JSON.parse(render("{{json .}}"))).toEqual(ITEM);
    expect(render("{{json .Names}}")).toBe('"web"');
    expect(render("{{json .Labels}}")).toBe('{"app":"demo"}');
    expect(render("{{json .Ports}}")).toBe('["80/tcp","443/tcp"]');
  });

  it("runs docker's template functions, called or piped", () => {
    expect(render("{{upper .Names}}")).toBe("WEB");
    expect(render("{{.Names | upper}}")).toBe("WEB");
    expect(render("{{.Image | upper | lower}}")).toBe("nginx:latest");
    expect(render("{{title .Names}}")).toBe("Web");
    expect(render("{{join .Ports \", \"}}")).toBe("80/tcp, 443/tcp");
    expect(render('{{split .Image ":"}}')).toBe("[nginx latest]");
    expect(render("{{truncate .ID 4}}")).toBe("4c01");
    expect(render("{{truncate .Names 10}}")).toBe("web");
    expect(render("{{pad .Names 1 2}}|")).toBe(" web  |");
    expect(render("{{println .Names}}")).toBe("web\n");
  });

  it("reads Go string literals, raw strings and escapes", () => {
    expect(render('{{"a\\tb"}}')).toBe("a\tb");
    expect(render('{{"\\x41\\u00e9\\101"}}')).toBe("AéA");
    expect(render("{{`raw \\n`}}")).toBe("raw \\n");
    expect(render('{{"a|b"}}')).toBe("a|b");
  });
});

describe("FormatTemplate: errors", () => {
  it("rejects unknown functions when parsing, with Go's text", () => {
    expect(errorOf(() => new FormatTemplate("{{foo .ID}}", TYPE)).message).toBe('template: :1: function "foo" not defined');
    expect(errorOf(() => new FormatTemplate("{{.ID | bogus}}", TYPE)).message).toBe('template: :1: function "bogus" not defined');
  });

  it("does not mistake Object.prototype members for functions", () => {
    expect(errorOf(() => new FormatTemplate("{{toString .ID}}", TYPE)).message).toBe(
      'template: :1: function "toString" not defined',
    );
    expect(errorOf(() => new FormatTemplate("{{constructor}}", TYPE)).message).toBe(
      'template: :1: function "constructor" not defined',
    );
  });

  it("reports unknown fields when executing, like Go on a struct", () => {
    const template = new FormatTemplate("{{.Foo}}", TYPE);
    expect(errorOf(() => template.execute(ITEM)).message).toBe(
      `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type ${TYPE}`,
    );
  });

  it("does not see Object.prototype members as fields", () => {
    for (const field of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      const template = new FormatTemplate(`{{.${field}}}`, TYPE);
      expect(errorOf(() => template.execute(ITEM)).message).toContain(`can't evaluate field ${field}`);
    }
  });

  it("rejects an unclosed action", () => {
    expect(errorOf(() => new FormatTemplate("{{.ID", TYPE)).message).toBe("template: :1: unclosed action");
  });

  it("rejects empty commands when parsing", () => {
    expect(errorOf(() => new FormatTemplate("{{}}", TYPE)).message).toBe("template: :1: missing value for command");
    expect(errorOf(() => new FormatTemplate("{{.ID | }}", TYPE)).message).toBe("template: :1: missing value for command");
    expect(errorOf(() => new FormatTemplate("{{| upper}}", TYPE)).message).toBe("template: :1: missing value for command");
  });

  it("rejects bad string literals when parsing", () => {
    expect(errorOf(() => new FormatTemplate('{{"abc}}', TYPE)).message).toBe("template: :1: unterminated quoted string");
    expect(errorOf(() => new FormatTemplate('{{"\\q"}}', TYPE)).message).toBe("template: :1: invalid syntax");
    expect(errorOf(() => new FormatTemplate("{{`abc}}", TYPE)).message).toBe("template: :1: unterminated raw quoted string");
  });

  it("turns a failing function call into a TemplateError (text/template recovers the panic)", () => {
    const template = new FormatTemplate("{{pad .Names -1 0}}", TYPE);
    expect(errorOf(() => template.execute(ITEM)).message).toMatch(/^template: :1:2: executing "" at <pad \.Names -1 0>: error calling pad: /);
  });
});

describe("parseFormatOption (formatter.go preFormat)", () => {
  it("uses the default table for no format or plain `table`", () => {
    expect(parseFormatOption(undefined)).toEqual({ table: true, template: undefined });
    expect(parseFormatOption("")).toEqual({ table: true, template: undefined });
    expect(parseFormatOption("table")).toEqual({ table: true, template: undefined });
  });

  it("strips the table prefix and turns literal \\t and \\n into tab and newline", () => {
    expect(parseFormatOption("table {{.ID}}\\t{{.Image}}")).toEqual({ table: true, template: "{{.ID}}\t{{.Image}}" });
    expect(parseFormatOption("{{.ID}}\\n{{.Names}}")).toEqual({ table: false, template: "{{.ID}}\n{{.Names}}" });
  });

  it("maps json to {{json .}}", () => {
    expect(parseFormatOption("json")).toEqual({ table: false, template: "{{json .}}" });
  });

  it("trims spaces only, before unescaping (strings.Trim(f, \" \"))", () => {
    expect(parseFormatOption("  {{.ID}}  ")).toEqual({ table: false, template: "{{.ID}}" });
    expect(parseFormatOption("table\\t{{.ID}}")).toEqual({ table: true, template: "\t{{.ID}}" });
    expect(parseFormatOption("{{.ID}}\\t")).toEqual({ table: false, template: "{{.ID}}\t" });
  });

  it("keeps a real tab that follows `table`", () => {
    expect(parseFormatOption("table\t{{.ID}}")).toEqual({ table: true, template: "\t{{.ID}}" });
  });
});

describe("FormatTemplate properties", () => {
  const fragment = fc.constantFrom(
    "{{", "}}", ".", ".ID", ".Names", ".Foo", ".Labels.app", "json", "upper", "lower", "title", "split", "join",
    "pad", "truncate", "println", "printf", "|", " ", '"', '"x"', "`", "\\", "\\x", "-", "-1", "3", "{{-", "-}}",
    "toString", "constructor", "__proto__", "\n", "table",
  );
  const template = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join("")),
    fc.array(fragment, { maxLength: 8 }).map((parts) => `{{${parts.join(" ")}}}`),
  );

  it("throws nothing but TemplateError, when parsing or executing", () => {
    fc.assert(
      fc.property(template, (source) => {
        let parsed: FormatTemplate;
        try {
          parsed = new FormatTemplate(source, TYPE);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
          return;
        }
        try {
          expect(typeof parsed.execute(ITEM)).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("copies text without actions verbatim", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((s) => !s.includes("{{")), (text) => {
        expect(render(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("renders any field value verbatim through {{.Field}}", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        expect(render("[{{.Names}}]", { ...ITEM, Names: value })).toBe(`[${value}]`);
      }),
      { numRuns: 1000 },
    );
  });

  it("parseFormatOption never throws and always yields a string or the default", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (format) => {
        const parsed = parseFormatOption(format);
        expect(typeof parsed.table).toBe("boolean");
        if (parsed.template !== undefined) expect(parsed.template).not.toMatch(/\\t|\\n/);
      }),
      { numRuns: 1000 },
    );
  });
});
