/** One step of a JSONPath expression (client-go util/jsonpath's node kinds, the subset kubectl users type). */
type Step = { kind: "field"; name: string } | { kind: "all" } | { kind: "index"; index: number } | { kind: "filter"; path: Step[]; op: "==" | "!="; value: string } | { kind: "recursive" };

/** A parsed template: literal text, path expressions (printed space-separated) and range/end blocks. */
export type TemplateNode = { kind: "text"; text: string } | { kind: "path"; steps: Step[] } | { kind: "range"; steps: Step[]; body: TemplateNode[] };

export type ParsedTemplate = { ok: true; nodes: TemplateNode[] } | { ok: false; error: string };

function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => ({ n: "\n", t: "\t", r: "\r" })[c] ?? c);
}

/** Reads `.a.b[0][*]['k'][?(@.x=="y")]` into steps, or an error in client-go's words. */
export function parsePath(text: string): { ok: true; steps: Step[] } | { ok: false; error: string } {
  const steps: Step[] = [];
  let i = text.startsWith("$") ? 1 : 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      if (text[i + 1] === ".") {
        steps.push({ kind: "recursive" });
        i += 2;
        continue;
      }
      const m = /^[A-Za-z0-9_\-/$]*|^\*/.exec(text.slice(i + 1));
      const name = m?.[0] ?? "";
      if (name === "*") steps.push({ kind: "all" });
      else if (name !== "") steps.push({ kind: "field", name });
      i += 1 + name.length;
      continue;
    }
    if (c === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) return { ok: false, error: "unclosed array expect ]" };
      let inner = text.slice(i + 1, close).trim();
      if (inner.startsWith("?(")) {
        let end = close;
        while (end < text.length && !text.slice(i, end + 1).endsWith(")]")) end = text.indexOf("]", end + 1) < 0 ? text.length : text.indexOf("]", end + 1);
        if (end >= text.length) return { ok: false, error: "unclosed array expect ]" };
        inner = text.slice(i + 3, end - 1).trim();
        const f = /^@((?:\.[A-Za-z0-9_\-/]+)+)\s*(==|!=)\s*(?:"([^"]*)"|'([^']*)'|([^\s)]+))$/.exec(inner);
        if (!f) return { ok: false, error: `unrecognized filter ${inner}` };
        const sub = parsePath(f[1] as string);
        if (!sub.ok) return sub;
        steps.push({ kind: "filter", path: sub.steps, op: f[2] as "==" | "!=", value: f[3] ?? f[4] ?? f[5] ?? "" });
        i = end + 1;
        continue;
      }
      if (inner === "*") steps.push({ kind: "all" });
      else if (/^-?\d+$/.test(inner)) steps.push({ kind: "index", index: Number(inner) });
      else if (/^'[^']*'$|^"[^"]*"$/.test(inner)) steps.push({ kind: "field", name: inner.slice(1, -1) });
      else return { ok: false, error: `invalid array index ${inner}` };
      i = close + 1;
      continue;
    }
    return { ok: false, error: `unrecognized character in action: U+${(c as string).codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")} '${c}'` };
  }
  return { ok: true, steps };
}

/**
 * Parses a kubectl `-o jsonpath=` template (client-go util/jsonpath
 * parser.go): text outside braces is literal; `{.path}`, `{"quoted\n"}`,
 * `{range .items[*]}…{end}`.
 * Simplification: no slices `[a:b]`, unions `[a,b]`, or filters beyond `==`/`!=`.
 */
export function parseJsonPathTemplate(template: string): ParsedTemplate {
  const stack: TemplateNode[][] = [[]];
  const ranges: Extract<TemplateNode, { kind: "range" }>[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    const top = stack[stack.length - 1] as TemplateNode[];
    if (open < 0) {
      top.push({ kind: "text", text: template.slice(i) });
      break;
    }
    if (open > i) top.push({ kind: "text", text: template.slice(i, open) });
    let j = open + 1;
    let quote = "";
    for (; j < template.length; j++) {
      const ch = template[j];
      if (quote) {
        if (ch === "\\") j++;
        else if (ch === quote) quote = "";
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === "}") break;
    }
    if (j >= template.length) return { ok: false, error: "unclosed action" };
    const action = template.slice(open + 1, j).trim();
    i = j + 1;
    if (action === "end") {
      if (ranges.length === 0) return { ok: false, error: "not in range, nothing to end" };
      ranges.pop();
      stack.pop();
    } else if (action.startsWith("range ") || action === "range") {
      const path = parsePath(action.slice(5).trim());
      if (!path.ok) return path;
      const node: Extract<TemplateNode, { kind: "range" }> = { kind: "range", steps: path.steps, body: [] };
      top.push(node);
      ranges.push(node);
      stack.push(node.body);
    } else if (/^"(?:[^"\\]|\\.)*"$|^'[^']*'$/.test(action)) top.push({ kind: "text", text: unquote(action) });
    else {
      const path = parsePath(action);
      if (!path.ok) return path;
      top.push({ kind: "path", steps: path.steps });
    }
  }
  return { ok: true, nodes: stack[0] as TemplateNode[] };
}

function children(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v !== null && typeof v === "object") return Object.values(v);
  return [];
}

/** Every value a path reaches from `root` (missing keys give nothing: kubectl's allowMissingKeys). */
export function calculatePathValues(root: unknown, steps: readonly Step[]): unknown[] {
  let current: unknown[] = [root];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (step.kind === "field") {
        if (v !== null && typeof v === "object" && !Array.isArray(v) && Object.hasOwn(v, step.name)) next.push((v as Record<string, unknown>)[step.name]);
      } else if (step.kind === "all") next.push(...children(v));
      else if (step.kind === "index") {
        if (Array.isArray(v)) {
          const at = step.index < 0 ? v.length + step.index : step.index;
          if (at >= 0 && at < v.length) next.push(v[at]);
        }
      } else if (step.kind === "filter") {
        for (const item of children(v)) {
          const got = calculatePathValues(item, step.path).map(formatJsonPathValue);
          if (step.op === "==" ? got.includes(step.value) : got.length > 0 && !got.includes(step.value)) next.push(item);
        }
      } else {
        const walk = (x: unknown): void => {
          next.push(x);
          for (const c of children(x)) walk(c);
        };
        walk(v);
      }
    }
    current = next;
  }
  return current;
}

/** A value as jsonpath prints it: strings raw, everything else as compact JSON (client-go evalToText). */
export function formatJsonPathValue(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v) ?? "";
}

/** Runs a parsed template against a value (client-go JSONPath.Execute). */
export function formatJsonPath(nodes: readonly TemplateNode[], root: unknown): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") out += node.text;
    else if (node.kind === "path") out += calculatePathValues(root, node.steps).map(formatJsonPathValue).join(" ");
    else for (const item of calculatePathValues(root, node.steps).flatMap((v) => (Array.isArray(v) ? v : [v]))) out += formatJsonPath(node.body, item);
  }
  return out;
}
