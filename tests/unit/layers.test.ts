import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The engine's layers (DEVELOPERS.md, anchors-aesthetics §8): a module may
 * import only from its own layer folder or lower ones, never sideways or up,
 * and simulator/ never touches React, Next, the DOM, storage, real time or
 * Math.random.
 */
const LAYERS: string[][] = [
  ["core"],
  ["lex", "vfs"],
  ["shell", "dockerfile", "image", "k8s/api", "compose"],
  ["build", "runtime", "k8s/store"],
  ["engine", "cli", "k8s/controllers", "k8s/kubelet"],
  ["docker", "kubectl", "grader"],
  ["world"],
];

const ROOT = path.resolve(__dirname, "../../simulator");

function levelOf(module: string): number {
  return LAYERS.findIndex((layer) => layer.includes(module));
}

/** The layer folder a simulator path belongs to (`k8s/api`, `docker`, …), or "" for simulator/index.ts. */
function moduleOf(file: string): string {
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel.length === 1) return "";
  if (rel[0] === "k8s") return `k8s/${rel[1]}`;
  return rel[0] as string;
}

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const IMPORT_RE = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const FORBIDDEN_PACKAGES = /^(react|react-dom|next|@monaco-editor|monaco-editor|@xterm)(\/|$)|^node:/;
const FORBIDDEN_GLOBALS = /\b(window|document|localStorage|sessionStorage|indexedDB|navigator)\.|Math\.random\(|Date\.now\(|setTimeout\(|setInterval\(|performance\.now\(/;

/** Finds every layering violation in the given files. */
function findViolations(files: { file: string; source: string }[]): string[] {
  const problems: string[] = [];
  for (const { file, source } of files) {
    const from = moduleOf(file);
    const isTest = file.endsWith(".test.ts");
    if (from !== "" && levelOf(from) < 0) problems.push(`${path.relative(ROOT, file)}: folder ${from} is not a known layer`);
    for (const match of source.matchAll(IMPORT_RE)) {
      const spec = (match[1] ?? match[2]) as string;
      if (!spec.startsWith(".")) {
        if (FORBIDDEN_PACKAGES.test(spec) && !(isTest && spec.startsWith("node:"))) {
          problems.push(`${path.relative(ROOT, file)} imports ${spec}: the engine stays plain TypeScript`);
        }
        continue;
      }
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(ROOT)) {
        if (!isTest) problems.push(`${path.relative(ROOT, file)} imports ${spec}, outside simulator/`);
        continue;
      }
      const to = moduleOf(target.endsWith(".ts") ? target : `${target}.ts`);
      if (from === "" || to === from) continue;
      if (to === "") {
        problems.push(`${path.relative(ROOT, file)} imports the public surface simulator/index.ts`);
        continue;
      }
      if (levelOf(to) >= levelOf(from)) {
        problems.push(`${path.relative(ROOT, file)} (${from}, layer ${levelOf(from)}) imports ${spec} (${to}, layer ${levelOf(to)}): imports only go downward`);
      }
    }
    if (!isTest) {
      source.split("\n").forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, "");
        if (FORBIDDEN_GLOBALS.test(code)) problems.push(`${path.relative(ROOT, file)}:${i + 1} uses a browser global, real time or randomness`);
      });
    }
  }
  return problems;
}

describe("simulator layering", () => {
  it("imports only go downward and the engine stays plain TypeScript", () => {
    const files = listSources(ROOT);
    expect(files.length).toBeGreaterThan(20);
    expect(findViolations(files.map((file) => ({ file, source: fs.readFileSync(file, "utf8") })))).toEqual([]);
  });

  it("catches an upward import, a sideways import and a browser global", () => {
    const problems = findViolations([
      { file: path.join(ROOT, "core", "probe-up.ts"), source: 'import { runDocker } from "../docker/root";\n' },
      { file: path.join(ROOT, "docker", "probe-side.ts"), source: 'import { gradeChecks } from "../grader/grade";\nconst t = Date.now();\n' },
      { file: path.join(ROOT, "runtime", "probe-ui.ts"), source: 'import { useState } from "react";\n' },
    ]);
    expect(problems.some((p) => p.includes("core/probe-up.ts") && p.includes("only go downward"))).toBe(true);
    expect(problems.some((p) => p.includes("docker/probe-side.ts") && p.includes("grader"))).toBe(true);
    expect(problems.some((p) => p.includes("real time"))).toBe(true);
    expect(problems.some((p) => p.includes("imports react"))).toBe(true);
  });
});
