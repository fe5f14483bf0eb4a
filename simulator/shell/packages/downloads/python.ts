import type { Download, PgpKey } from "../downloads-catalog";
import { createConfigureScript, sourceTarball, type SourceDistribution } from "./source";

/**
 * CPython source releases as docker-library/python fetches them:
 * www.python.org/ftp/python/X.Y.Z/Python-X.Y.Z.tar.xz (size and sha256 as
 * python.org publishes them and the Dockerfile pins), its detached .asc
 * signature by the release manager's key, and the tree whose configure,
 * make and `make install` produce /usr/local/bin/python3.12,
 * libpython3.12.so.1.0, the lib-dynload extension modules (each linked
 * against the system library it wraps, which the official image's
 * ldd | dpkg-query --search pipeline keeps), the stdlib with its test
 * directories and byte-code, the idle3/pydoc3/python3-config scripts and
 * pip from ensurepip's bundled wheel (Makefile.pre.in `install` target).
 * Simplification: the tree holds the layout and a reduced set of sources
 * (declared sizes approximate); configure writes Makefile from Makefile.in
 * (the real one goes through Makefile.pre.in and Modules/makesetup); the
 * bundled pip is installed by the installed interpreter rather than ./python.
 */

const VERSION = "3.12.13";
const MINOR = "3.12";
const ROOT = `Python-${VERSION}`;
const EXT = ".cpython-312-x86_64-linux-gnu.so";
/** Release manager of 3.12 and 3.13 (PEP 693, PEP 719): Thomas Wouters. */
const RM_KEY = "7169605F62C751356D054A26A821E680E5FA6305";
/** The pip wheel Lib/ensurepip/_bundled carries in 3.12.x security releases. */
const BUNDLED_PIP = "25.0.1";

const CORE = ["Objects/abstract", "Objects/bytesobject", "Objects/dictobject", "Objects/listobject", "Objects/longobject", "Objects/object", "Objects/typeobject", "Objects/unicodeobject", "Parser/parser", "Parser/tokenizer", "Parser/pegen", "Python/ceval", "Python/compile", "Python/import", "Python/pylifecycle", "Python/sysmodule", "Python/marshal", "Modules/main", "Modules/getpath", "Modules/posixmodule", "Modules/gcmodule"];

/** Extension modules built as shared objects (Modules/Setup.stdlib), with the -l libraries each links. */
const MODULES: Readonly<Record<string, readonly [string, string]>> = {
  _ssl: ["_ssl", "-lssl -lcrypto"],
  _hashlib: ["_hashopenssl", "-lcrypto"],
  _sqlite3: ["_sqlite/module", "-lsqlite3"],
  _bz2: ["_bz2module", "-lbz2"],
  _lzma: ["_lzmamodule", "-llzma"],
  _ctypes: ["_ctypes/_ctypes", "-lffi"],
  readline: ["readline", "-lreadline"],
  _curses: ["_cursesmodule", "-lncursesw -ltinfo"],
  _curses_panel: ["_curses_panel", "-lpanelw -lncursesw"],
  _gdbm: ["_gdbmmodule", "-lgdbm"],
  _dbm: ["_dbmmodule", "-lgdbm_compat"],
  _uuid: ["_uuidmodule", "-luuid"],
  zlib: ["zlibmodule", "-lz"],
  _tkinter: ["_tkinter", "-ltk8.6 -ltcl8.6"],
  _json: ["_json", ""],
  _socket: ["socketmodule", ""],
  math: ["mathmodule", "-lm"],
};

