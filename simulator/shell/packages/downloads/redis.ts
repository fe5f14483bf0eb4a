import type { Download } from "../downloads-catalog";
import { createConfigureScript, sourceTarball, type SourceDistribution } from "./source";

/**
 * Redis release tarballs (download.redis.io/releases, digests from
 * redis-hashes): the top-level and src/ Makefiles, deps/Makefile with its
 * `cd jemalloc && ./configure` line (which the official Dockerfiles grep and
 * patch), src/config.c's protected-mode line (which they flip to 0), and the
 * bundled dependencies built as static archives.
 * Simplification: the trees hold the real layout and the files Dockerfiles
 * touch, with a reduced set of C sources (declared sizes approximate) and
 * Makefiles reduced to the real targets, variables and install steps.
 */

const TOP_MAKEFILE = `# Top level makefile, the real stuff is at src/Makefile

default: all

.DEFAULT:
\tcd src && $(MAKE) $@

install:
\tcd src && $(MAKE) $@

.PHONY: install
`;

function depsMakefile(jemallocVersion: string, jemallocFlags: string): string {
  return `# Redis dependency Makefile

uname_S:= Linux

LUA_DEBUG?=no
LUA_COVERAGE?=no

default:
\t@echo "Explicit target required"

.PHONY: default

.make-prerequisites:
\t@touch $@

hiredis: .make-prerequisites
\t@printf '%b %b\\n' MAKE hiredis
\tcd hiredis && $(MAKE) static $(HIREDIS_MAKE_FLAGS)

.PHONY: hiredis

linenoise: .make-prerequisites
\t@printf '%b %b\\n' MAKE linenoise
\tcd linenoise && $(MAKE)

.PHONY: linenoise

hdr_histogram: .make-prerequisites
\t@printf '%b %b\\n' MAKE hdr_histogram
\tcd hdr_histogram && $(MAKE)

.PHONY: hdr_histogram

fpconv: .make-prerequisites
\t@printf '%b %b\\n' MAKE fpconv
\tcd fpconv && $(MAKE)

.PHONY: fpconv

LUA_CFLAGS+= -Wall -DLUA_ANSI -DENABLE_CJSON_GLOBAL -DREDIS_STATIC='' -DLUA_USE_MKSTEMP $(CFLAGS)
LUA_LDFLAGS+= $(LDFLAGS)

lua: .make-prerequisites
\t@printf '%b %b\\n' MAKE lua
\tcd lua/src && $(MAKE) all CFLAGS="$(LUA_CFLAGS)" MYLDFLAGS="$(LUA_LDFLAGS)" AR="$(AR) rc"

.PHONY: lua

JEMALLOC_CFLAGS= -std=gnu99 -Wall -pipe -g3 -O3 -funroll-loops $(CFLAGS)
JEMALLOC_LDFLAGS= $(LDFLAGS)

jemalloc: .make-prerequisites
\t@printf '%b %b\\n' MAKE jemalloc
\tcd jemalloc && ./configure --with-version=${jemallocVersion}-0-g0 --with-lg-quantum=3 ${jemallocFlags}--with-jemalloc-prefix=je_ CFLAGS="$(JEMALLOC_CFLAGS)" LDFLAGS="$(JEMALLOC_LDFLAGS)" $(JEMALLOC_CONFIGURE_OPTS)
\tcd jemalloc && $(MAKE) lib/libjemalloc.a

.PHONY: jemalloc
`;
}

/** A static library's Makefile: objects from C sources by the usual rule, archived with ar. */
function archiveMakefile(goal: string, lib: string, objects: string[]): string {
  return `CC?=cc
AR?=ar
OPTIMIZATION?=-O3
CFLAGS?=-std=c99 -pedantic -Wall $(OPTIMIZATION)

${goal === lib ? "" : `${goal}: ${lib}\n\n.PHONY: ${goal}\n\n`}${lib}: ${objects.join(" ")}
\t$(AR) rcs $@ $^

%.o: %.c
\t$(CC) $(CFLAGS) -c -o $@ $<
`;
}

const SERVER_SOURCES = ["adlist", "quicklist", "ae", "anet", "dict", "server", "sds", "zmalloc", "networking", "util", "object", "db", "replication", "rdb", "t_string", "t_list", "t_hash", "config", "aof", "cluster", "sentinel", "tls", "release", "module", "script_lua", "function_lua"];
const CLI_SOURCES = ["anet", "adlist", "dict", "redis-cli", "zmalloc", "release", "ae", "crc64", "siphash", "crc16", "monotonic", "cli_common", "mt19937-64", "strl"];
const BENCHMARK_SOURCES = ["ae", "anet", "redis-benchmark", "adlist", "dict", "zmalloc", "release", "crc64", "siphash", "crc16", "monotonic", "cli_common", "mt19937-64", "strl"];

