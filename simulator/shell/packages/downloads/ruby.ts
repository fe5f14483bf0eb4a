import type { Download } from "../downloads-catalog";
import { createConfigureAc, createConfigureScript, sourceTarball, type ConfigureSpec, type SourceDistribution } from "./source";

/**
 * CRuby source releases as docker-library/ruby fetches them:
 * cache.ruby-lang.org/pub/ruby/3.4/ruby-3.4.9.tar.xz (sha256 as
 * ruby-lang.org publishes it and the Dockerfile pins), whose tree carries
 * configure.ac (which the Dockerfile regenerates configure from with
 * autoconf) and whose configure, make and `make install` (tool/rbinstall.rb)
 * produce /usr/local/bin/ruby linked against libruby.so.3.4.9, the
 * extension libraries under lib/ruby/3.4.0/x86_64-linux (each linked against
 * the system library it wraps, which the ldd | dpkg-query --search pipeline
 * keeps), the stdlib, the headers and the gem/bundle/irb… scripts with their
 * `#!` rewritten to the installed ruby.
 * Simplification: the tree holds the layout and a reduced set of sources
 * (declared sizes approximate); there is no miniruby/baseruby stage, YJIT's
 * Rust crate is not compiled (configure only reports it), and libruby does
 * not record libgmp; the Makefile is written from Makefile.in (the real one
 * comes from template/Makefile.in and common.mk).
 */

const VERSION = "3.4.9";
const API = "3.4";
const ROOT = `ruby-${VERSION}`;
const LIBRUBY = `libruby.so.${VERSION}`;
/** RubyGems and Bundler as 3.4.9 bundles them (`bundle --version` on a 3.4.9 install prints Bundler version 2.6.9). */
const RUBYGEMS = "3.6.9";
const BUNDLER = "2.6.9";

const CORE = ["array", "bignum", "class", "compile", "eval", "gc", "hash", "io", "iseq", "numeric", "object", "parse", "prism/prism", "process", "re", "string", "thread", "vm", "yjit"];

/** Extension libraries (ext/NAME, installed as NAME.so), with the -l libraries each links. */
const EXTENSIONS: Readonly<Record<string, string>> = {
  openssl: "-lssl -lcrypto",
  zlib: "-lz",
  fiddle: "-lffi",
  etc: "",
  socket: "",
  stringio: "",
  strscan: "",
  json: "",
  date: "",
  digest: "-lcrypto",
};

/** Scripts installed into bindir (bin/gem, libexec/*), with what each prints for --version. */
const SCRIPTS: Readonly<Record<string, string>> = {
  "bin/gem": `${RUBYGEMS}\n`,
  "libexec/bundle": `Bundler version ${BUNDLER}\n`,
  "libexec/bundler": `Bundler version ${BUNDLER}\n`,
  "libexec/irb": "irb 1.14.3 (2024-12-18)\n",
  "libexec/erb": "erb 4.0.4\n",
  "libexec/rdoc": "6.14.0\n",
  "libexec/ri": "ri 6.14.0\n",
};

const CONFIGURE: ConfigureSpec = {
  name: "ruby",
  version: API,
  checks: ["for ruby... /usr/bin/ruby", "for --enable-shared... yes", "for rustc... rustc", "for SSL_new in -lssl... yes", "for deflateReset in -lz... yes", "for ffi_prep_cif in -lffi... yes", "for __gmpz_init in -lgmp... yes", "for crypt in -lcrypt... yes"],
  outputs: ["Makefile"],
  options: ["enable-shared", "disable-shared", "enable-install-doc", "disable-install-doc", "enable-yjit", "disable-yjit", "with-baseruby", "with-openssl-dir", "enable-rpath", "with-jemalloc"],
};

