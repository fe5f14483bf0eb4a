import type { PosixCommandContext } from "../commands/types";
import { OFFLINE_NETWORK } from "../commands/network";
import { ensureParent, readOptional } from "../packages/common";
import { PGP_KEYS, type PgpKey } from "../packages/downloads-catalog";

/** gpg1's options that take a value (GnuPG 1.4 g10/gpg.c). */
const VALUED = new Set(["--keyserver", "--homedir", "--output", "-o", "--keyserver-options"]);

/** The public keyring, one fingerprint per line (Simplification: not the OpenPGP packet format of pubring.gpg). */
function readKeyring(ctx: PosixCommandContext, home: string): PgpKey[] {
  return (readOptional(ctx, `${home}/pubring.gpg`) ?? "").split("\n").map((f) => PGP_KEYS.get(f)).filter((k): k is PgpKey => k !== undefined);
}

/** Creates the home and keyrings as a first gpg1 run does, with its notices (g10/keyring.c, GnuPG 1.4's `quotes'). */
function openHome(ctx: PosixCommandContext, home: string): void {
  if (!ctx.fs.stat(home)) {
    ensureParent(ctx, `${home}/x`);
    ctx.fs.chmod(home, 0o700);
    ctx.out.err(`gpg: directory \`${home}' created\ngpg: new configuration file \`${home}/gpg.conf' created\ngpg: WARNING: options in \`${home}/gpg.conf' are not yet active during this run\n`);
    ctx.fs.writeFile(`${home}/gpg.conf`, "");
  }
  for (const ring of ["secring.gpg", "pubring.gpg"]) {
    if (ctx.fs.stat(`${home}/${ring}`)) continue;
    ctx.fs.writeFile(`${home}/${ring}`, "");
    ctx.out.err(`gpg: keyring \`${home}/${ring}' created\n`);
  }
}

/** Key IDs from the operands; a quoted list of fingerprints ("FPR1 FPR2") names each (Simplification: GnuPG 1.4 would read it as one user ID). */
function splitIds(rest: readonly string[]): string[] {
  return rest.flatMap((r) => (/^[0-9A-Fa-fx\s]+$/.test(r) ? r.trim().split(/\s+/) : [r]));
}

/** --recv-keys over HKP (gpg1 runs its own gpgkeys_hkp helper: no dirmngr). */
function receiveKeys(ctx: PosixCommandContext, home: string, keyserver: string, ids: readonly string[]): number {
  openHome(ctx, home);
  const host = keyserver.replace(/^(hkps?|https?):\/\//, "").replace(/[:/].*$/, "");
  const have = readKeyring(ctx, home);
  let imported = 0;
  for (const id of ids) {
    const short = id.replace(/^0x/i, "").slice(-8).toUpperCase();
    ctx.out.err(`gpg: requesting key ${short} from hkp server ${host}\n`);
    const response = (ctx.network ?? OFFLINE_NETWORK).request(`https://${host}/pks/lookup?op=get&options=mr&search=0x${id.replace(/^0x/i, "")}`, "GET", {});
    if (response.kind !== "response") {
      ctx.out.err(`?: ${host}: Host not found\ngpgkeys: HTTP fetch error 7: couldn't connect: Success\ngpg: no valid OpenPGP data found.\ngpg: Total number processed: 0\n[GNUPG:] IMPORT_RES 0 0 0 0 0 0 0 0 0 0 0 0 0 0\ngpg: keyserver communications error: keyserver helper general error\ngpg: keyserver communications error: unknown pubkey algorithm\ngpg: keyserver receive failed: unknown pubkey algorithm\n`);
      return 2;
    }
    const key = PGP_KEYS.get(/stand-in: ([0-9A-F]{40}) /.exec(response.body)?.[1] ?? "");
    if (response.status !== 200 || !key) {
      ctx.out.err("gpgkeys: key not found on keyserver\ngpg: no valid OpenPGP data found.\ngpg: Total number processed: 0\ngpg: keyserver communications error: key not found\ngpg: keyserver communications error: bad public key\ngpg: keyserver receive failed: bad public key\n");
      return 2;
    }
    if (!ctx.fs.stat(`${home}/trustdb.gpg`)) {
      ctx.fs.writeFile(`${home}/trustdb.gpg`, "");
      ctx.out.err(`gpg: ${home}/trustdb.gpg: trustdb created\n`);
    }
    if (!have.includes(key)) have.push(key);
    ctx.out.err(`gpg: key ${key.fingerprint.slice(-8)}: public key "${key.uid}" imported\n`);
    imported++;
  }
  ctx.fs.writeFile(`${home}/pubring.gpg`, have.map((k) => `${k.fingerprint}\n`).join(""));
  ctx.out.err(`gpg: no ultimately trusted keys found\ngpg: Total number processed: ${imported}\ngpg:               imported: ${imported}  (RSA: ${imported})\n`);
  return 0;
}

/**
 * GnuPG 1.4's gpg1 (Debian's gnupg1 package), as nginx's Dockerfiles use it:
 * `--recv-keys` from a keyserver without dirmngr and `--export` of the keys
 * (to stdout, or --output), in $GNUPGHOME (else ~/.gnupg), with gpg 1.4's
 * messages. Simplification: exported keys are the catalog's stand-in text.
 */
export function runGpg1(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (VALUED.has(a)) values.set(a, args[++i] ?? "");
    else if (a.startsWith("-") && a !== "-") flags.add(a);
    else rest.push(a);
  }
  const home = values.get("--homedir") ?? ctx.env.GNUPGHOME ?? `${ctx.env.HOME ?? ctx.user.home}/.gnupg`;
  if (flags.has("--version")) {
    ctx.out.out(`gpg (GnuPG) 1.4.23\nCopyright (C) 2015 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nHome: ${home}\n`);
    return 0;
  }
  const ids = splitIds(rest);
  if (flags.has("--recv-keys") || flags.has("--recv-key")) return receiveKeys(ctx, home, values.get("--keyserver") ?? "keys.gnupg.net", ids);
  openHome(ctx, home);
  const keys = readKeyring(ctx, home);
  if (flags.has("--export")) {
    const found = ids.length ? keys.filter((k) => ids.some((id) => id.length >= 8 && k.fingerprint.endsWith(id.replace(/^0x/i, "").toUpperCase()))) : keys;
    if (found.length === 0) {
      ctx.out.err("gpg: WARNING: nothing exported\n");
      return 0;
    }
    const text = found.map((k) => `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nstand-in: ${k.fingerprint} ${k.uid}\n-----END PGP PUBLIC KEY BLOCK-----\n`).join("");
    const out = values.get("--output") ?? values.get("-o");
    if (out) ctx.fs.writeFile(ctx.resolve(out), text);
    else ctx.out.out(text);
    return 0;
  }
  if (flags.has("--list-keys") || flags.has("--fingerprint")) {
    for (const k of keys) ctx.out.out(`pub   ${k.algo.replace(/^rsa/, "")}R/${k.fingerprint.slice(-8)} ${k.created}\nuid                  ${k.uid}\n\n`);
    return 0;
  }
  ctx.out.err("gpg: Go ahead and type your message ...\n");
  return 2;
}
