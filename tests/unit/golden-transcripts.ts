import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { createWorld, runTranscript } from "@/simulator";
import { MemoryFs } from "@/simulator/vfs/memory-fs";

/** A workspace holding testdata/<name>/'s files (the build contexts and manifests a script uses), or an empty one. */
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
 * Golden transcripts: each `<dir>/<name>.sh` runs in a fresh world (with
 * `<dir>/<name>/` as its workspace) and must print exactly `<name>.golden`,
 * as docker/cli's and kubectl's own golden tests pin their output.
 * Regenerate with UPDATE_GOLDEN=1 after checking the difference against the
 * real tool.
 */
export function describeGoldenTranscripts(title: string, dir: string, minScripts: number): void {
  const scripts = fs.readdirSync(dir).filter((f) => f.endsWith(".sh")).sort();
  describe(title, () => {
    it("has scripts", () => {
      expect(scripts.length).toBeGreaterThanOrEqual(minScripts);
    });
    for (const script of scripts) {
      it(script, () => {
        const workspace = loadWorkspace(path.join(dir, script.replace(/\.sh$/, "")));
        const { text } = runTranscript(createWorld({ workspace }), fs.readFileSync(path.join(dir, script), "utf8"));
        const goldenPath = path.join(dir, script.replace(/\.sh$/, ".golden"));
        if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(goldenPath, text);
        expect(text).toBe(fs.readFileSync(goldenPath, "utf8"));
      });
    }
  });
}
