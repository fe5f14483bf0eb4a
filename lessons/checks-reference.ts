import { z } from "zod";
import { stringify as toYaml } from "yaml";
import { PREDICATES, type PredicateSource } from "@/simulator";

interface JsonSchemaProperty {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
  anyOf?: JsonSchemaProperty[];
}

const SOURCES: Record<PredicateSource, string> = {
  workspace: "Workspace files",
  dockerfile: "Dockerfile (parsed, and its lint)",
  build: "Build records",
  image: "Images and their layers",
  container: "Containers",
  registry: "Registries",
  volume: "Volumes",
  network: "Networks",
  http: "HTTP on published ports",
  kubernetes: "Kubernetes objects",
  compose: "Compose projects",
  history: "Command history",
  quiz: "Quiz answers",
};

function describeType(p: JsonSchemaProperty): string {
  if (p.enum) return p.enum.map((v) => `\`${String(v)}\``).join(" \\| ");
  if (p.type === "array") return `list of ${p.items ? describeType(p.items) : "values"}`;
  if (p.type === "object") return "object";
  if (p.anyOf) return p.anyOf.map(describeType).join(" or ");
  return Array.isArray(p.type) ? p.type.join(" or ") : (p.type ?? "value");
}

/**
 * The check vocabulary reference (lessons/CHECKS.md), generated from the
 * predicates' zod schemas so it cannot drift from what the grader accepts.
 */
export function formatChecksReference(): string {
  const out: string[] = [
    "# Check vocabulary",
    "",
    "Generated from the predicates' schemas (simulator/grader/checks/) by `npm run lessons:check -- --write`. Do not edit.",
    "",
    "Every check in a `checks.yaml` has `id` (lower-case words joined by `-`), `title`, and optionally `points` (default 1),",
    "`hints` (up to three, shown one at a time while the check fails) and `failMessage`, plus one predicate: a `kind` below",
    "with its parameters, or a combinator:",
    "",
    "- `kind: all` with `of: [predicates]`: every one holds;",
    "- `kind: any` with `of: [predicates]`: at least one holds;",
    "- `kind: not` with `of: predicate`: it does not hold.",
    "",
    `There are ${PREDICATES.length} predicates.`,
    "",
  ];
  for (const [source, heading] of Object.entries(SOURCES)) {
    const defs = PREDICATES.filter((p) => p.source === source);
    if (defs.length === 0) continue;
    out.push(`## ${heading}`, "");
    for (const def of defs) {
      out.push(`### \`${def.kind}\``, "", def.summary, "");
      const json = z.toJSONSchema(def.schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, JsonSchemaProperty>; required?: string[] };
      const rows = Object.entries(json.properties ?? {}).filter(([name]) => name !== "kind");
      if (rows.length > 0) {
        out.push("| parameter | type | required | meaning |", "| --- | --- | --- | --- |");
        for (const [name, p] of rows) {
          const required = (json.required ?? []).includes(name) && p.default === undefined ? "yes" : p.default !== undefined ? `no (default \`${JSON.stringify(p.default)}\`)` : "no";
          out.push(`| \`${name}\` | ${describeType(p)} | ${required} | ${(p.description ?? "").replace(/\|/g, "\\|")} |`);
        }
        out.push("");
      }
      out.push("```yaml", toYaml([{ id: "example", title: "Example", kind: def.kind, ...def.example }]).trimEnd(), "```", "");
    }
  }
  return out.join("\n");
}
