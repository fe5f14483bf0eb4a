import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDockerfile } from "./lint";
import { RULES_BY_CODE } from "./rules";
import type { LintFinding } from "./types";

const REAL = path.resolve(__dirname, "../../../../shared/corpus/dockerfiles-real");
const seeds = fs
  .readdirSync(REAL)
  .filter((f) => f.endsWith(".Dockerfile"))
  .sort()
  .map((f) => fs.readFileSync(path.join(REAL, f), "utf8"));

const SEVERITIES = new Set(["error", "warning", "info", "style"]);
const CONFIG = { trustedRegistries: ["docker.io"], "label-schema": { maintainer: "email" as const, version: "semver" as const }, "strict-labels": true, override: { info: ["DL1001", "DL3057"] } };

function checkFindings(findings: LintFinding[]): void {
  let prev = 0;
  for (const f of findings) {
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
    expect(f.line).toBeGreaterThanOrEqual(prev);
    expect(SEVERITIES.has(f.severity)).toBe(true);
    expect(f.code === "parse-error" || RULES_BY_CODE.has(f.code), f.code).toBe(true);
    expect(f.message.length).toBeGreaterThan(0);
    prev = f.line;
  }
}

const TOKENS = ["\n", "\\\n", " ", "\t", "#", "# hadolint ignore=DL3006\n", "# check=error=true\n", "# escape=`\n", "RUN ", "FROM ", " AS ", "ONBUILD ", "COPY --from=0 ", "ENV A=$B ", "ARG X\n", "<<EOF\n", "EOF\n", '["a", ', "]", "$", "${", "}", "'", '"', "&&", "|", ";", "(", ")", "`", "\\", "--mount=type=cache,target=/x ", "\r\n", "\u00a0", "=", ":"];

/** An edit to a real Dockerfile: delete a slice, insert a token or text, duplicate or truncate. */
type Edit = { kind: "delete"; at: number; len: number } | { kind: "insert"; at: number; text: string } | { kind: "duplicate"; at: number; len: number } | { kind: "truncate"; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant("duplicate" as const), at: fc.nat(), len: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);

function apply(text: string, edits: Edit[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    if (e.kind === "delete") s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.kind === "insert") s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.kind === "duplicate") s = s.slice(0, at + e.len) + s.slice(at, at + e.len) + s.slice(at + e.len);
    else s = s.slice(0, at);
  }
  return s;
}

describe("lintDockerfile", () => {
  it("lints every real Dockerfile without crashing", () => {
    for (const text of seeds) checkFindings(lintDockerfile(text, CONFIG));
  });

  it("turns a parse error into one finding at the parser's location", () => {
    expect(lintDockerfile("FROM alpine\nRUN <<EOF\necho hi\n")).toEqual([{ code: "parse-error", severity: "error", line: 2, endLine: 3, column: 1, message: "unterminated heredoc" }]);
    expect(lintDockerfile("")).toEqual([{ code: "parse-error", severity: "error", line: 1, endLine: 1, column: 1, message: "file with no instructions" }]);
  });

  it("reports unknown instructions with BuildKit's suggestion", () => {
    expect(lintDockerfile("FROM alpine:3.20\nRUNN echo hi\n").find((f) => f.code === "unknown-instruction")?.message).toBe("unknown instruction: RUNN (did you mean RUN?)");
  });

  it("sorts findings by line, then code", () => {
    const out = lintDockerfile("FROM debian\nRUN apt-get install curl\nCMD x\n");
    const keys = out.map((f) => [f.line, f.code] as const);
    expect([...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))).toEqual(keys);
  });

  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((t) => t.join(""))), (text) => {
        checkFindings(lintDockerfile(text, CONFIG));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("never throws on mutated real Dockerfiles", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(edit, { minLength: 1, maxLength: 6 }), (seed, edits) => {
        checkFindings(lintDockerfile(apply(seed, edits), CONFIG));
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
