import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDump, parseDockerfile, parseProgram, type InstructionNode } from "@/simulator/dockerfile";

/**
 * Real Dockerfiles (official images and multi-stage apps), read in place from
 * ../shared: each must parse with the instructions, stages and heredocs that
 * expected-structure.json records, and dump as its referenceDump.
 */
const DIR = path.resolve(__dirname, "../../../shared/corpus/dockerfiles-real");

interface Expected {
  file: string;
  escapeToken: string;
  instructionCount: number;
  instructions: string[];
  stages: { image: string; alias: string | null; flags: string[] }[];
  heredocs: { instructionIndex: number; name: string; content: string }[];
  referenceDump: string;
}

const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(DIR, "expected-structure.json"), "utf8")).files;

function stageOf(node: InstructionNode) {
  const [image, as, alias] = node.args;
  return { image: image ?? "", alias: as && as.toLowerCase() === "as" ? (alias ?? null) : null, flags: node.flags };
}

describe("real Dockerfiles corpus", () => {
  let matched = 0;
  it("covers every file in the folder", () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".Dockerfile")).sort();
    expect(expected.map((e) => e.file).sort()).toEqual(files);
  });

  for (const e of expected) {
    it(`${e.file} parses with the expected structure`, () => {
      const parsed = parseDockerfile(fs.readFileSync(path.join(DIR, e.file), "utf8"));
      expect(parsed.escapeToken).toBe(e.escapeToken);
      expect(parsed.instructions.map((n) => n.keyword.toUpperCase())).toEqual(e.instructions);
      expect(parsed.instructions.filter((n) => n.keyword.toLowerCase() === "from").map(stageOf)).toEqual(e.stages);
      const heredocs = parsed.instructions.flatMap((n, i) => n.heredocs.map((h) => ({ instructionIndex: i, name: h.name, content: h.content })));
      expect(heredocs).toEqual(e.heredocs);
      expect(formatDump(parsed) + "\n").toBe(e.referenceDump);
      // The typed layer accepts it too: stages as FROMs, every instruction valid.
      expect(parseProgram(parsed).stages).toHaveLength(e.stages.length);
      matched++;
    });
  }

  it("prints the corpus count", () => {
    console.log(`dockerfiles-real corpus: ${matched}/${expected.length} match expected-structure.json`);
    expect(matched).toBe(expected.length);
  });
});
