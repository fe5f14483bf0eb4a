import type { PosixCommandContext } from "../commands/types";
import { readOptional } from "../packages/common";

/**
 * What a simulated ELF file (or object, archive) records: the stand-in for
 * the ELF header and dynamic section that file(1), ldd(1) and scanelf read
 * (System V ABI, ELF-64 Object File Format: e_type, DT_NEEDED, DT_SONAME).
 */
export interface ElfInfo {
  /** "exec" (ET_EXEC/ET_DYN with an interpreter), "shared" (a DT_SONAME library), "object" (ET_REL), "archive" (ar(1) of objects). */
  kind: "exec" | "shared" | "object" | "archive";
  /** The file name the linker gave it (`-o NAME`'s basename). */
  name: string;
  /** The source distribution (`redis-7.2.5`) its sources came from, when known: its programs' identities live in that catalog entry. */
  origin?: string;
  /** DT_NEEDED sonames ("libssl.so.3"). */
  needed: string[];
  /** Whether strip(1) has removed the symbol table. */
  stripped?: boolean;
  /** For an archive: its members' names (ar t). */
  members?: string[];
  /** glibc or musl: which dynamic loader the program names. */
  libc?: "gnu" | "musl";
}

const MAGIC = "\x7fELF dockyard ";

/** The contents of a stand-in ELF file for `info` (real ELF bytes are not needed: only this simulator reads them). */
export function formatElf(info: ElfInfo): string {
  return `${MAGIC}${JSON.stringify(info)}\n`;
}

/** The ELF information a stand-in records; undefined for anything else (a script, a package's opaque "\x7fELF" placeholder). */
export function parseElf(content: string): ElfInfo | undefined {
  if (!content.startsWith(MAGIC)) return undefined;
  try {
    return JSON.parse(content.slice(MAGIC.length, content.indexOf("\n"))) as ElfInfo;
  } catch {
    return undefined;
  }
}

/** The ELF information of the file at `path`, if it is a stand-in. */
export function readElf(ctx: PosixCommandContext, path: string): ElfInfo | undefined {
  const text = readOptional(ctx, path);
  return text === undefined ? undefined : parseElf(text);
}

/** The real sonames of the libraries `-lNAME` links against on Debian bookworm / Alpine (DT_SONAME of the .so the linker finds). */
export const SONAMES: Readonly<Record<string, string>> = {
  c: "libc.so.6", m: "libm.so.6", dl: "libc.so.6", pthread: "libc.so.6", rt: "libc.so.6", util: "libc.so.6",
  ssl: "libssl.so.3", crypto: "libcrypto.so.3", z: "libz.so.1", bz2: "libbz2.so.1.0", lzma: "liblzma.so.5", ffi: "libffi.so.8",
  readline: "libreadline.so.8", ncursesw: "libncursesw.so.6", tinfo: "libtinfo.so.6", sqlite3: "libsqlite3.so.0", uuid: "libuuid.so.1",
  gdbm: "libgdbm.so.6", gdbm_compat: "libgdbm_compat.so.4", yaml: "libyaml-0.so.2", gmp: "libgmp.so.10", crypt: "libcrypt.so.1",
  "stdc++": "libstdc++.so.6", gcc_s: "libgcc_s.so.1", xml2: "libxml2.so.2", curl: "libcurl.so.4", sodium: "libsodium.so.23",
  onig: "libonig.so.5", argon2: "libargon2.so.1",
};

// Simplification: the base images' shared libraries are not all files in our root filesystems; these sonames count as present
// (debian:bookworm-slim's libc6, libgcc-s1, libstdc++6, zlib1g, libtinfo6, libcrypt1, libssl3 as apt-catalog assumes; alpine's musl, libcrypto3, libssl3, zlib).
const BASE_GNU = ["libc.so.6", "libm.so.6", "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1", "libtinfo.so.6", "libcrypt.so.1", "libssl.so.3", "libcrypto.so.3"];
const BASE_MUSL = ["libc.musl-x86_64.so.1", "libssl.so.3", "libcrypto.so.3", "libz.so.1"];

/** Where the dynamic loader finds a soname (ld.so(8): /usr/local/lib, then the multiarch dirs; musl: /lib, /usr/local/lib, /usr/lib), or undefined when it is not installed. */
export function findLibrary(ctx: PosixCommandContext, soname: string, musl: boolean): string | undefined {
  if (musl) {
    for (const d of ["/lib", "/usr/local/lib", "/usr/lib"]) if (ctx.fs.stat(`${d}/${soname}`)) return `${d}/${soname}`;
    return BASE_MUSL.includes(soname) ? (soname.startsWith("libc.musl") ? "/lib/ld-musl-x86_64.so.1" : `/lib/${soname}`) : undefined;
  }
  if (ctx.fs.stat(`/usr/local/lib/${soname}`)) return `/usr/local/lib/${soname}`;
  for (const d of ["/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu"]) if (ctx.fs.stat(`${d}/${soname}`)) return `/lib/x86_64-linux-gnu/${soname}`;
  return BASE_GNU.includes(soname) ? `/lib/x86_64-linux-gnu/${soname}` : undefined;
}
