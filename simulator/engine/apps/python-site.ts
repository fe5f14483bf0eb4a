import type { PosixFileSystem } from "../../vfs/posix-types";

/**
 * Top-level names of CPython 3's standard library (`sys.stdlib_module_names`
 * of 3.12, plus the 3.8–3.11 modules 3.12 dropped: distutils, imp, asynchat,
 * asyncore, smtpd), so `import json` never needs site-packages.
 */
const STDLIB = new Set(
  (
    "__future__ _thread abc aifc antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb binascii bisect builtins bz2 " +
    "cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy " +
    "copyreg crypt csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno faulthandler " +
    "fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac html http " +
    "idlelib imaplib imghdr imp importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math " +
    "mimetypes mmap modulefinder multiprocessing netrc nis nntplib ntpath numbers opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools " +
    "pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random " +
    "re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver " +
    "spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny " +
    "tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc tty turtle turtledemo " +
    "types typing unicodedata unittest urllib uu uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo"
  ).split(" "),
);

/** Whether `module`'s top-level package is part of CPython's standard library. */
export function isStdlibModule(module: string): boolean {
  return STDLIB.has(module.split(".")[0] ?? module);
}

/** A distribution found in a site directory (its `*.dist-info`), with where it lives. */
export interface SiteDistribution {
  name: string;
  version: string;
  /** The site-packages (or dist-packages) directory holding it. */
  site: string;
}

/** What an interpreter can import beyond the standard library: its site directories and what they hold. */
export interface PythonSite {
  /** sys.path's site directories, in search order. */
  dirs: string[];
  /** Importable top-level names → the directory holding them. */
  modules: Map<string, string>;
  /** Installed distributions by lower-case name. */
  distributions: Map<string, SiteDistribution>;
}

function listDir(fs: PosixFileSystem, dir: string): string[] {
  try {
    return fs.stat(dir)?.type === "dir" ? fs.readdir(dir) : [];
  } catch {
    return [];
  }
}

/**
 * The site directories a CPython in the container searches (site.py's
 * getsitepackages and the user site; Debian's dist-packages): every
 * python3.X under /usr/local/lib and /usr/lib, /usr/lib/python3/dist-packages,
 * ~/.local, a venv's own lib when `venv` is its prefix, and PYTHONPATH entries.
 * Simplification: the interpreter's own minor version is not used to pick
 * among several python3.X directories; an image has one.
 */
export function readPythonSite(fs: PosixFileSystem, env: Record<string, string>, scriptDir: string, venv?: string): PythonSite {
  const dirs: string[] = [scriptDir];
  for (const p of (env.PYTHONPATH ?? "").split(":")) if (p) dirs.push(p);
  const prefixes = venv ? [`${venv}/lib`] : ["/usr/local/lib", "/usr/lib"];
  const home = env.HOME ?? "/root";
  if (!venv) prefixes.push(`${home}/.local/lib`);
  for (const prefix of prefixes) {
    for (const name of listDir(fs, prefix).sort()) {
      if (!/^python3\.\d+$/.test(name)) continue;
      dirs.push(`${prefix}/${name}/site-packages`, `${prefix}/${name}/dist-packages`);
    }
  }
  if (!venv) dirs.push("/usr/lib/python3/dist-packages");
  const modules = new Map<string, string>();
  const distributions = new Map<string, SiteDistribution>();
  for (const dir of dirs) {
    for (const entry of listDir(fs, dir)) {
      const dist = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
      if (dist) {
        const key = (dist[1] as string).toLowerCase().replace(/[-_.]+/g, "-");
        if (!distributions.has(key)) distributions.set(key, { name: dist[1] as string, version: dist[2] as string, site: dir });
        continue;
      }
      const module = entry.endsWith(".py") ? entry.slice(0, -3) : /\.(cpython|abi3)[^/]*\.so$/.test(entry) ? entry.slice(0, entry.indexOf(".")) : entry;
      if (!/^[A-Za-z_]\w*$/.test(module) || modules.has(module)) continue;
      const st = fs.stat(`${dir}/${entry}`);
      if (st?.type === "file" || (st?.type === "dir" && module === entry)) modules.set(module, dir);
    }
  }
  return { dirs, modules, distributions };
}

/** Compares dotted release numbers ("2.0.2" < "2.3.8"); non-numeric parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(".").map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
