/**
 * The subset of Go's text/template that docker's `--format` accepts in
 * practice: `{{.Field}}`, `{{.A.B}}`, `{{json .}}`, pipelines (`{{.Names | upper}}`)
 * and docker's template functions `json split join title lower upper pad
 * truncate println` (docker/cli: templates/templates.go). `if`/`range` are not
 * supported (Simplification: learners rarely use them; they get Go's error).
 */

/** The value a template sees for `.`: field name to value, in display order. */
export type TemplateData = Record<string, unknown>;

type Node = { kind: "text"; text: string } | { kind: "action"; source: string; col: number };

/** A template that failed to parse or execute, with Go's wording. */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

function splitTemplate(template: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{{", i);
    if (open < 0) {
      nodes.push({ kind: "text", text: template.slice(i) });
      break;
    }
    if (open > i) nodes.push({ kind: "text", text: template.slice(i, open) });
    const close = template.indexOf("}}", open + 2);
    if (close < 0) throw new TemplateError(`template: :1: unclosed action`);
    let source = template.slice(open + 2, close);
    // {{- and -}} trim markers
    if (source.startsWith("- ")) source = source.slice(2);
    if (source.endsWith(" -")) source = source.slice(0, -2);
    nodes.push({ kind: "action", source: source.trim(), col: open + 2 });
    i = close + 2;
  }
  return nodes;
}

function tokenizeAction(source: string): string[] {
  const tokens: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||[^\s|]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) !== null) tokens.push(m[1] as string);
  return tokens;
}

const FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  json: (v) => JSON.stringify(v ?? null),
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  title: (v) => String(v).replace(/\b\w/g, (c) => c.toUpperCase()),
  split: (v, sep) => String(v).split(String(sep)),
  join: (v, sep) => (Array.isArray(v) ? v.join(String(sep)) : String(v)),
  pad: (v, left, right) => " ".repeat(Number(left)) + String(v) + " ".repeat(Number(right)),
  truncate: (v, n) => {
    const s = String(v);
    return s.length > Number(n) ? s.slice(0, Number(n)) : s;
  },
  println: (...vs) => vs.map(String).join(" ") + "\n",
};

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return "<no value>";
  if (Array.isArray(value)) return `[${value.map(formatValue).join(" ")}]`;
  if (typeof value === "object") return `map[${Object.entries(value).map(([k, v]) => `${k}:${formatValue(v)}`).join(" ")}]`;
  return String(value);
}

/** A parsed `--format` template, checked for unknown functions when created (as Go's Parse does). */
export class FormatTemplate {
  private readonly nodes: Node[];

  constructor(
    template: string,
    private readonly typeName: string,
  ) {
    this.nodes = splitTemplate(template);
    for (const node of this.nodes) {
      if (node.kind !== "action") continue;
      for (const token of tokenizeAction(node.source)) {
        if (/^[A-Za-z]\w*$/.test(token) && !(token in FUNCTIONS)) {
          throw new TemplateError(`template: :1: function "${token}" not defined`);
        }
      }
    }
  }

  private evalOperand(token: string, data: TemplateData, col: number): unknown {
    if (token === ".") return data;
    if (token.startsWith(".")) {
      let value: unknown = data;
      for (const field of token.slice(1).split(".")) {
        if (value === null || typeof value !== "object" || !(field in (value as object))) {
          throw new TemplateError(
            `template: :1:${col}: executing "" at <${token}>: can't evaluate field ${field} in type ${this.typeName}`,
          );
        }
        value = (value as Record<string, unknown>)[field];
      }
      return value;
    }
    if (token.startsWith('"')) return JSON.parse(token) as string;
    if (token.startsWith("`")) return token.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    return token;
  }

  private evalAction(source: string, data: TemplateData, col: number): unknown {
    const commands: string[][] = [[]];
    for (const token of tokenizeAction(source)) {
      if (token === "|") commands.push([]);
      else (commands[commands.length - 1] as string[]).push(token);
    }
    let piped: unknown;
    let first = true;
    for (const command of commands) {
      const [head, ...rest] = command;
      if (head === undefined) throw new TemplateError(`template: :1: missing value for command`);
      const fn = FUNCTIONS[head];
      if (fn) {
        const args = rest.map((t) => this.evalOperand(t, data, col));
        if (!first) args.push(piped);
        piped = fn(...args);
      } else {
        piped = this.evalOperand(head, data, col);
      }
      first = false;
    }
    return piped;
  }

  /** Renders the template for one item. */
  execute(data: TemplateData): string {
    return this.nodes
      .map((node) => (node.kind === "text" ? node.text : formatValue(this.evalAction(node.source, data, node.col))))
      .join("");
  }
}

/** docker's `--format` keywords: `table [TEMPLATE]`, `json`, or a template (docker/cli: cli/command/formatter/formatter.go). */
export interface ParsedFormat {
  table: boolean;
  /** The Go template for one row, or undefined for the command's default. */
  template: string | undefined;
}

/**
 * Interprets a `--format` value the way docker/cli's formatter does: `table`
 * prefix, `json` → `{{json .}}`, literal `\t` and `\n` become tab and newline.
 */
export function parseFormatOption(format: string | undefined): ParsedFormat {
  if (format === undefined || format === "") return { table: true, template: undefined };
  const unescaped = format.replace(/\\t/g, "\t").replace(/\\n/g, "\n");
  if (unescaped === "json") return { table: false, template: "{{json .}}" };
  if (unescaped.startsWith("table")) {
    const rest = unescaped.slice("table".length).trim();
    return { table: true, template: rest === "" ? undefined : rest };
  }
  return { table: false, template: unescaped };
}