function makefileIn(): string {
  const objs = CORE.map((c) => `${c}.o`).join(" ");
  const exts = Object.keys(EXTENSIONS).map((e) => `ext/${e}/${e}.so`).join(" ");
  const extRules = Object.entries(EXTENSIONS).map(([e, libs]) => `ext/${e}/${e}.so: ext/${e}/${e}.o\n\t$(CC) -shared $(LDFLAGS) $< ${LIBRUBY} ${libs} -o $@\n`).join("\n");
  const scripts = Object.keys(SCRIPTS).join(" ");
  return `# Makefile for ruby (template/Makefile.in)
MAJOR=3
MINOR=4
TEENY=9
RUBY_PROGRAM_VERSION=${VERSION}
ruby_version=${API}.0
prefix=@prefix@
exec_prefix=$(prefix)
bindir=$(exec_prefix)/bin
libdir=$(exec_prefix)/lib
rubylibdir=$(libdir)/ruby/$(ruby_version)
rubyarchdir=$(rubylibdir)/x86_64-linux
rubyhdrdir=$(prefix)/include/ruby-$(ruby_version)
gemdir=$(libdir)/ruby/gems/$(ruby_version)
CC=@CC@
optflags=-O3 -fno-fast-math
CFLAGS=$(optflags) -ggdb3 @CFLAGS@
LDFLAGS=@LDFLAGS@
LIBRUBY_SO=${LIBRUBY}
INSTALL=install
OBJS=${objs}
EXTS=${exts}
SCRIPTS=${scripts}

all: ruby $(EXTS)

$(LIBRUBY_SO): $(OBJS)
\t$(CC) -shared $(LDFLAGS) -o $@ $(OBJS) -lz -lcrypt -lm -lpthread

ruby: main.o $(LIBRUBY_SO)
\t$(CC) $(LDFLAGS) -o $@ main.o $(LIBRUBY_SO) -lz -lcrypt -lm -lpthread

%.o: %.c
\t$(CC) -c $(CFLAGS) -I./include -I. -o $@ $<

${extRules}
.PHONY: all install install-nodoc

install: install-nodoc

install-nodoc: all
\t@mkdir -p $(DESTDIR)$(bindir) $(DESTDIR)$(libdir)/pkgconfig $(DESTDIR)$(rubyarchdir) $(DESTDIR)$(rubyhdrdir) $(DESTDIR)$(gemdir)/gems $(DESTDIR)$(gemdir)/specifications
\t$(INSTALL) -m 755 $(LIBRUBY_SO) $(DESTDIR)$(libdir)/$(LIBRUBY_SO)
\tcd $(DESTDIR)$(libdir) && ln -sf $(LIBRUBY_SO) libruby.so.${API}
\tcd $(DESTDIR)$(libdir) && ln -sf $(LIBRUBY_SO) libruby.so
\t$(INSTALL) -m 755 ruby $(DESTDIR)$(bindir)/ruby
\tfor s in $(SCRIPTS); do sed -e "1s|.*|#!$(bindir)/ruby|" $$s > $(DESTDIR)$(bindir)/$\${s##*/}; chmod 755 $(DESTDIR)$(bindir)/$\${s##*/}; done
\tcp -R lib/. $(DESTDIR)$(rubylibdir)
\tfor e in $(EXTS); do $(INSTALL) -m 755 $$e $(DESTDIR)$(rubyarchdir)/; done
\tcp -R include/. $(DESTDIR)$(rubyhdrdir)
\tsed -e "s|@prefix@|$(prefix)|" ruby.pc.in > $(DESTDIR)$(libdir)/pkgconfig/ruby-${API}.pc
`;
}

/** A script's text as the tree has it: the `#!` line rbinstall rewrites, then the real first lines. */
function script(path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name === "gem") return "#!/usr/bin/env ruby\n# frozen_string_literal: true\n\n#--\n# Copyright 2006 by Chad Fowler, Rich Kilmer, Jim Weirich and others.\n#++\n\nrequire \"rubygems\"\nrequire \"rubygems/gem_runner\"\n\nGem::GemRunner.new.run ARGV.clone\n";
  if (name === "bundle" || name === "bundler") return "#!/usr/bin/env ruby\n# frozen_string_literal: true\n\nrequire \"bundler/friendly_errors\"\nload File.expand_path(\"../exe/bundle\", __dir__)\n";
  return `#!/usr/bin/env ruby\n# frozen_string_literal: true\n\nrequire "${name}"\n`;
}

/** The 3.4.9 source tree. */
function rubyTree(): SourceDistribution {
  const files: Record<string, string | number> = {
    "configure.ac": createConfigureAc(CONFIGURE),
    configure: createConfigureScript(CONFIGURE),
    "Makefile.in": makefileIn(),
    README: `# What is Ruby?\n\nRuby is an interpreted object-oriented programming language often\nused for web development.\n`,
    COPYING: 2_400,
    "version.h": `#define RUBY_VERSION_TEENY 9\n#define RUBY_RELEASE_YEAR 2026\n#define RUBY_RELEASE_MONTH 3\n#define RUBY_RELEASE_DAY 11\n`,
    "include/ruby.h": 1_100,
    "include/ruby/ruby.h": 4_700,
    "include/ruby/version.h": 4_900,
    "main.c": 1_300,
    "ruby.pc.in": "prefix=@prefix@\nMAJOR=3\nMINOR=4\nTEENY=9\nruby_version=3.4.0\nName: Ruby\nDescription: Object Oriented Script Language\nVersion: ${ruby_version}\n",
    "lib/rubygems.rb": 38_000,
    "lib/rubygems/gem_runner.rb": 2_100,
    "lib/bundler.rb": 19_000,
    "lib/irb.rb": 35_000,
    "lib/erb.rb": 16_000,
    "lib/fileutils.rb": 78_000,
    "lib/set.rb": 25_000,
    "lib/yaml.rb": 2_000,
  };
  for (const p of Object.keys(SCRIPTS)) files[p] = script(p);
  for (const c of CORE) files[`${c}.c`] = 60_000 + c.length * 4_000;
  for (const e of Object.keys(EXTENSIONS)) files[`ext/${e}/${e}.c`] = 20_000 + e.length * 2_000;
  const scripts = Object.fromEntries(Object.entries(SCRIPTS).map(([p, v]) => [p.slice(p.lastIndexOf("/") + 1), v]));
  return {
    root: ROOT,
    released: "2026-03-11T00:00:00Z",
    files,
    executables: ["configure", ...Object.keys(SCRIPTS)],
    programs: {
      ruby: { size: 16_112, version: `ruby ${VERSION} (2026-03-11 revision 76cca827ab) +PRISM [x86_64-linux]\n`, scripts },
      [LIBRUBY]: { size: 14_900_000, version: "" },
    },
  };
}

/** ruby-3.4.9.tar.xz (sha256 as ruby-lang.org publishes it and docker-library/ruby pins). Simplification: tarball and built sizes approximate. */
export const RUBY_DOWNLOADS: readonly Download[] = [
  sourceTarball(`cache.ruby-lang.org/pub/ruby/${API}/${ROOT}.tar.xz`, 17_012_024, "4231c54072601a171faed1699f105985e9971c94cd382b78feb4eb44eec2dd1a", rubyTree()),
];
