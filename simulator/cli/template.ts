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

/**
 * A Go interpreted string literal, as strconv.Unquote reads it: \a \b \f \n
 * \r \t \v \\ \" \xHH \ooo \uHHHH \UHHHHHHHH. Go's parser reports a bad one
 * as "unterminated quoted string" or "invalid syntax".
 */
function parseGoString(token: string): string {
  if (token.length < 2 || !token.endsWith('"')) throw new TemplateError(`template: :1: unterminated quoted string`);
  const body = token.slice(1, -1);
  const simple: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"' };
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '"' || c === "\n") throw new TemplateError(`template: :1: unterminated quoted string`);
    if (c !== "\\") {
      out += c;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) throw new TemplateError(`template: :1: unterminated quoted string`);
    if (Object.hasOwn(simple, e)) {
      out += simple[e];
      i++;
      continue;
    }
    const hex = { x: 2, u: 4, U: 8 }[e as "x" | "u" | "U"] as number | undefined;
    if (hex !== undefined) {
      const digits = body.slice(i + 2, i + 2 + hex);
      if (!new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) throw new TemplateError(`template: :1: invalid syntax`);
      const cp = parseInt(digits, 16);
      if (cp > 0x10ffff || (e !== "x" && cp >= 0xd800 && cp <= 0xdfff)) throw new TemplateError(`template: :1: invalid syntax`);
      out += e === "x" ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      i += 1 + hex;
      continue;
    }
    const octal = body.slice(i + 1, i + 4);
    if (/^[0-7]{3}$/.test(octal) && parseInt(octal, 8) <= 255) {
      out += String.fromCharCode(parseInt(octal, 8));
      i += 3;
      continue;
    }
    throw new TemplateError(`template: :1: invalid syntax`);
  }
  return out;
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
  /** Each action's commands (tokens split at `|`), tokenized once here rather than for every item rendered. */
  private readonly commands = new Map<string, string[][]>();
  /** `.A.B` operands split into their fields once. */
  private readonly fieldPaths = new Map<string, string[]>();

  constructor(
    template: string,
    private readonly typeName: string,
  ) {
    this.nodes = splitTemplate(template);
    for (const node of this.nodes) {
      if (node.kind !== "action") continue;
      const tokens = tokenizeAction(node.source);
      // Go's parser rejects `{{}}` and `{{.A | }}`: "missing value for command".
      if (tokens.length === 0 || tokens[0] === "|" || tokens[tokens.length - 1] === "|" || tokens.some((t, k) => t === "|" && tokens[k + 1] === "|")) {
        throw new TemplateError(`template: :1: missing value for command`);
      }
      for (const token of tokens) {
        if (/^[A-Za-z]\w*$/.test(token) && !Object.hasOwn(FUNCTIONS, token)) {
          throw new TemplateError(`template: :1: function "${token}" not defined`);
        }
        if (token.startsWith('"')) parseGoString(token);
        if (token.startsWith("`") && (token.length < 2 || !token.endsWith("`"))) {
          throw new TemplateError(`template: :1: unterminated raw quoted string`);
        }
      }
    }
  }

  private evalOperand(token: string, data: TemplateData, col: number): unknown {
    if (token === ".") return data;
    if (token.startsWith(".")) {
      let value: unknown = data;
      let fields = this.fieldPaths.get(token);
      if (!fields) this.fieldPaths.set(token, (fields = token.slice(1).split(".")));
      for (const field of fields) {
        if (value === null || typeof value !== "object" || !Object.hasOwn(value, field)) {
          throw new TemplateError(
            `template: :1:${col}: executing "" at <${token}>: can't evaluate field ${field} in type ${this.typeName}`,
          );
        }
        value = (value as Record<string, unknown>)[field];
      }
      return value;
    }
    if (token.startsWith('"')) return parseGoString(token);
    if (token.startsWith("`")) return token.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
    return token;
  }

  private evalAction(source: string, data: TemplateData, col: number): unknown {
    let commands = this.commands.get(source);
    if (!commands) {
      commands = [[]];
      for (const token of tokenizeAction(source)) {
        if (token === "|") commands.push([]);
        else (commands[commands.length - 1] as string[]).push(token);
      }
      this.commands.set(source, commands);
    }
    let piped: unknown;
    let first = true;
    for (const command of commands) {
      const [head, ...rest] = command;
      if (head === undefined) throw new TemplateError(`template: :1: missing value for command`);
      const fn = Object.hasOwn(FUNCTIONS, head) ? FUNCTIONS[head] : undefined;
      if (fn) {
        const args = rest.map((t) => this.evalOperand(t, data, col));
        if (!first) args.push(piped);
        try {
          piped = fn(...args);
        } catch (error) {
          // text/template's safeCall turns a panic into "error calling NAME: …".
          const reason = error instanceof Error ? error.message : String(error);
          throw new TemplateError(`template: :1:${col}: executing "" at <${command.join(" ")}>: error calling ${head}: ${reason}`);
        }
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
  // formatter.go preFormat: strip `table`, strings.Trim(" ") (spaces only), then `\t`/`\n` → tab/newline.
  const unescape = (text: string): string => text.replace(/^ +| +$/g, "").replace(/\\t/g, "\t").replace(/\\n/g, "\n");
  if (format === "json") return { table: false, template: "{{json .}}" };
  if (format.startsWith("table")) {
    const rest = unescape(format.slice("table".length));
    return { table: true, template: rest === "" ? undefined : rest };
  }
  return { table: false, template: unescape(format) };
}
