import type { PosixCommandContext } from "../commands/types";
import { OFFLINE_NETWORK } from "../commands/network";
import { ensureParent, readOptional } from "../packages/common";
import { findDownloadByBody, PGP_KEYS, type PgpKey } from "../packages/downloads-catalog";

/** gpg's options that take a value (GnuPG 2.2 g10/gpg.c). */
const VALUED = new Set(["--keyserver", "--homedir", "--output", "-o", "--keyserver-options", "--trust-model", "-u", "--local-user", "-r", "--recipient"]);

/** "B42F 6819 007F 00F8 8E36  4FD4 036A 9C25 BF35 7DD4": gpg's fingerprint groups (g10/keylist.c print_fingerprint). */
function groupFingerprint(fpr: string): string {
  const groups = fpr.match(/.{4}/g) ?? [];
  return `${groups.slice(0, 5).join(" ")}  ${groups.slice(5).join(" ")}`;
}

/** The keybox: the fingerprints imported into $GNUPGHOME, one per line (Simplification: not the real pubring.kbx format). */
function readKeyring(ctx: PosixCommandContext, home: string): PgpKey[] {
  const text = readOptional(ctx, `${home}/pubring.kbx`) ?? "";
  return text.split("\n").map((f) => PGP_KEYS.get(f)).filter((k): k is PgpKey => k !== undefined);
}

/** Makes $GNUPGHOME and the keybox as a first run does, with gpg's notices. */
function openHome(ctx: PosixCommandContext, home: string): void {
  if (!ctx.fs.stat(home)) {
    ensureParent(ctx, `${home}/x`);
    ctx.fs.chmod(home, 0o700);
    ctx.out.err(`gpg: directory '${home}' created\n`);
  }
  if (!ctx.fs.stat(`${home}/pubring.kbx`)) {
    ctx.fs.writeFile(`${home}/pubring.kbx`, "");
    ctx.out.err(`gpg: keybox '${home}/pubring.kbx' created\n`);
  }
}

function findKey(keys: readonly PgpKey[], id: string): PgpKey | undefined {
  const want = id.replace(/^0x/i, "").replace(/\s/g, "").toUpperCase();
  return keys.find((k) => want.length >= 8 && k.fingerprint.endsWith(want));
}

