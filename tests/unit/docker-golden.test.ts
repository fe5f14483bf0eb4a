import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld, runTranscript } from "@/simulator";

/**
 * Golden transcripts of docker CLI output: each testdata/<name>.sh is run in a
 * fresh world and must print exactly testdata/<name>.golden, as docker/cli's
 * own golden tests pin its output. Regenerate with UPDATE_GOLDEN=1 after
 * checking the difference against real Docker 27.
 */
const DIR = path.resolve(__dirname, "../../simulator/docker/testdata");
const scripts = fs.readdirSync(DIR).filter((f) => f.endsWith(".sh")).sort();

describe("docker CLI golden transcripts", () => {
  it("has scripts", () => {
    expect(scripts.length).toBeGreaterThan(5);
  });
  for (const script of scripts) {
    it(script, () => {
      const { text } = runTranscript(createWorld(), fs.readFileSync(path.join(DIR, script), "utf8"));
      const goldenPath = path.join(DIR, script.replace(/\.sh$/, ".golden"));
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(goldenPath, text);
      expect(text).toBe(fs.readFileSync(goldenPath, "utf8"));
    });
  }
});
