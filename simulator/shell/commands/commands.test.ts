import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, lutimesSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CORE_COMMANDS } from "./index";
import { FIXTURE, FIXTURE_MTIME } from "./testing/fixture";
import { COMMAND_CASES } from "./testing/golden";
import { commandExpected, runCommandCase, type CommandResult } from "./testing/run";
import type { ToolVariant } from "./types";

/**
 * Command golden table: each script's output in the fixture directory with
 * GNU coreutils/grep/sed/findutils/tar (under dash) and with BusyBox's
 * applets (under BusyBox ash). The rows came from those real programs on
 * Debian 12 (coreutils 9.1, BusyBox 1.35.0); the simulator must match them.
 * The rows are re-checked against the real programs when they are installed
 * and the test runs as root (ls -l shows root as the owner); SHELL_GOLDEN_REAL=0
 * skips that.
 */
const VARIANTS: ToolVariant[] = ["gnu", "busybox"];

describe.each(VARIANTS)("commands (%s)", (variant) => {
  it.each(COMMAND_CASES.map((c) => [c.script, c] as const))("%j", (_script, c) => {
    const r = runCommandCase(variant, c.script);
    expect([r.out, r.err, r.status]).toEqual(commandExpected(c, variant));
  });
});

describe.each(VARIANTS)("commands (%s) on the engine's overlay UnionFs", (variant) => {
  it("give the same results as on the test file system", () => {
    const mismatches = COMMAND_CASES.flatMap((c) => {
      const r = runCommandCase(variant, c.script, true);
      return JSON.stringify([r.out, r.err, r.status]) === JSON.stringify(commandExpected(c, variant)) ? [] : [`${JSON.stringify(c.script)}: ${JSON.stringify([r.out, r.err, r.status])}`];
    });
    expect(mismatches).toEqual([]);
  });
});

const scratch = mkdtempSync(join(tmpdir(), "cmd-golden-"));
const outputs = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "cmd-golden-"));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outputs, { recursive: true, force: true });
});

function makeFixture(dir: string): void {
  mkdirSync(dir);
  for (const [p, e] of Object.entries(FIXTURE)) {
    const full = join(dir, p);
    if (e.dir) mkdirSync(full, { recursive: true });
    else if (e.link) symlinkSync(e.link, full);
    else {
      writeFileSync(full, e.data ?? "");
      chmodSync(full, e.mode ?? 0o644);
    }
  }
  const t = FIXTURE_MTIME / 1000;
  for (const p of Object.keys(FIXTURE).reverse()) (FIXTURE[p]?.link ? lutimesSync : utimesSync)(join(dir, p), t, t);
  utimesSync(dir, t, t);
}

const MUTATES = /\b(rm|mv|cp|mkdir|touch|chmod|chown|ln|tee|tar|sed -i)\b|>/;

/** Runs every case from one bash driver: `sh -c SCRIPT` in its own fixture copy, LC_ALL=C, TZ=UTC. */
function runReal(variant: ToolVariant): CommandResult[] {
  const dir = mkdtempSync(join(scratch, `${variant}-`));
  const out = mkdtempSync(join(outputs, `${variant}-`));
  let path = "/usr/bin:/bin";
  if (variant === "busybox") {
    path = join(dir, "bin");
    mkdirSync(path);
    // Only the applets the simulator has (and sh, and gzip for tar -z): an Alpine image has more, but these are compared.
    for (const a of [...Object.keys(CORE_COMMANDS), "sh", "gzip", "gunzip"]) symlinkSync("/usr/bin/busybox", join(path, a));
  }
  const shell = variant === "gnu" ? "/usr/bin/dash" : "/usr/bin/busybox";
  let driver = "";
  makeFixture(join(dir, "shared"));
  COMMAND_CASES.forEach((c, i) => {
    // A script that may change the tree gets its own copy; the rest share one (creating files on a disk is slow).
    const fixture = MUTATES.test(c.script) ? join(dir, `fx${i}`) : join(dir, "shared");
    if (fixture !== join(dir, "shared")) makeFixture(fixture);
    writeFileSync(join(out, `s${i}`), c.script);
    driver += `IFS= read -r -d '' s < "${out}/s${i}"; (cd "${fixture}" && PATH="${path}" exec -a sh ${shell} -c "$s") </dev/null >"${out}/o${i}" 2>"${out}/e${i}"; echo $? >"${out}/x${i}"\n`;
  });
  spawnSync("/usr/bin/bash", ["--norc", "-c", driver], { env: { PATH: "/usr/bin:/bin", HOME: "/root", LC_ALL: "C", TZ: "UTC" } as unknown as NodeJS.ProcessEnv, stdio: "ignore", timeout: 60_000 });
  return COMMAND_CASES.map((_, i) => [readFileSync(join(out, `o${i}`), "utf8"), readFileSync(join(out, `e${i}`), "utf8"), Number(readFileSync(join(out, `x${i}`), "utf8"))]);
}

const enabled = process.getuid?.() === 0 && existsSync("/usr/bin/bash") && process.env.SHELL_GOLDEN_REAL !== "0";
describe("the command table still matches the real programs", () => {
  it.runIf(enabled && existsSync("/usr/bin/dash"))("GNU coreutils under dash", () => {
    const results = runReal("gnu");
    expect(COMMAND_CASES.flatMap((c, i) => (JSON.stringify(results[i]) === JSON.stringify(commandExpected(c, "gnu")) ? [] : [`${JSON.stringify(c.script)}: ${JSON.stringify(results[i])}`]))).toEqual([]);
  }, 30_000);
  it.runIf(enabled && existsSync("/usr/bin/busybox"))("BusyBox applets under BusyBox ash", () => {
    const results = runReal("busybox");
    expect(COMMAND_CASES.flatMap((c, i) => (JSON.stringify(results[i]) === JSON.stringify(commandExpected(c, "busybox")) ? [] : [`${JSON.stringify(c.script)}: ${JSON.stringify(results[i])}`]))).toEqual([]);
  }, 30_000);
});