function makefileIn(): string {
  const objs = CORE.map((c) => `${c}.o`).join(" ");
  const mods = Object.keys(MODULES).map((m) => `Modules/${m}$(EXT_SUFFIX)`).join(" ");
  const modRules = Object.entries(MODULES).map(([m, [src, libs]]) => `Modules/${m}$(EXT_SUFFIX): Modules/${src}.o\n\t$(CC) -shared $(LDFLAGS) $< ${libs} -o $@\n`).join("\n");
  return `# Top-level Makefile for Python
VERSION=${MINOR}
prefix=@prefix@
exec_prefix=$(prefix)
BINDIR=$(exec_prefix)/bin
LIBDIR=$(exec_prefix)/lib
LIBDEST=$(prefix)/lib/python$(VERSION)
DESTSHARED=$(LIBDEST)/lib-dynload
INCLUDEPY=$(prefix)/include/python$(VERSION)
CC=@CC@
OPT=-DNDEBUG -g -O3 -Wall
CFLAGS=$(OPT) $(EXTRA_CFLAGS)
LDFLAGS=@LDFLAGS@
EXT_SUFFIX=${EXT}
LDLIBRARY=libpython$(VERSION).so
INSTSONAME=$(LDLIBRARY).1.0
INSTALL=install
AR=ar
LIBRARY_OBJS=${objs}
SHAREDMODS=${mods}

all: build_all

build_all: python libpython$(VERSION).a sharedmods

libpython$(VERSION).a: $(LIBRARY_OBJS)
\t$(AR) rcs $@ $(LIBRARY_OBJS)

python: Programs/python.o $(LDLIBRARY)
\t$(CC) -pthread $(LDFLAGS) -o $@ Programs/python.o $(LDLIBRARY) -ldl -lm

$(LDLIBRARY): $(LIBRARY_OBJS)
\t$(CC) -pthread -shared $(LDFLAGS) -o $(INSTSONAME) $(LIBRARY_OBJS) -ldl -lm
\tln -f $(INSTSONAME) $@

sharedmods: $(SHAREDMODS)

%.o: %.c
\t$(CC) -c $(CFLAGS) -I./Include -I. -o $@ $<

${modRules}
.PHONY: all build_all sharedmods install altinstall bininstall libinstall

install: altinstall bininstall
\t$(DESTDIR)$(BINDIR)/python$(VERSION) -E -m ensurepip --upgrade --root=$(DESTDIR)/

altinstall: libinstall
\t@mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEPY)
\t$(INSTALL) -m 555 $(INSTSONAME) $(DESTDIR)$(LIBDIR)/$(INSTSONAME)
\tln -sf $(INSTSONAME) $(DESTDIR)$(LIBDIR)/$(LDLIBRARY)
\t$(INSTALL) python $(DESTDIR)$(BINDIR)/python$(VERSION)
\t$(INSTALL) -m 755 Tools/scripts/idle3 $(DESTDIR)$(BINDIR)/idle$(VERSION)
\t$(INSTALL) -m 755 Tools/scripts/pydoc3 $(DESTDIR)$(BINDIR)/pydoc$(VERSION)
\tsed -e "s|@prefix@|$(prefix)|" Misc/python-config.sh.in > $(DESTDIR)$(BINDIR)/python$(VERSION)-config
\tchmod 755 $(DESTDIR)$(BINDIR)/python$(VERSION)-config
\tcp -R Include/. $(DESTDIR)$(INCLUDEPY)

libinstall: all
\t@mkdir -p $(DESTDIR)$(DESTSHARED)
\tcp -R Lib/. $(DESTDIR)$(LIBDEST)
\tfor m in $(SHAREDMODS); do $(INSTALL) -m 755 $$m $(DESTDIR)$(DESTSHARED)/; done
\t@mkdir -p $(DESTDIR)$(LIBDEST)/config-$(VERSION)-x86_64-linux-gnu
\t$(INSTALL) -m 644 libpython$(VERSION).a $(DESTDIR)$(LIBDEST)/config-$(VERSION)-x86_64-linux-gnu/libpython$(VERSION).a

bininstall: altinstall
\tcd $(DESTDIR)$(BINDIR) && ln -sf python$(VERSION) python3
\tcd $(DESTDIR)$(BINDIR) && ln -sf python$(VERSION)-config python3-config
\tcd $(DESTDIR)$(BINDIR) && ln -sf idle$(VERSION) idle3
\tcd $(DESTDIR)$(BINDIR) && ln -sf pydoc$(VERSION) pydoc3
`;
}

