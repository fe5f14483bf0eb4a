import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { DockerfileParseError, formatDump, parseDockerfile } from "@/simulator/dockerfile";

/**
 * BuildKit's own parser conformance data, read in place from ../shared
 * (never copied into the repo): every positive case must dump exactly as
 * BuildKit's `result` file, every negative case must be rejected with a
 * located error.
 */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus/dockerfile-parser");
const read = (...parts: string[]) => fs.readFileSync(path.join(CORPUS, ...parts), "utf8");
const positive = fs.readdirSync(path.join(CORPUS, "testfiles")).sort();
const negative = fs.readdirSync(path.join(CORPUS, "testfiles-negative")).sort();

describe("BuildKit parser corpus", () => {
  let dumpEqual = 0;
  let rejected = 0;

  for (const name of positive) {
    it(`testfiles/${name} dumps as BuildKit does`, () => {
      const parsed = parseDockerfile(read("testfiles", name, "Dockerfile"));
      expect(formatDump(parsed) + "\n").toBe(read("testfiles", name, "result"));
      dumpEqual++;
    });
  }

  for (const name of negative) {
    it(`testfiles-negative/${name} is rejected`, () => {
      let error: unknown;
      try {
        parseDockerfile(read("testfiles-negative", name, "Dockerfile"));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DockerfileParseError);
      expect((error as DockerfileParseError).location.line).toBeGreaterThan(0);
      rejected++;
    });
  }

  it("line numbers follow BuildKit (testfile-line)", () => {
    const extra = JSON.parse(read("extra-cases.json"));
    const parsed = parseDockerfile(read("testfile-line", "Dockerfile"));
    expect([parsed.startLine, parsed.endLine]).toEqual([extra.lineInfo.root.startLine, extra.lineInfo.root.endLine]);
    expect(parsed.instructions.map((n) => [n.startLine, n.endLine])).toEqual(extra.lineInfo.children);
  });

  it("JSON arrays: valid ones split, non-string elements are errors", () => {
    const { jsonArrays } = JSON.parse(read("extra-cases.json"));
    for (const [text, expected] of Object.entries(jsonArrays.valid)) {
      const node = parseDockerfile(`FROM a\nCMD ${text}\n`).instructions[1];
      expect(node?.args).toEqual(expected);
      expect(node?.json).toBe(true);
    }
    for (const text of jsonArrays.invalidNotAllStrings as string[]) {
      for (const keyword of ["RUN", "CMD", "ENTRYPOINT", "SHELL", "ADD", "COPY", "VOLUME"]) {
        expect(() => parseDockerfile(`FROM a\n${keyword} ${text}\n`), `${keyword} ${text}`).toThrow(
          "when using JSON array syntax, arrays must be comprised of strings only",
        );
      }
    }
  });

  it("empty continuation lines warn; comment lines inside a continuation do not", () => {
    const { emptyContinuationWarnings: c } = JSON.parse(read("extra-cases.json"));
    const parsed = parseDockerfile(c.dockerfile);
    expect(parsed.warnings).toHaveLength(c.warningCount);
    for (const [i, text] of (c.warningsContain as string[]).entries()) expect(parsed.warnings[i]?.short).toContain(text);
    expect(parsed.warnings[0]?.short.startsWith("Empty continuation line found in: ")).toBe(true);
  });

  it("a line of 65536 bytes is an error", () => {
    expect(() => parseDockerfile(`FROM image\nLABEL test=${"a".repeat(65536)}\n`)).toThrow("dockerfile line greater than max allowed size of 65535");
    expect(() => parseDockerfile(`FROM image\nLABEL t=${"a".repeat(65535 - 8)}\n`)).not.toThrow();
  });

  it("parser directives: only at the top, case-insensitive, never repeated, escape must be ` or \\", () => {
    const { escapeDirective } = JSON.parse(read("extra-cases.json"));
    for (const c of escapeDirective.cases as { text: string; directives: { name: string; value: string }[] }[]) {
      const parsed = parseDockerfile(c.text + "FROM a\n");
      expect(Object.entries(parsed.directives).map(([name, value]) => ({ name, value }))).toEqual(c.directives);
    }
    expect(() => parseDockerfile("# escape=`\n# escape=\\\nFROM a\n")).toThrow("only one escape parser directive can be used");
    expect(() => parseDockerfile("# escape=x\nFROM a\n")).toThrow(/invalid escape token/);
    expect(parseDockerfile("FROM a\n# escape=`\nRUN a \\\n b\n").instructions[1]?.args).toEqual(["a  b"]);
  });

  it("heredocs are extracted as BuildKit does", () => {
    const cases = JSON.parse(read("heredoc-cases.json"));
    const parsed = parseDockerfile(cases.dockerfile);
    for (const e of cases.expected as { child: number; instructionStartsWith: string; heredocs: unknown[] | null }[]) {
      const node = parsed.instructions[e.child];
      expect(node?.original.startsWith(e.instructionStartsWith), e.instructionStartsWith).toBe(true);
      expect(node?.heredocs.length ? node.heredocs : null, e.instructionStartsWith).toEqual(e.heredocs);
    }
  });

  it("prints the corpus counts", () => {
    console.log(`dockerfile-parser corpus: ${dumpEqual}/${positive.length} dump-equal, ${rejected}/${negative.length} negative rejected`);
    expect(dumpEqual).toBe(positive.length);
    expect(rejected).toBe(negative.length);
  });
});
