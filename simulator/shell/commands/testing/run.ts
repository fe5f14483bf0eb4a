import { VirtualClock } from "../../../core/clock";
import { createImageFs, runScript, TEST_EPOCH, type RunOutput } from "../../posix/testing/harness";
import { createUnionImage } from "../../posix/testing/union-image";
import { FIXTURE, FIXTURE_MTIME } from "./fixture";
import type { ToolVariant } from "../types";

/** stdout, stderr, status. */
export type CommandResult = [out: string, err: string, status: number];

/** A script run in the fixture directory and what GNU and BusyBox did (`all` when the same). */
export interface CommandCase {
  script: string;
  all?: CommandResult;
  gnu?: CommandResult;
  busybox?: CommandResult;
}

/** Where the fixture lives in the simulated image. */
export const FIXTURE_DIR = "/work";

/** Runs a command case in a fresh image: Debian + dash for GNU, Alpine + ash for BusyBox; optionally on the engine's UnionFs. */
export function runCommandCase(variant: ToolVariant, script: string, onUnionFs = false): RunOutput {
  const clock = new VirtualClock(TEST_EPOCH);
  const fs = createImageFs(variant === "gnu" ? "debian" : "alpine", clock);
  fs.mkdir(FIXTURE_DIR);
  const paths = Object.keys(FIXTURE);
  for (const p of paths) {
    const e = FIXTURE[p] ?? {};
    const full = `${FIXTURE_DIR}/${p}`;
    if (e.dir) fs.mkdir(full);
    else if (e.link) fs.symlink(e.link, full);
    else fs.writeFileWith(full, e.data ?? "", { mode: e.mode ?? 0o644, mtimeMs: FIXTURE_MTIME });
  }
  for (const p of paths) fs.setMtime(`${FIXTURE_DIR}/${p}`, FIXTURE_MTIME, false);
  fs.setMtime(FIXTURE_DIR, FIXTURE_MTIME);
  const r = runScript(variant === "gnu" ? "dash" : "ash", script, { fs: onUnionFs ? createUnionImage(fs, () => clock.now()) : fs, clock, cwd: FIXTURE_DIR, env: { PATH: variant === "gnu" ? "/usr/bin:/bin" : "/bin:/usr/bin", HOME: "/root", TZ: "UTC" } });
  return { out: r.out, err: r.err, status: r.status };
}

/** A row's result for one variant. */
export function commandExpected(c: CommandCase, variant: ToolVariant): CommandResult {
  const r = c[variant] ?? c.all;
  if (!r) throw new Error(`no expectation for ${variant}: ${c.script}`);
  return r;
}
