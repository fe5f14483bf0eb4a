import { describe, expect, it } from "vitest";
import { explainRule } from "./explanations";
import { lintDockerfile } from "./lint";
import { RULES } from "./rules";
import type { LintConfig } from "./types";

/** Settings a rule needs to be active, so its before/after snippets can be checked. */
const CONFIG: Record<string, LintConfig> = {
  DL1001: { override: { info: ["DL1001"] } },
  DL3057: { override: { info: ["DL3057"] } },
  DL3026: { trustedRegistries: ["docker.io"] },
  DL3049: { "label-schema": { "org.opencontainers.image.source": "url" } },
  DL3050: { "label-schema": { maintainer: "text" }, "strict-labels": true },
  DL3051: { "label-schema": { version: "text" } },
  DL3052: { "label-schema": { "org.opencontainers.image.url": "url" } },
  DL3053: { "label-schema": { "org.opencontainers.image.created": "rfc3339" } },
  DL3054: { "label-schema": { "org.opencontainers.image.licenses": "spdx" } },
  DL3055: { "label-schema": { "org.opencontainers.image.revision": "hash" } },
  DL3056: { "label-schema": { "org.opencontainers.image.version": "semver" } },
  DL3058: { "label-schema": { maintainer: "email" } },
};
const PREFIX: Record<string, string> = { InvalidDefinitionDescription: "# check=experimental=InvalidDefinitionDescription\n" };

describe("rule explanations", () => {
  it("every registered rule has a unique code and a complete explanation", () => {
    expect(new Set(RULES.map((r) => r.code)).size).toBe(RULES.length);
    for (const rule of RULES) {
      const e = explainRule(rule.code);
      expect(e, rule.code).toBeDefined();
      for (const field of ["why", "fix", "before", "after"] as const) expect(e?.[field].trim().length, `${rule.code}.${field}`).toBeGreaterThan(0);
      expect(rule.title.length, rule.code).toBeGreaterThan(0);
    }
  });

  for (const rule of RULES) {
    it(`${rule.code}: the "before" snippet triggers the rule and the "after" one does not`, () => {
      const lint = (text: string) => lintDockerfile((PREFIX[rule.code] ?? "") + text + "\n", CONFIG[rule.code]).filter((f) => f.code === rule.code);
      expect(lint(rule.explanation.before).length, rule.explanation.before).toBeGreaterThan(0);
      expect(lint(rule.explanation.after), rule.explanation.after).toEqual([]);
    });
  }
});
