import type { Download } from "../downloads-catalog";

/**
 * Source distributions: release tarballs (redis-7.2.5.tar.gz,
 * Python-3.12.13.tar.xz…) as data. A tarball's entry in the downloads catalog
 * carries its tree — paths, modes, declared sizes, the real text of the few
 * files Dockerfiles read or edit, and a configure script and Makefiles our
 * make runs — plus the programs its build produces (name, installed size,
 * what `--version` prints). tar(1) unpacks the tree; cc(1) compiles the
 * sources into ELF stand-ins that remember the distribution they came from.
 */

/** A program a distribution's build links: what it reports and how big the real one is. */
export interface BuiltProgram {
  /** st_size of the real installed binary (unstripped unless noted). */
  size: number;
  /** stdout of `NAME --version` (and `-v`/`-V` where the program takes them). */
  version: string;
  /** For an interpreter: what the distribution's own scripts it runs print for --version, by script name (`ruby /usr/local/bin/gem --version`). */
  scripts?: Readonly<Record<string, string>>;
}

/** One release tarball's contents and products. */
export interface SourceDistribution {
  /** The top directory every member sits in ("redis-7.2.5"), which --strip-components=1 drops. */
  root: string;
  /** Member mtime (the release date, UTC ISO). */
  released: string;
  /** Files under root: real text, or a declared size for a stand-in (a C source the simulated cc reads only for its origin). */
  files: Readonly<Record<string, string | number>>;
  /** Members with mode 0755 (configure, helper scripts). */
  executables: readonly string[];
  /** Programs and shared libraries the build links, by output file name. */
  programs: Readonly<Record<string, BuiltProgram>>;
  /** Further names its install gives those programs (copies, symlinks: redis-check-aof → redis-server). */
  commands?: readonly string[];
}

/** The downloads-catalog entry of a release tarball: a stand-in body, the real size and sha256, and the tree tar unpacks from it. */
export function sourceTarball(location: string, size: number, sha256: string, source: SourceDistribution): Download {
  return { location, size, sha256, body: `stand-in for the source tarball https://${location} (${size} bytes)\n`, source };
}

/** One archive member as tar extracts it. */
export interface SourceMember {
  path: string;
  type: "dir" | "file";
  mode: number;
  data: string;
  size?: number;
  mtimeMs: number;
}

/** The first line of a stand-in source file: the distribution and path it stands for, which cc(1) records as the object's origin. */
export function standInSource(root: string, path: string, size: number): string {
  return `/* ${root}/${path}: stand-in for the released file (${size} bytes) */\n`;
}

/** The distribution a stand-in source's first line names, if any. */
export function findSourceOrigin(text: string): string | undefined {
  return /^\/\* ([^/\s]+)\/\S+: stand-in for the released file/.exec(text)?.[1];
}

