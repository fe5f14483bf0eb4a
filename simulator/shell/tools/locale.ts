import type { PosixCommandContext } from "../commands/types";
import { ensureParent, readOptional } from "../packages/common";

/** Where generated locales live (glibc's locale-archive, localedef(1)); here one name per line. Simplification: not the archive format. */
const ARCHIVE = "/usr/lib/locale/locale-archive";

/** glibc's normalized codeset name: "UTF-8" → "utf8" (intl/l10nflist.c _nl_normalize_codeset). */
function normalize(name: string): string {
  const [lang, codeset] = name.split(".");
  return codeset === undefined ? name : `${lang}.${codeset.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
}

function readArchive(ctx: PosixCommandContext): string[] {
  return (readOptional(ctx, ARCHIVE) ?? "").split("\n").filter(Boolean);
}

function addLocale(ctx: PosixCommandContext, name: string): void {
  const have = readArchive(ctx);
  if (!have.includes(name)) have.push(name);
  ensureParent(ctx, ARCHIVE);
  ctx.fs.writeFileWith(ARCHIVE, have.sort().map((n) => `${n}\n`).join(""), { mode: 0o644 });
}

/**
 * Debian's locale-gen (locales package): compiles each locale uncommented
 * in /etc/locale.gen into the locale archive, printing its progress lines.
 */
export function runLocaleGen(ctx: PosixCommandContext): number {
  if (ctx.user.uid !== 0) {
    ctx.out.err("/usr/sbin/locale-gen: line 41: /usr/lib/locale/locale-archive: Permission denied\n");
    return 1;
  }
  const wanted = (readOptional(ctx, "/etc/locale.gen") ?? "").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  ctx.out.out("Generating locales (this might take a while)...\n");
  for (const line of wanted) {
    const name = line.split(/\s+/)[0] as string;
    ctx.clock.advance(1200);
    ctx.budget.tick();
    ctx.out.out(`  ${name}... done\n`);
    addLocale(ctx, normalize(name));
  }
  ctx.out.out("Generation complete.\n");
  return 0;
}

/** localedef(1) `-i INPUT -c -f CHARMAP -A ALIASES NAME`: compiles NAME into the archive (the official images' alpine/slim recipes). */
export function runLocaledef(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const name = args.filter((a, i) => !a.startsWith("-") && !/^-[ifA]$/.test(args[i - 1] ?? "")).pop();
  if (!name) {
    ctx.out.err("localedef: wrong number of arguments\nTry `localedef --help' or `localedef --usage' for more information.\n");
    return 4;
  }
  addLocale(ctx, normalize(name));
  return 0;
}

/** locale(1) of glibc: `-a` lists C, C.utf8, POSIX and the archive's locales; otherwise the LC_* settings from $LANG/$LC_ALL. */
export function runLocale(ctx: PosixCommandContext): number {
  if (ctx.argv.includes("-a")) {
    ctx.out.out(["C", "C.utf8", "POSIX", ...readArchive(ctx)].sort().map((n) => `${n}\n`).join(""));
    return 0;
  }
  const lang = ctx.env.LANG ?? "";
  const all = ctx.env.LC_ALL ?? "";
  const cats = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"];
  ctx.out.out(`LANG=${lang}\nLANGUAGE=\n${cats.map((c) => `${c}="${all || ctx.env[c] || lang || "POSIX"}"\n`).join("")}LC_ALL=${all}\n`);
  return 0;
}
