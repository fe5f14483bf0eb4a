import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld, runTranscript } from "@/simulator";
import { MemoryFs } from "@/simulator/vfs/memory-fs";

/** A workspace holding testdata/<name>/'s files, or an empty one. */
function loadWorkspace(dir: string): MemoryFs {
  const ws = new MemoryFs(() => Date.UTC(2025, 2, 1, 9));
  const copy = (from: string, to: string): void => {
    for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
      const target = `${to}/${entry.name}`;
      if (entry.isDirectory()) {
        ws.mkdir(target, { recursive: true });
        copy(path.join(from, entry.name), target);
      } else ws.writeFile(target, fs.readFileSync(path.join(from, entry.name), "utf8"));
    }
  };
  if (fs.existsSync(dir)) copy(dir, "");
  return ws;
}

/**
 * Golden transcripts of kubectl against the simulated Docker Desktop cluster:
 * each simulator/kubectl/testdata/<name>.sh runs in a fresh world and must
 * print exactly <name>.golden. Regenerate with UPDATE_GOLDEN=1 and review the
 * difference against kubectl 1.30 (fidelity reference §0.5, §5).
 */
const DIR = path.resolve(__dirname, "../../simulator/kubectl/testdata");
const scripts = fs.readdirSync(DIR).filter((f) => f.endsWith(".sh")).sort();

describe("kubectl golden transcripts", () => {
  it("has scripts", () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
  });
  for (const script of scripts) {
    it(script, () => {
      const workspace = loadWorkspace(path.join(DIR, script.replace(/\.sh$/, "")));
      const { text } = runTranscript(createWorld({ workspace }), fs.readFileSync(path.join(DIR, script), "utf8"));
      const goldenPath = path.join(DIR, script.replace(/\.sh$/, ".golden"));
      if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(goldenPath, text);
      expect(text).toBe(fs.readFileSync(goldenPath, "utf8"));
    });
  }
});
