import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDockerfile } from "@/simulator/dockerfile";
import { lintDockerfile, RULES_BY_CODE, type LabelType, type LintConfig } from "@/simulator/dockerfile/lint";

/**
 * hadolint's own rule tests (good/bad snippets per DL rule), read in place
 * from ../shared/corpus/hadolint (GPL-3.0 test data: never copied into this
 * repository). Each case is run as the corpus README says: the snippet plus
 * "\n", RUN wrapped as ONBUILD RUN when `onbuild`, with the case's config;
 * the number of findings with the rule's code must be ≥ 1 (or exactly
 * `exactCount`) when `triggers`, else 0.
 */
const DIR = path.resolve(__dirname, "../../../shared/corpus/hadolint");

interface CorpusCase {
  dockerfile: string;
  triggers: boolean;
  exactCount: number | null;
  onbuild: boolean;
  config?: { trustedRegistries?: string[]; "label-schema"?: Record<string, LabelType>; "strict-labels"?: boolean };
}

interface CorpusFile {
  rule: string;
  severity: string;
  cases: CorpusCase[];
}

/** Prefixes the first line of every RUN instruction with `ONBUILD `. */
function wrapOnbuild(text: string): string {
  const lines = text.split("\n");
  try {
    for (const node of parseDockerfile(text).instructions) {
      if (node.keyword.toUpperCase() === "RUN") lines[node.startLine - 1] = (lines[node.startLine - 1] ?? "").replace(/^(\s*)/, "$1ONBUILD ");
    }
  } catch {
    return text;
  }
  return lines.join("\n");
}

function configFor(rule: string, c: CorpusCase): LintConfig {
  const config: LintConfig = { ...c.config };
  // DL1001 and DL3057 are off by default in hadolint; its tests check them directly, so switch the rule on.
  if (RULES_BY_CODE.get(rule)?.severity === "ignore") config.override = { info: [rule] };
  return config;
}

const files: CorpusFile[] = fs
  .readdirSync(path.join(DIR, "cases"))
  .filter((f) => /^DL\d+\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, "cases", f), "utf8")) as CorpusFile);

const table: { rule: string; cases: number; agree: number }[] = [];

describe("hadolint corpus", () => {
  for (const file of files) {
    if (!RULES_BY_CODE.has(file.rule)) continue;
    it(`${file.rule}: every case agrees`, () => {
      const failures: string[] = [];
      for (const c of file.cases) {
        const text = (c.onbuild ? wrapOnbuild(c.dockerfile) : c.dockerfile) + "\n";
        const count = lintDockerfile(text, configFor(file.rule, c)).filter((f) => f.code === file.rule).length;
        const ok = c.triggers ? (c.exactCount === null ? count >= 1 : count === c.exactCount) : count === 0;
        if (!ok) failures.push(`${JSON.stringify(text)} onbuild=${c.onbuild} expected ${c.triggers ? (c.exactCount ?? ">=1") : 0}, got ${count}`);
      }
      table.push({ rule: file.rule, cases: file.cases.length, agree: file.cases.length - failures.length });
      expect(failures).toEqual([]);
    });
  }

  it("covers at least 40 rules with every case agreeing", () => {
    const implemented = files.filter((f) => RULES_BY_CODE.has(f.rule)).length;
    expect(implemented).toBeGreaterThanOrEqual(40);
  });

  afterAll(() => {
    const full = table.filter((r) => r.agree === r.cases);
    const cases = table.reduce((n, r) => n + r.cases, 0);
    const agree = table.reduce((n, r) => n + r.agree, 0);
    const rows = table.map((r) => `  ${r.rule}  ${String(r.agree).padStart(3)}/${String(r.cases).padEnd(3)} ${r.agree === r.cases ? "ok" : "DISAGREES"}`);
    console.log([`hadolint corpus: ${table.length} rules, ${agree}/${cases} cases agree (${full.length} rules fully)`, ...rows].join("\n"));
    expect(full.length).toBeGreaterThanOrEqual(40);
  });
});