/** The tarball's members in archive order: each directory before what it holds, files sorted. */
export function listSourceMembers(dist: SourceDistribution): SourceMember[] {
  const mtimeMs = Date.parse(dist.released);
  const dirs = new Set<string>([dist.root]);
  const files: SourceMember[] = [];
  for (const [rel, body] of Object.entries(dist.files)) {
    const path = `${dist.root}/${rel}`;
    for (let i = path.indexOf("/"); i > 0; i = path.indexOf("/", i + 1)) dirs.add(path.slice(0, i));
    const mode = dist.executables.includes(rel) ? 0o755 : 0o644;
    if (typeof body === "number") files.push({ path, type: "file", mode, data: standInSource(dist.root, rel, body), size: body, mtimeMs });
    else files.push({ path, type: "file", mode, data: body, mtimeMs });
  }
  const all: SourceMember[] = [...[...dirs].map((path): SourceMember => ({ path, type: "dir", mode: 0o755, data: "", mtimeMs })), ...files];
  return all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** What a generated configure script checks and writes. */
export interface ConfigureSpec {
  /** PACKAGE_NAME and version, as autoconf's AC_INIT names them. */
  name: string;
  version: string;
  /** `checking …` lines printed after the compiler checks (answers included: "for sys/types.h... yes"). */
  checks: readonly string[];
  /** Files made from their `.in` template by substituting @prefix@, @CC@, @CFLAGS@, @LDFLAGS@, @host@. */
  outputs: readonly string[];
  /** Options it accepts besides the standard ones (--prefix, --build, --host…), for --enable-option-checking=fatal. */
  options: readonly string[];
}

/**
 * A configure script in the shape autoconf generates (Simplification: a
 * short POSIX sh script, not autoconf's 30 000 lines): parses --prefix and
 * friends, rejects unknown options under --enable-option-checking=fatal,
 * finds a C compiler on $PATH (`configure: error: no acceptable C compiler
 * found in $PATH`), prints its checks, writes config.log, config.status and
 * each output from its .in template.
 */
export function createConfigureScript(spec: ConfigureSpec): string {
  const known = ["prefix", "exec-prefix", "build", "host", "target", "sysconfdir", "libdir", "bindir", "mandir", "with-libdir", ...spec.options].join("|");
  const checks = spec.checks.map((c) => `echo "checking ${c.replace(/"/g, '\\"')}"`).join("\n");
  return `#! /bin/sh
# Guess values for system-dependent variables and create Makefiles.
# Generated by GNU Autoconf 2.71 for ${spec.name} ${spec.version}.
prefix=/usr/local
build=x86_64-pc-linux-gnu
fatal=
for arg in "$@"; do
  case "$arg" in
    --enable-option-checking=fatal) fatal=yes ;;
    --prefix=*) prefix="\${arg#*=}" ;;
    --build=*) build="\${arg#*=}" ;;
    *=*) ;;
    -*) ;;
  esac
done
for arg in "$@"; do
  name="\${arg%%=*}"; name="\${name#--}"
  case "$name" in
    ${known}|enable-option-checking|CC|CFLAGS|LDFLAGS|CPPFLAGS) ;;
    *) [ -z "$fatal" ] && continue
       echo "configure: error: unrecognized options: $arg" >&2; exit 1 ;;
  esac
done
echo "checking build system type... $build"
echo "checking host system type... $build"
CC="\${CC:-}"
if [ -z "$CC" ]; then
  for c in gcc cc; do if command -v "$c" >/dev/null 2>&1; then CC="$c"; break; fi; done
fi
echo "checking for gcc... \${CC:-no}"
if [ -z "$CC" ]; then
  echo "configure: error: in \\\`$(pwd)':" >&2
  echo "configure: error: no acceptable C compiler found in \\$PATH" >&2
  echo "See \\\`config.log' for more details" >&2
  exit 1
fi
echo "checking whether the C compiler works... yes"
echo "checking for C compiler default output file name... a.out"
echo "checking for suffix of executables... "
echo "checking whether we are cross compiling... no"
echo "checking for suffix of object files... o"
echo "checking whether the compiler supports GNU C... yes"
${checks}
echo "This file contains any messages produced by compilers while running configure." > config.log
printf '#! /bin/sh\\n# Generated by configure.\\n' > config.status
chmod +x config.status
echo "configure: creating ./config.status"
for out in ${spec.outputs.join(" ")}; do
  echo "config.status: creating $out"
  sed -e "s|@prefix@|$prefix|g" -e "s|@CC@|$CC|g" -e "s|@CFLAGS@|\${CFLAGS:-}|g" -e "s|@LDFLAGS@|\${LDFLAGS:-}|g" -e "s|@host@|$build|g" "$out.in" > "$out"
done
`;
}

/**
 * The configure.ac a configure script is generated from (autoconf's input):
 * AC_INIT, an AC_ARG_ENABLE/AC_ARG_WITH per option, an AC_MSG_CHECKING /
 * AC_MSG_RESULT pair per check and AC_CONFIG_FILES. Simplification: the
 * real ones hold the tests themselves; autoconf(1) here reads this back.
 */
export function createConfigureAc(spec: ConfigureSpec): string {
  const options = [...new Set(spec.options.map((o) => o.replace(/^(enable|disable)-/, "enable-").replace(/^(with|without)-/, "with-")))];
  const args = options.map((o) => (o.startsWith("enable-") ? `AC_ARG_ENABLE(${o.slice(7)})` : `AC_ARG_WITH(${o.slice(5)})`));
  const checks = spec.checks.map((c) => {
    const i = c.lastIndexOf("... ");
    return `AC_MSG_CHECKING([${c.slice(0, i)}])\nAC_MSG_RESULT([${c.slice(i + 4)}])`;
  });
  return `AC_INIT([${spec.name}], [${spec.version}])\n${[...args, ...checks].join("\n")}\nAC_CONFIG_FILES([${spec.outputs.join(" ")}])\nAC_OUTPUT\n`;
}

/** The ConfigureSpec a configure.ac declares (the inverse of createConfigureAc), or undefined without AC_INIT. */
export function parseConfigureAc(text: string): ConfigureSpec | undefined {
  const init = /AC_INIT\(\[([^\]]*)\],\s*\[([^\]]*)\]/.exec(text);
  if (!init) return undefined;
  const options = [...text.matchAll(/AC_ARG_(ENABLE|WITH)\(\[?([\w-]+)\]?/g)].flatMap((m) => (m[1] === "ENABLE" ? [`enable-${m[2]}`, `disable-${m[2]}`] : [`with-${m[2]}`, `without-${m[2]}`]));
  const checks = [...text.matchAll(/AC_MSG_CHECKING\(\[([^\]]*)\]\)\s*AC_MSG_RESULT\(\[([^\]]*)\]\)/g)].map((m) => `${m[1]}... ${m[2]}`);
  const outputs = [...text.matchAll(/AC_CONFIG_FILES\(\[([^\]]*)\]\)/g)].flatMap((m) => (m[1] ?? "").split(/\s+/).filter(Boolean));
  return { name: init[1] ?? "", version: init[2] ?? "", checks, outputs, options };
}
