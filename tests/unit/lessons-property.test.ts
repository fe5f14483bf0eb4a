import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitFrontmatter } from "@/lessons/source";
import { extractBlocks, extractConsoleCommands } from "@/lessons/verify";
import { FRONTMATTER_SCHEMA } from "@/lessons/schema";
import { parseHumanSize, parseRamSize } from "@/simulator/grader/params";

/** Property tests for the exercise format's parsers: they never throw, and round-trip what they should. */
describe("exercise format parsers (property)", () => {
  it("splitFrontmatter never throws and returns the body after a valid block", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = splitFrontmatter(text);
        expect("data" in result || "error" in result).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z ]{0,20}$/), fc.string(), (key, value, body) => {
        const result = splitFrontmatter(`---\n${key}: x${value}\n---\n${body}`);
        expect(result).toEqual({ data: { [key]: `x${value}`.trimEnd() }, body: body.replace(/^\n+/, "") });
      }),
    );
  });

  it("frontmatter validation never throws on arbitrary data", () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        FRONTMATTER_SCHEMA.safeParse(data);
      }),
    );
  });

  it("console commands: every non-comment line of every console block, prompt removed", () => {
    const line = fc.stringMatching(/^[a-z][a-z0-9 -]{0,20}$/);
    fc.assert(
      fc.property(fc.array(fc.array(line, { maxLength: 4 }), { maxLength: 3 }), fc.boolean(), (blocks, prompt) => {
        const markdown = blocks.map((b) => `text\n\n\`\`\`console\n${b.map((l) => (prompt ? `$ ${l}` : l)).join("\n")}\n\`\`\`\n`).join("\n");
        expect(extractConsoleCommands(markdown)).toEqual(blocks.flat().map((l) => l.trim()).filter((l) => l !== ""));
        expect(extractBlocks(markdown, "dockerfile")).toEqual([]);
      }),
    );
  });

  it("size parsers: decimal human sizes and binary --memory sizes", () => {
    expect(parseHumanSize("100MB")).toBe(100e6);
    expect(parseHumanSize("1.5GB")).toBe(1.5e9);
    expect(parseRamSize("200m")).toBe(200 * 1024 * 1024);
    expect(parseRamSize("1G")).toBe(1024 ** 3);
    fc.assert(
      fc.property(fc.string(), (s) => {
        const a = parseHumanSize(s);
        const b = parseRamSize(s);
        expect(a === undefined || Number.isFinite(a)).toBe(true);
        expect(b === undefined || Number.isFinite(b)).toBe(true);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), (n) => {
        expect(parseRamSize(`${n}k`)).toBe(n * 1024);
      }));
  });
});