/** The 3.12.13 source tree. */
function pythonTree(): SourceDistribution {
  const files: Record<string, string | number> = {
    configure: createConfigureScript({
      name: "python",
      version: MINOR,
      checks: ["for --enable-universalsdk... no", "for --with-universal-archs... no", "MACHDEP... linux", "for --enable-shared... yes", "for --enable-optimizations... yes", "for --with-lto... full", "for --with-ensurepip... upgrade", "for --enable-loadable-sqlite-extensions... yes", "for stdlib extension module _ssl... yes", "for stdlib extension module _sqlite3... yes", "for stdlib extension module _tkinter... yes", "for stdlib extension module _uuid... yes"],
      outputs: ["Makefile"],
      options: ["enable-loadable-sqlite-extensions", "enable-optimizations", "enable-shared", "with-lto", "with-ensurepip", "without-ensurepip", "with-system-expat", "enable-ipv6", "with-dbmliborder", "with-computed-gotos"],
    }),
    "Makefile.in": makefileIn(),
    README: `This is Python version ${VERSION}\n===============================\n`,
    LICENSE: 13_800,
    "Include/Python.h": 2_900,
    "Include/patchlevel.h": `#define PY_MAJOR_VERSION        3\n#define PY_MINOR_VERSION        12\n#define PY_MICRO_VERSION        13\n#define PY_VERSION              "${VERSION}"\n`,
    "Programs/python.c": 400,
    "Misc/python-config.sh.in": '#!/bin/sh\n# Keep this script in sync with python-config.in\nprefix_real=$(installed_prefix "$0")\nprefix="@prefix@"\n',
    "Tools/scripts/idle3": "#! /usr/bin/env python3\n\nfrom idlelib.pyshell import main\nif __name__ == '__main__':\n    main()\n",
    "Tools/scripts/pydoc3": "#!/usr/bin/env python3\n\nimport pydoc\nif __name__ == '__main__':\n    pydoc.cli()\n",
    "Lib/os.py": 39_800,
    "Lib/site.py": 22_800,
    "Lib/pydoc.py": 110_000,
    "Lib/__pycache__/os.cpython-312.pyc": 43_000,
    "Lib/ensurepip/__init__.py": 9_600,
    "Lib/ensurepip/__main__.py": 88,
    [`Lib/ensurepip/_bundled/pip-${BUNDLED_PIP}-py3-none-any.whl`]: 1_841_506,
    "Lib/idlelib/pyshell.py": 63_000,
    "Lib/idlelib/idle_test/test_run.py": 15_000,
    "Lib/tkinter/__init__.py": 178_000,
    "Lib/sqlite3/__init__.py": 2_500,
    "Lib/test/test_os.py": 190_000,
    "Lib/test/regrtest.py": 300,
    "Lib/unittest/test/test_case.py": 75_000,
    "Lib/lib2to3/tests/test_parser.py": 28_000,
  };
  for (const c of CORE) files[`${c}.c`] = 40_000 + c.length * 2_000;
  for (const [m, [src]] of Object.entries(MODULES)) files[`Modules/${src}.c`] = 30_000 + m.length * 3_000;
  return {
    root: ROOT,
    released: "2026-03-03T12:00:00Z",
    files,
    executables: ["configure", "Tools/scripts/idle3", "Tools/scripts/pydoc3"],
    programs: {
      python: { size: 14_488, version: `Python ${VERSION}\n` },
      [`libpython${MINOR}.so.1.0`]: { size: 5_980_000, version: "" },
    },
  };
}

const BASE = `www.python.org/ftp/python/${VERSION}/${ROOT}.tar.xz`;

/** Python 3.12.13 (sha256 and size as python.org publishes them) and its signature. Simplification: built sizes approximate a stripped amd64 build. */
export const PYTHON_DOWNLOADS: readonly Download[] = [
  sourceTarball(BASE, 20_801_708, "c08bc65a81971c1dd5783182826503369466c7e67374d1646519adf05207b684", pythonTree()),
  { location: `${BASE}.asc`, size: 963, body: `-----BEGIN PGP SIGNATURE-----\n\nstand-in: signature by ${RM_KEY} over https://${BASE}\n-----END PGP SIGNATURE-----\n`, signature: { key: RM_KEY, signs: BASE, made: "Tue Mar  3 12:00:00 2026" } },
];

/** The 3.12/3.13 release manager's key (python.org/downloads/metadata/pgp). Simplification: creation date approximate. */
export const PYTHON_KEYS: readonly PgpKey[] = [{ fingerprint: RM_KEY, uid: "Thomas Wouters <thomas@python.org>", created: "2015-04-21", algo: "rsa4096" }];
