import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ShellFlavor } from "./errors";
import { GOLDEN_FLAVORS, GOLDEN_TABLES, goldenExpected } from "./testing/golden-tables";
import type { GoldenResult } from "./testing/golden-types";
import { runScript } from "./testing/harness";

/**
 * Golden tables: each script's stdout, stderr and status in dash, BusyBox ash
 * and bash. Every row was produced by the real dash 0.5.12, BusyBox 1.35.0
 * and bash 5.2.15 (Debian 12); the simulator must match each row exactly.
 * Where those shells are installed (`apt-get install -y dash busybox`) the
 * rows are re-checked against them, so the tables cannot drift from the
 * real shells (SHELL_GOLDEN_REAL=0 skips that).
 */
describe.each(GOLDEN_TABLES)("golden: %s", (_name, cases) => {
  describe.each(GOLDEN_FLAVORS)("%s", (flavor) => {
    it.each(cases.map((c) => [c.script, c] as const))("%j", (_script, c) => {
      const r = runScript(flavor, c.script, { cwd: "/tmp" });
      expect([r.out, r.err, r.status]).toEqual(goldenExpected(c, flavor));
    });
  });
});

const REAL: Record<ShellFlavor, string> = { dash: "/usr/bin/dash", ash: "/usr/bin/busybox", bash: "/usr/bin/bash" };
// /dev/shm when there is one: thousands of small files are much faster to create in memory.
const scratch = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "golden-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs every script with `-c` in the real shell, each in an empty directory
 * with stdin from /dev/null, from one bash driver (forking a small shell per
 * script is much cheaper than spawning each from Node). argv[0] is `sh`
 * (`bash`). Asynchronous, so the three shells' drivers run side by side.
 */
async function runReal(flavor: ShellFlavor, scripts: string[]): Promise<GoldenResult[]> {
  const dir = mkdtempSync(join(scratch, `${flavor}-`));
  const cwd = join(dir, "cwd");
  mkdirSync(cwd);
  const argv0 = flavor === "bash" ? "bash" : "sh";
  let driver = "";
  scripts.forEach((script, i) => {
    writeFileSync(join(dir, `s${i}`), script);
    driver += `IFS= read -r -d '' s < "${dir}/s${i}"; (cd "${cwd}" && exec -a ${argv0} ${REAL[flavor]} -c "$s") </dev/null >"${dir}/o${i}" 2>"${dir}/e${i}"; echo $? >"${dir}/x${i}"\n`;
  });
  // stdin from /dev/null: on a socket, bash would source ~/.bashrc (bash: shell.c run_startup_files).
  const child = spawn("/usr/bin/bash", ["--norc", "-c", driver], { env: { PATH: "/usr/bin:/bin", HOME: "/root", LC_ALL: "C" } as unknown as NodeJS.ProcessEnv, stdio: "ignore" });
  await new Promise((resolve) => child.on("close", resolve));
  return scripts.map((_, i) => [readFileSync(join(dir, `o${i}`), "utf8"), readFileSync(join(dir, `e${i}`), "utf8"), Number(readFileSync(join(dir, `x${i}`), "utf8"))]);
}

const available = GOLDEN_FLAVORS.filter((f) => existsSync(REAL[f]));
describe("the golden tables still match the real shells", () => {
  it.runIf(available.length > 0 && existsSync("/usr/bin/bash") && process.env.SHELL_GOLDEN_REAL !== "0")(`every row, in ${available.join(", ")}`, async () => {
    const cases = GOLDEN_TABLES.flatMap(([, c]) => c);
    const results = await Promise.all(available.map((flavor) => runReal(flavor, cases.map((c) => c.script))));
    const mismatches = available.flatMap((flavor, k) => cases.flatMap((c, i) => (JSON.stringify(results[k]?.[i]) === JSON.stringify(goldenExpected(c, flavor)) ? [] : [`${flavor} ${JSON.stringify(c.script)}: ${JSON.stringify(results[k]?.[i])}`])));
    expect(mismatches).toEqual([]);
  }, 60_000);
});
