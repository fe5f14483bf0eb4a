import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DockerfileParseError, formatDump, parseDockerfile, parseProgram } from "@/simulator/dockerfile";

/**
 * Property tests over 100,000+ random and mutated Dockerfiles: parsing and
 * typing never let an exception other than a located DockerfileParseError
 * escape.
 */
const REAL = path.resolve(__dirname, "../../../shared/corpus/dockerfiles-real");
/** 25-line windows of the real files: realistic material, small enough to check 40,000 mutations quickly. */
const seeds = fs
  .readdirSync(REAL)
  .filter((f) => f.endsWith(".Dockerfile"))
  .flatMap((f) => {
    const lines = fs.readFileSync(path.join(REAL, f), "utf8").split("\n");
    const windows: string[] = [];
    for (let i = 0; i < lines.length; i += 25) windows.push(lines.slice(i, i + 25).join("\n") + "\n");
    return windows;
  });

let checked = 0;
function checkParse(text: string): void {
  checked++;
  try {
    const parsed = parseDockerfile(text);
    formatDump(parsed);
    parseProgram(parsed);
  } catch (error) {
    if (!(error instanceof DockerfileParseError)) throw error;
    expect(error.location.line).toBeGreaterThanOrEqual(1);
    expect(error.location.endLine).toBeGreaterThanOrEqual(error.location.line);
    expect(error.detail.length).toBeGreaterThan(0);
  }
}

const KEYWORDS = ["FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "from", "Run", "RUNN"];
const PIECES = [" ", "  ", "\t", "\\", "\\\n", "`", "\n", "#", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "\"", "'", "[", "]", ",", "=", "$", "${", "}", "<<", "<<-", "EOF", "\nEOF\n", "--from=", "--mount=type=cache,target=/x", "--", "AS", "as", "alpine:3.21", "/app", ".", "&&", "|", ";", "NONE", "CMD", "[\"a\", 1]", "[\"sh\", \"-c\"]", "\r\n", "\u00a0", "♥", "\ufeff"];

const line = fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.constantFrom(...PIECES), { maxLength: 8 })).map(([k, parts]) => `${k} ${parts.join("")}`);
const dockerfile = fc.array(fc.oneof(line, fc.constantFrom(...PIECES)), { minLength: 0, maxLength: 12 }).map((ls) => ls.join("\n") + "\n");

/** Splices a random piece into a real Dockerfile, deletes a slice, or duplicates one. */
const mutated = fc
  .tuple(fc.nat(seeds.length - 1), fc.nat(), fc.nat(60), fc.constantFrom(...PIECES), fc.constantFrom("insert", "delete", "duplicate"))
  .map(([seedIndex, at, length, piece, op]) => {
    const seed = seeds[seedIndex] as string;
    const i = at % (seed.length + 1);
    if (op === "insert") return seed.slice(0, i) + piece + seed.slice(i);
    if (op === "delete") return seed.slice(0, i) + seed.slice(i + length);
    return seed.slice(0, i) + seed.slice(i, i + length) + seed.slice(i);
  });

describe("Dockerfile parser under random input", () => {
  it("random Dockerfiles from instruction pieces", () => {
    fc.assert(fc.property(dockerfile, checkParse), { numRuns: 50_000 });
  }, 60_000);

  it("mutated real Dockerfiles", () => {
    fc.assert(fc.property(mutated, checkParse), { numRuns: 40_000 });
  }, 60_000);

  it("arbitrary unicode strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), checkParse), { numRuns: 15_000 });
  }, 60_000);

  it("prints how many inputs were checked", () => {
    console.log(`dockerfile property tests: ${checked} random and mutated Dockerfiles, none threw an unlocated error`);
    expect(checked).toBeGreaterThanOrEqual(100_000);
  });
});
