import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";

/** What each name of Debian's a2enmod script works on, and whether it enables. */
const MODES: Readonly<Record<string, { kind: "module" | "conf" | "site"; enable: boolean }>> = {
  a2enmod: { kind: "module", enable: true },
  a2dismod: { kind: "module", enable: false },
  a2enconf: { kind: "conf", enable: true },
  a2disconf: { kind: "conf", enable: false },
  a2ensite: { kind: "site", enable: true },
  a2dissite: { kind: "site", enable: false },
};
const DIRS = { module: "mods", conf: "conf", site: "sites" } as const;
const LABEL = { module: "Module", conf: "Conf", site: "Site" } as const;
/** What Debian's script tells the user to run afterwards: a restart for modules, a reload otherwise. */
const ACTION = { module: "restart", conf: "reload", site: "reload" } as const;

/** The `# Depends:` / `# Conflicts:` names a module's .load file declares. */
function declared(load: string, header: string): string[] {
  return (new RegExp(`^# ${header}:(.*)$`, "m").exec(load)?.[1] ?? "").split(/[\s,]+/).filter(Boolean);
}

/**
 * Debian's a2enmod/a2dismod/a2enconf/a2disconf/a2ensite/a2dissite (one Perl
 * script, debian/a2enmod in the apache2 package): links NAME.load and
 * NAME.conf from $APACHE_CONFDIR/mods-available into mods-enabled (confs and
 * sites: NAME.conf from *-available into *-enabled), enabling a module's
 * `# Depends:` first and refusing while a `# Conflicts:` module is enabled;
 * the dis* names remove the links. Messages and exit statuses are the script's.
 * Simplification: -q/-f/-m/-p are accepted but only -q changes anything;
 * the /var/lib/apache2 state that records an administrator's choices is not kept.
 */
export function runA2enmod(ctx: PosixCommandContext): number {
  const self = (ctx.argv[0] ?? "a2enmod").slice((ctx.argv[0] ?? "").lastIndexOf("/") + 1);
  const mode = MODES[self] ?? { kind: "module" as const, enable: true };
  const args = ctx.argv.slice(1);
  const quiet = args.includes("-q") || args.includes("--quiet");
  const names = args.filter((a) => !a.startsWith("-")).map((n) => n.replace(/\.(load|conf)$/, ""));
  const root = (ctx.env.APACHE_CONFDIR ?? "/etc/apache2").replace(/\/+$/, "");
  const dir = DIRS[mode.kind];
  const say = (s: string): void => {
    if (!quiet) ctx.out.out(s);
  };
  if (names.length === 0) {
    ctx.out.err(`Which ${mode.kind === "module" ? "module(s)" : mode.kind === "conf" ? "conf(s)" : "site(s)"} do you want to ${mode.enable ? "enable" : "disable"} (wildcards ok)?\n`);
    return 1;
  }
  const exts = mode.kind === "module" ? ["load", "conf"] : ["conf"];
  const enabled = (n: string): boolean => ctx.fs.stat(`${root}/${dir}-enabled/${n}.${exts[0]}`) !== null;
  let status = 0;
  let changed = false;
  const enable = (name: string, seen: Set<string>): boolean => {
    const main = `${root}/${dir}-available/${name}.${exts[0]}`;
    const text = readOptional(ctx, main);
    if (text === undefined) {
      ctx.out.err(`ERROR: ${LABEL[mode.kind]} ${name} does not exist!\n`);
      return false;
    }
    if (mode.kind === "module") {
      for (const c of declared(text, "Conflicts")) {
        say(`Considering conflict ${c} for ${name}:\n`);
        if (enabled(c)) {
          ctx.out.err(`ERROR: Module ${c} is enabled - cannot proceed due to conflicts. It needs to be disabled first!\n`);
          return false;
        }
      }
      for (const d of declared(text, "Depends")) {
        say(`Considering dependency ${d} for ${name}:\n`);
        if (!seen.has(d) && !enable(d, new Set([...seen, d]))) return false;
      }
    }
    if (enabled(name)) {
      say(`${LABEL[mode.kind]} ${name} already enabled\n`);
      return true;
    }
    say(`Enabling ${mode.kind === "module" ? "module" : mode.kind} ${name}.\n`);
    for (const ext of exts) {
      if (!ctx.fs.stat(`${root}/${dir}-available/${name}.${ext}`)) continue;
      ctx.fs.mkdir(`${root}/${dir}-enabled`, { recursive: true });
      ctx.fs.symlink(`../${dir}-available/${name}.${ext}`, `${root}/${dir}-enabled/${name}.${ext}`);
    }
    changed = true;
    return true;
  };
  for (const name of names) {
    if (mode.enable) {
      if (!enable(name, new Set([name]))) status = 1;
      continue;
    }
    if (!ctx.fs.stat(`${root}/${dir}-available/${name}.${exts[0]}`) && !enabled(name)) {
      ctx.out.err(`ERROR: ${LABEL[mode.kind]} ${name} does not exist!\n`);
      status = 1;
      continue;
    }
    if (!enabled(name)) {
      say(`${LABEL[mode.kind]} ${name} already disabled\n`);
      continue;
    }
    for (const ext of exts) if (ctx.fs.lstat(`${root}/${dir}-enabled/${name}.${ext}`)) ctx.fs.remove(`${root}/${dir}-enabled/${name}.${ext}`);
    say(`${LABEL[mode.kind]} ${name} disabled.\n`);
    changed = true;
  }
  if (changed) say(`To activate the new configuration, you need to run:\n  service apache2 ${ACTION[mode.kind]}\n`);
  return status;
}