function srcMakefile(): string {
  const objs = (names: string[]): string => names.map((n) => `${n}.o`).join(" ");
  return `# Redis Makefile
# Copyright (C) 2009 Salvatore Sanfilippo <antirez at gmail com>
# This file is released under the BSD license, see the COPYING file

OPTIMIZATION?=-O3
DEPENDENCY_TARGETS=hiredis linenoise lua hdr_histogram fpconv
STD=-pedantic -DREDIS_STATIC=''
WARN=-Wall -W -Wno-missing-field-initializers -Werror=deprecated-declarations -Wstrict-prototypes
OPT=$(OPTIMIZATION)
PREFIX?=/usr/local
INSTALL_BIN=$(PREFIX)/bin
INSTALL=install
MALLOC=jemalloc

FINAL_CFLAGS=$(STD) $(WARN) $(OPT) $(DEBUG) $(CFLAGS) $(REDIS_CFLAGS) -I../deps/hiredis -I../deps/linenoise -I../deps/lua/src -I../deps/hdr_histogram -I../deps/fpconv
FINAL_LDFLAGS=$(LDFLAGS) $(REDIS_LDFLAGS) $(DEBUG) -rdynamic
FINAL_LIBS=-lm -ldl -pthread -lrt

ifeq ($(MALLOC),jemalloc)
\tDEPENDENCY_TARGETS+= jemalloc
\tFINAL_CFLAGS+= -DUSE_JEMALLOC -I../deps/jemalloc/include
\tFINAL_LIBS := ../deps/jemalloc/lib/libjemalloc.a $(FINAL_LIBS)
endif

ifeq ($(BUILD_TLS),yes)
\tFINAL_CFLAGS+=-DUSE_OPENSSL
\tFINAL_LIBS += ../deps/hiredis/libhiredis_ssl.a -lssl -lcrypto
endif

REDIS_CC=$(QUIET_CC)$(CC) $(FINAL_CFLAGS)
REDIS_LD=$(QUIET_LINK)$(CC) $(FINAL_LDFLAGS)
REDIS_INSTALL=$(QUIET_INSTALL)$(INSTALL)

QUIET_CC = @printf '    %b %b\\n' CC $@ 1>&2;
QUIET_LINK = @printf '    %b %b\\n' LINK $@ 1>&2;
QUIET_INSTALL = @printf '    %b %b\\n' INSTALL $@ 1>&2;

REDIS_SERVER_NAME=redis-server
REDIS_SENTINEL_NAME=redis-sentinel
REDIS_SERVER_OBJ=${objs(SERVER_SOURCES)}
REDIS_CLI_NAME=redis-cli
REDIS_CLI_OBJ=${objs(CLI_SOURCES)}
REDIS_BENCHMARK_NAME=redis-benchmark
REDIS_BENCHMARK_OBJ=${objs(BENCHMARK_SOURCES)}
REDIS_CHECK_RDB_NAME=redis-check-rdb
REDIS_CHECK_AOF_NAME=redis-check-aof

all: $(REDIS_SERVER_NAME) $(REDIS_SENTINEL_NAME) $(REDIS_CLI_NAME) $(REDIS_BENCHMARK_NAME) $(REDIS_CHECK_RDB_NAME) $(REDIS_CHECK_AOF_NAME)
\t@echo ""
\t@echo "Hint: It's a good idea to run 'make test' ;)"
\t@echo ""

.PHONY: all

.make-prerequisites:
\t-(cd ../deps && $(MAKE) $(DEPENDENCY_TARGETS))
\t@touch $@

# redis-server
$(REDIS_SERVER_NAME): $(REDIS_SERVER_OBJ)
\t$(REDIS_LD) -o $@ $^ ../deps/hiredis/libhiredis.a ../deps/lua/src/liblua.a ../deps/hdr_histogram/libhdrhistogram.a ../deps/fpconv/libfpconv.a $(FINAL_LIBS)

# redis-sentinel
$(REDIS_SENTINEL_NAME): $(REDIS_SERVER_NAME)
\t$(REDIS_INSTALL) $(REDIS_SERVER_NAME) $(REDIS_SENTINEL_NAME)

# redis-check-rdb
$(REDIS_CHECK_RDB_NAME): $(REDIS_SERVER_NAME)
\t$(REDIS_INSTALL) $(REDIS_SERVER_NAME) $(REDIS_CHECK_RDB_NAME)

# redis-check-aof
$(REDIS_CHECK_AOF_NAME): $(REDIS_SERVER_NAME)
\t$(REDIS_INSTALL) $(REDIS_SERVER_NAME) $(REDIS_CHECK_AOF_NAME)

# redis-cli
$(REDIS_CLI_NAME): $(REDIS_CLI_OBJ)
\t$(REDIS_LD) -o $@ $^ ../deps/hiredis/libhiredis.a ../deps/linenoise/linenoise.o $(FINAL_LIBS)

# redis-benchmark
$(REDIS_BENCHMARK_NAME): $(REDIS_BENCHMARK_OBJ)
\t$(REDIS_LD) -o $@ $^ ../deps/hiredis/libhiredis.a ../deps/hdr_histogram/libhdrhistogram.a $(FINAL_LIBS)

%.o: %.c .make-prerequisites
\t$(REDIS_CC) -MMD -o $@ -c $<

install: all
\t@mkdir -p $(INSTALL_BIN)
\t@printf '    %b %b\\n' INSTALL $(REDIS_SERVER_NAME) 1>&2
\t@$(INSTALL) $(REDIS_SERVER_NAME) $(INSTALL_BIN)
\t@printf '    %b %b\\n' INSTALL $(REDIS_BENCHMARK_NAME) 1>&2
\t@$(INSTALL) $(REDIS_BENCHMARK_NAME) $(INSTALL_BIN)
\t@printf '    %b %b\\n' INSTALL $(REDIS_CLI_NAME) 1>&2
\t@$(INSTALL) $(REDIS_CLI_NAME) $(INSTALL_BIN)
\t@ln -sf $(REDIS_SERVER_NAME) $(INSTALL_BIN)/$(REDIS_CHECK_RDB_NAME)
\t@ln -sf $(REDIS_SERVER_NAME) $(INSTALL_BIN)/$(REDIS_CHECK_AOF_NAME)
\t@ln -sf $(REDIS_SERVER_NAME) $(INSTALL_BIN)/$(REDIS_SENTINEL_NAME)

.PHONY: install
`;
}

