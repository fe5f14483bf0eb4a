import type { PosixCommandContext } from "../commands/types";
import { readInstalled } from "./apt-state";
import { ensureParent, readOptional } from "./common";

/** apt's record of automatically installed packages (apt.conf Dir::State::extended_states). */
export const EXTENDED_STATES = "/var/lib/apt/extended_states";

/** The packages marked Auto-Installed: 1. */
export function readAutoInstalled(ctx: PosixCommandContext): Set<string> {
  const auto = new Set<string>();
  for (const s of (readOptional(ctx, EXTENDED_STATES) ?? "").split(/\n\n+/)) {
    const name = /^Package: (.+)$/m.exec(s)?.[1];
    if (name && /^Auto-Installed: 1$/m.test(s)) auto.add(name);
  }
  return auto;
}

/** Rewrites extended_states with exactly `auto` marked. */
export function writeAutoInstalled(ctx: PosixCommandContext, auto: ReadonlySet<string>): void {
  ensureParent(ctx, EXTENDED_STATES);
  ctx.fs.writeFile(EXTENDED_STATES, [...auto].sort().map((n) => `Package: ${n}\nArchitecture: amd64\nAuto-Installed: 1\n`).join("\n"));
}

/** Names matching apt's package patterns: an exact name, else a regular expression (apt-pkg cacheset.cc PackageContainerInterface::FromRegEx) when it has regex characters. */
function matchNames(installed: readonly string[], pattern: string): string[] {
  if (installed.includes(pattern)) return [pattern];
  if (!/[.?+*|[\]^$]/.test(pattern)) return [];
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch {
    return [];
  }
  return installed.filter((n) => re.test(n));
}

/**
 * apt-mark(8) of apt 2.6: showmanual, showauto, auto, manual (names or
 * regular expressions, as `apt-mark auto '.*'` in official Dockerfiles),
 * over /var/lib/apt/extended_states. hold/unhold are accepted and not modelled.
 */
export function runAptMark(ctx: PosixCommandContext): number {
  const [command = "", ...rest] = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  const installed = [...readInstalled(ctx).keys()].sort();
  const auto = readAutoInstalled(ctx);
  if (command === "showmanual" || command === "showauto") {
    const want = command === "showauto";
    for (const n of installed) if (auto.has(n) === want && (rest.length === 0 || rest.includes(n))) ctx.out.out(`${n}\n`);
    return 0;
  }
  if (command === "auto" || command === "manual") {
    if (ctx.user.uid !== 0) {
      ctx.out.err("E: Could not create temporary file for /var/lib/apt/extended_states - mkstemp (13: Permission denied)\nE: Failed to write temporary StateFile /var/lib/apt/extended_states\n");
      return 100;
    }
    for (const pattern of rest) {
      const names = matchNames(installed, pattern);
      if (names.length === 0) {
        ctx.out.err(`E: Unable to locate package ${pattern}\n`);
        return 100;
      }
      for (const n of names) {
        if ((command === "auto") === auto.has(n)) ctx.out.out(`${n} was already set to ${command === "auto" ? "automatically" : "manually"} installed.\n`);
        else ctx.out.out(`${n} set to ${command === "auto" ? "automatically" : "manually"} installed.\n`);
        if (command === "auto") auto.add(n);
        else auto.delete(n);
      }
    }
    writeAutoInstalled(ctx, auto);
    return 0;
  }
  if (command === "hold" || command === "unhold" || command === "showhold") return 0;
  ctx.out.err(command ? `E: Invalid operation ${command}\n` : "apt 2.6.1 (amd64)\nUsage: apt-mark [options] {auto|manual} pkg1 [pkg2 ...]\n");
  return command ? 100 : 1;
}