/** --recv-keys: fetches each key from the keyserver through dirmngr (HKP), imports it. */
function receiveKeys(ctx: PosixCommandContext, home: string, keyserver: string, ids: readonly string[]): number {
  openHome(ctx, home);
  if (!ctx.findProgram("dirmngr", "/usr/local/bin:/usr/bin:/bin")) {
    ctx.out.err(`gpg: failed to start dirmngr '/usr/bin/dirmngr': No such file or directory\ngpg: connecting dirmngr at '${home}/S.dirmngr' failed: No such file or directory\ngpg: keyserver receive failed: No dirmngr\n`);
    return 2;
  }
  const host = keyserver.replace(/^(hkps?|https?):\/\//, "").replace(/[:/].*$/, "") || "keys.openpgp.org";
  const have = readKeyring(ctx, home);
  let imported = 0;
  let unchanged = 0;
  for (const id of ids) {
    const response = (ctx.network ?? OFFLINE_NETWORK).request(`https://${host}/pks/lookup?op=get&options=mr&search=0x${id.replace(/^0x/i, "")}`, "GET", {});
    if (response.kind !== "response") {
      ctx.out.err(`gpg: keyserver receive failed: ${response.kind === "unresolved" ? "No name" : "Connection timed out"}\n`);
      return 2;
    }
    const fpr = /stand-in: ([0-9A-F]{40}) /.exec(response.body)?.[1];
    const key = fpr ? PGP_KEYS.get(fpr) : undefined;
    if (response.status !== 200 || !key) {
      ctx.out.err("gpg: keyserver receive failed: No data\n");
      return 2;
    }
    if (have.includes(key)) {
      ctx.out.err(`gpg: key ${key.fingerprint.slice(-16)}: "${key.uid}" not changed\n`);
      unchanged++;
      continue;
    }
    if (have.length === 0 && !ctx.fs.stat(`${home}/trustdb.gpg`)) {
      ctx.fs.writeFile(`${home}/trustdb.gpg`, "");
      ctx.out.err(`gpg: ${home}/trustdb.gpg: trustdb created\n`);
    }
    have.push(key);
    ctx.out.err(`gpg: key ${key.fingerprint.slice(-16)}: public key "${key.uid}" imported\n`);
    imported++;
  }
  ctx.fs.writeFile(`${home}/pubring.kbx`, have.map((k) => `${k.fingerprint}\n`).join(""));
  ctx.out.err(`gpg: Total number processed: ${imported + unchanged}\n${imported ? `gpg:               imported: ${imported}\n` : ""}${unchanged ? `gpg:              unchanged: ${unchanged}\n` : ""}`);
  return 0;
}

/** --verify SIG [DATA]: checks a detached signature against the file it names (DATA defaults to SIG without .asc/.sig). */
function verify(ctx: PosixCommandContext, home: string, files: readonly string[]): number {
  const sigPath = files[0];
  if (sigPath === undefined) {
    ctx.out.err("gpg: verify signatures failed: Unexpected error\n");
    return 2;
  }
  const dataPath = files[1] ?? sigPath.replace(/\.(asc|sig)$/, "");
  const sigText = readOptional(ctx, ctx.resolve(sigPath));
  if (sigText === undefined) {
    ctx.out.err(`gpg: can't open '${sigPath}': No such file or directory\ngpg: verify signatures failed: No such file or directory\n`);
    return 2;
  }
  const sig = findDownloadByBody(sigText)?.signature;
  if (!sig) {
    ctx.out.err("gpg: no valid OpenPGP data found.\ngpg: the signature could not be verified.\nPlease remember that the signature file (.sig or .asc)\nshould be the first file given on the command line.\n");
    return 2;
  }
  const data = readOptional(ctx, ctx.resolve(dataPath));
  if (data === undefined) {
    ctx.out.err(`gpg: can't open signed data '${dataPath}'\ngpg: can't hash datafile: No such file or directory\n`);
    return 2;
  }
  ctx.out.err(`gpg: Signature made ${sig.made} UTC\ngpg:                using RSA key ${sig.key}\n`);
  const key = findKey(readKeyring(ctx, home), sig.key);
  if (!key) {
    ctx.out.err("gpg: Can't check signature: No public key\n");
    return 2;
  }
  if (findDownloadByBody(data)?.location !== sig.signs) {
    ctx.out.err(`gpg: BAD signature from "${key.uid}" [unknown]\n`);
    return 1;
  }
  ctx.out.err(`gpg: Good signature from "${key.uid}" [unknown]\ngpg: WARNING: This key is not certified with a trusted signature!\ngpg:          There is no indication that the signature belongs to the owner.\nPrimary key fingerprint: ${groupFingerprint(key.fingerprint)}\n`);
  return 0;
}

/** --decrypt of a clearsigned file (RFC 4880 §7): writes the signed text to --output (else stdout) and checks its signature as --verify does. */
function decryptClearsigned(ctx: PosixCommandContext, home: string, file: string | undefined, output: string | undefined): number {
  const text = file === undefined ? ctx.stdin : readOptional(ctx, ctx.resolve(file));
  if (text === undefined) {
    ctx.out.err(`gpg: can't open '${file ?? ""}': No such file or directory\ngpg: decrypt_message failed: No such file or directory\n`);
    return 2;
  }
  const m = /^-----BEGIN PGP SIGNED MESSAGE-----\n(?:Hash: [^\n]*\n)*\n([\s\S]*?)-----BEGIN PGP SIGNATURE-----\n[\s\S]*?stand-in: signature by ([0-9A-F]{40})/.exec(text);
  if (!m) {
    ctx.out.err("gpg: no valid OpenPGP data found.\ngpg: decrypt_message failed: Unknown system error\n");
    return 2;
  }
  const message = (m[1] as string).replace(/^- /gm, "");
  if (output) {
    ensureParent(ctx, ctx.resolve(output));
    ctx.fs.writeFile(ctx.resolve(output), message);
  } else ctx.out.out(message);
  const made = findDownloadByBody(text)?.signature?.made ?? "Thu Jan  1 00:00:00 1970";
  const key = findKey(readKeyring(ctx, home), m[2] as string);
  ctx.out.err(`gpg: Signature made ${made} UTC\ngpg:                using ${key?.algo.startsWith("ed") ? "EDDSA" : "RSA"} key ${m[2]}\n`);
  if (!key) {
    ctx.out.err("gpg: Can't check signature: No public key\n");
    return 2;
  }
  ctx.out.err(`gpg: Good signature from "${key.uid}" [unknown]\ngpg: WARNING: This key is not certified with a trusted signature!\ngpg:          There is no indication that the signature belongs to the owner.\nPrimary key fingerprint: ${groupFingerprint(key.fingerprint)}\n`);
  return 0;
}

/**
 * GnuPG 2.2's gpg (Debian bookworm, Alpine) for what image builds do with it:
 * `--recv-keys` from a keyserver through dirmngr (which must be installed),
 * `--verify` of a detached signature, `--decrypt` of a clearsigned file, `--fingerprint`/`--list-keys`,
 * `--export [--armor]`, in $GNUPGHOME (else ~/.gnupg), with gpg's own
 * messages (g10/keyserver.c, g10/mainproc.c, g10/keylist.c).
 * Simplification: keys and signatures are the catalog's stand-ins; trust is always "unknown".
 */
export function runGpg(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0 && VALUED.has(a.slice(0, eq))) values.set(a.slice(0, eq), a.slice(eq + 1));
    else if (VALUED.has(a)) values.set(a, args[++i] ?? "");
    else if (a.startsWith("-") && a !== "-") flags.add(a);
    else rest.push(a);
  }
  const home = values.get("--homedir") ?? ctx.env.GNUPGHOME ?? `${ctx.env.HOME ?? ctx.user.home}/.gnupg`;
  if (flags.has("--version")) {
    ctx.out.out("gpg (GnuPG) 2.2.40\nlibgcrypt 1.10.1\nCopyright (C) 2022 g10 Code GmbH\nLicense GNU GPL-3.0-or-later <https://gnu.org/licenses/gpl.html>\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nHome: " + home + "\n");
    return 0;
  }
  if (flags.has("--recv-keys") || flags.has("--recv-key")) return receiveKeys(ctx, home, values.get("--keyserver") ?? "hkps://keys.openpgp.org", rest);
  if (flags.has("--verify")) return verify(ctx, home, rest);
  if (flags.has("--decrypt") || flags.has("-d")) return decryptClearsigned(ctx, home, rest[0], values.get("--output") ?? values.get("-o"));
  openHome(ctx, home);
  const keys = readKeyring(ctx, home);
  const selected = rest.length ? rest.map((id) => findKey(keys, id)) : keys;
  if (flags.has("--fingerprint") || flags.has("--list-keys") || flags.has("-k") || flags.has("--list-key")) {
    let status = 0;
    rest.forEach((id, i) => {
      if (!selected[i]) {
        ctx.out.err(`gpg: error reading key: No public key\n`);
        status = 2;
      }
      void id;
    });
    for (const k of selected) if (k) ctx.out.out(`pub   ${k.algo} ${k.created} [SC]\n      ${flags.has("--fingerprint") ? groupFingerprint(k.fingerprint) : k.fingerprint}\nuid           [ unknown] ${k.uid}\n\n`);
    return status;
  }
  if (flags.has("--export")) {
    const found = selected.filter((k): k is PgpKey => k !== undefined);
    if (found.length === 0) {
      ctx.out.err("gpg: WARNING: nothing exported\n");
      return 0;
    }
    const text = found.map((k) => `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nstand-in: ${k.fingerprint} ${k.uid}\n-----END PGP PUBLIC KEY BLOCK-----\n`).join("");
    ctx.out.out(text);
    return 0;
  }
  ctx.out.err("gpg: Go ahead and type your message ...\n");
  return 2;
}

/** gpgconf (GnuPG 2.2): `--kill all` stops the agents (none run here), `--list-dirs` prints the home. */
export function runGpgconf(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  if (args[0] === "--kill") return 0;
  if (args[0] === "--list-dirs") {
    ctx.out.out(`homedir:${ctx.env.GNUPGHOME ?? `${ctx.env.HOME ?? ctx.user.home}/.gnupg`}\n`);
    return 0;
  }
  ctx.out.err(`gpgconf: usage: gpgconf [options] (-h for help)\n`);
  return 2;
}