const JEMALLOC_SOURCES = ["jemalloc", "arena", "background_thread", "base", "bin", "bitmap", "ckh", "ctl", "extent", "large", "mutex", "pages", "prof", "tcache", "tsd"];

/** The distribution of one Redis release. */
function redis(version: string, released: string, jemalloc: string, jemallocFlags: string, build: string, serverSize: number, cliSize: number, benchmarkSize: number): SourceDistribution {
  const root = `redis-${version}`;
  const files: Record<string, string | number> = {
    Makefile: TOP_MAKEFILE,
    README: 8000,
    "00-RELEASENOTES": 60000,
    "redis.conf": 107000,
    "sentinel.conf": 14000,
    "deps/Makefile": depsMakefile(jemalloc, jemallocFlags),
    "deps/hiredis/Makefile": archiveMakefile("static", "libhiredis.a", ["alloc.o", "net.o", "hiredis.o", "sds.o", "async.o", "read.o", "sockcompat.o"]) + "\nstatic: libhiredis_ssl.a\n\nlibhiredis_ssl.a: ssl.o\n\t$(AR) rcs $@ $^\n",
    "deps/linenoise/Makefile": "STD=\nWARN= -Wall\nOPT= -Os\n\nR_CFLAGS= $(STD) $(WARN) $(OPT) $(DEBUG) $(CFLAGS)\n\nlinenoise.o: linenoise.c\n\t$(CC) $(R_CFLAGS) -c linenoise.c\n",
    "deps/lua/src/Makefile": archiveMakefile("all", "liblua.a", ["lapi.o", "lcode.o", "ldebug.o", "ldo.o", "lgc.o", "llex.o", "lparser.o", "lvm.o", "lua_cjson.o", "lua_cmsgpack.o"]).replace("AR?=ar", "AR= ar rcu").replace("$(AR) rcs $@ $^", "$(AR) $@ $^"),
    "deps/hdr_histogram/Makefile": archiveMakefile("libhdrhistogram.a", "libhdrhistogram.a", ["hdr_histogram.o"]),
    "deps/fpconv/Makefile": archiveMakefile("libfpconv.a", "libfpconv.a", ["fpconv_dtoa.o"]),
    "deps/jemalloc/configure": createConfigureScript({
      name: "jemalloc",
      version: jemalloc,
      checks: ["for xsltproc... false", "for ar... ar", "for nm... nm", "size of void *... 8", "size of int... 4", "size of long... 8", "for library containing clock_gettime... none required", "whether pthread_atfork(3) is compilable... yes", "for sys/syscall.h... yes", "STATIC_PAGE_SHIFT... 12", "configured large page size... 21"],
      outputs: ["Makefile"],
      options: ["with-version", "with-lg-quantum", "with-lg-page", "with-lg-hugepage", "disable-cache-oblivious", "with-jemalloc-prefix"],
    }),
    "deps/jemalloc/Makefile.in": `CC := @CC@\nCFLAGS := @CFLAGS@\nAR := ar\n\nlib/libjemalloc.a: ${JEMALLOC_SOURCES.map((s) => `src/${s}.o`).join(" ")}\n\t@mkdir -p lib\n\t$(AR) crs $@ $^\n\nsrc/%.o: src/%.c\n\t$(CC) $(CFLAGS) -c -D_GNU_SOURCE -D_REENTRANT -Iinclude -DJEMALLOC_NO_PRIVATE_NAMESPACE -o $@ $<\n`,
    "deps/hiredis/ssl.c": 16000,
    "deps/linenoise/linenoise.c": 41000,
    "deps/hdr_histogram/hdr_histogram.c": 33000,
    "deps/fpconv/fpconv_dtoa.c": 10000,
    "src/config.c": `/* Configuration file parsing and CONFIG GET/SET commands implementation.\n *\n * Copyright (c) 2009-2012, Salvatore Sanfilippo <antirez at gmail dot com>\n * All rights reserved.\n */\n\n#include "server.h"\n\nstandardConfig static_configs[] = {\n    /* Bool configs */\n    createBoolConfig("rdbchecksum", NULL, IMMUTABLE_CONFIG, server.rdb_checksum, 1, NULL, NULL),\n    createBoolConfig("daemonize", NULL, IMMUTABLE_CONFIG, server.daemonize, 0, NULL, NULL),\n    createBoolConfig("protected-mode", NULL, MODIFIABLE_CONFIG, server.protected_mode, 1, NULL, NULL),\n    createBoolConfig("rdbcompression", NULL, MODIFIABLE_CONFIG, server.rdb_compression, 1, NULL, NULL),\n    createBoolConfig("appendonly", NULL, MODIFIABLE_CONFIG | DENY_LOADING_CONFIG, server.aof_enabled, 0, NULL, updateAppendonly),\n};\n`,
    "src/version.h": `#define REDIS_VERSION "${version}"\n#define REDIS_VERSION_NUM 0x${version.split(".").map((n) => Number(n).toString(16).padStart(2, "0")).join("")}\n`,
    "src/Makefile": srcMakefile(),
  };
  for (const s of new Set([...SERVER_SOURCES, ...CLI_SOURCES, ...BENCHMARK_SOURCES])) if (s !== "config") files[`src/${s}.c`] = 20000 + s.length * 1500;
  for (const s of ["alloc", "net", "hiredis", "sds", "async", "read", "sockcompat"]) files[`deps/hiredis/${s}.c`] = 12000 + s.length * 900;
  for (const s of ["lapi", "lcode", "ldebug", "ldo", "lgc", "llex", "lparser", "lvm", "lua_cjson", "lua_cmsgpack"]) files[`deps/lua/src/${s}.c`] = 15000 + s.length * 800;
  for (const s of JEMALLOC_SOURCES) files[`deps/jemalloc/src/${s}.c`] = 18000 + s.length * 700;
  return {
    root,
    released,
    files,
    executables: ["deps/jemalloc/configure"],
    commands: ["redis-sentinel", "redis-check-rdb", "redis-check-aof"],
    programs: {
      "redis-server": { size: serverSize, version: `Redis server v=${version} sha=00000000:0 malloc=jemalloc-${jemalloc} bits=64 build=${build}\n` },
      "redis-cli": { size: cliSize, version: `redis-cli ${version}\n` },
      "redis-benchmark": { size: benchmarkSize, version: `redis-benchmark ${version}\n` },
    },
  };
}

/**
 * Redis 7.2.5 and 6.2.14: tarball sizes and sha256 as redis-hashes publishes them.
 * Simplification: binary sizes are those of a BUILD_TLS=yes x86-64 build, approximate; the build id is a fixed value.
 */
export const REDIS_DOWNLOADS: readonly Download[] = [
  sourceTarball("download.redis.io/releases/redis-7.2.5.tar.gz", 3385730, "5981179706f8391f03be91d951acafaeda91af7fac56beffb2701963103e423d", redis("7.2.5", "2024-05-16T12:00:00Z", "5.3.0", "--disable-cache-oblivious ", "d2f7d4b7c5ef31fc", 16_213_000, 8_184_000, 7_052_000)),
  sourceTarball("download.redis.io/releases/redis-6.2.14.tar.gz", 2496149, "34e74856cbd66fdb3a684fb349d93961d8c7aa668b06f81fd93ff267d09bc277", redis("6.2.14", "2024-01-09T12:00:00Z", "5.1.0", "", "8d6e3a9e1b0e5a2c", 10_042_000, 4_712_000, 4_318_000)),
];
