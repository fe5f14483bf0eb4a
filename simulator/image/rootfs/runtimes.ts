/**
 * Layers that add language runtimes and package sets: python
 * (docker-library/python: /usr/local/bin/python3.X, pip, site-packages),
 * node (nodejs/docker-node: /usr/local/bin/node, npm, npx, corepack, yarn
 * under /opt), go (/usr/local/go), the Temurin JDK (/opt/java/openjdk), and
 * the apt package sets of buildpack-deps.
 */
import type { LayerContent } from "../catalog/shape";
import { getDistro, writeAccounts } from "./distro";
import { EntryMap } from "./entries";

const PACKAGE_BINS: Record<string, string[]> = {
  curl: ["curl", "wget", "gpg", "gpg-agent", "dirmngr", "sq"],
  scm: ["git", "hg", "ssh", "ssh-keygen", "scp", "svn", "ps", "kill", "top", "free", "pgrep", "pkill", "watch", "uptime", "less"],
  build: ["gcc", "g++", "cc", "c++", "cpp", "make", "ld", "as", "ar", "autoconf", "automake", "file", "patch", "pkg-config", "bzip2", "xz", "unzip"],
  locale: ["curl", "wget", "locale", "localedef"],
};

/** An apt/apk package set (buildpack-deps layers, runtime deps), padded with its shared libraries. */
export function buildPackages(content: Extract<LayerContent, { kind: "packages" }>, total: number, mtime: number): EntryMap {
  const map = new EntryMap(mtime);
  const musl = getDistro(content.distro).family === "alpine";
  map.exe((PACKAGE_BINS[content.set] ?? []).map((n) => `/usr/bin/${n}`));
  if (content.set === "runtime-deps" || content.set === "curl" || content.set === "locale") map.file("/etc/ssl/certs/ca-certificates.crt", "-----BEGIN CERTIFICATE-----\n");
  const lib = musl ? "/usr/lib" : "/usr/lib/x86_64-linux-gnu";
  return map.ballast(total, [[`${lib}/lib${content.set}-deps.so`, 0.4], [`/usr/share/doc/${content.set}/changelog.gz`, 1]]);
}

/** /usr/local/bin/python3.X and friends, the stdlib and site-packages (pip, and setuptools/wheel before 3.12). */
export function buildPython(content: Extract<LayerContent, { kind: "python" }>, total: number, mtime: number): EntryMap {
  const map = new EntryMap(mtime);
  const minor = content.version.split(".").slice(0, 2).join(".");
  const lib = `/usr/local/lib/python${minor}`;
  const site = `${lib}/site-packages`;
  map.exe([`/usr/local/bin/python${minor}`]).link("/usr/local/bin/python3", `python${minor}`);
  map.file(`/usr/local/bin/python${minor}-config`, "#!/bin/sh\n", 0o755).link("/usr/local/bin/python3-config", `python${minor}-config`);
  for (const tool of ["pip", "pip3", `pip${minor}`]) map.file(`/usr/local/bin/${tool}`, `#!/usr/local/bin/python${minor}\nfrom pip._internal.cli.main import main\n`, 0o755);
  map.file(`/usr/local/bin/idle${minor}`, `#!/usr/local/bin/python${minor}\n`, 0o755).link("/usr/local/bin/idle3", `idle${minor}`);
  map.file(`/usr/local/bin/pydoc${minor}`, `#!/usr/local/bin/python${minor}\n`, 0o755).link("/usr/local/bin/pydoc3", `pydoc${minor}`);
  map.file(`${lib}/os.py`, '"""OS routines for NT or Posix depending on what system we\'re on."""\n').file(`${site}/README.txt`, "This directory exists so that 3rd party packages can be installed\nhere.  Read the source for site.py for more details.\n");
  const packages: [string, string | undefined][] = [["pip", content.pip], ["setuptools", content.setuptools], ["wheel", content.wheel]];
  for (const [name, version] of packages) {
    if (!version) continue;
    map.file(`${site}/${name}/__init__.py`, name === "pip" ? `__version__ = "${version}"\n` : "").file(`${site}/${name}-${version}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`);
  }
  map.file(`/usr/local/include/python${minor}/Python.h`, "#ifndef Py_PYTHON_H\n#define Py_PYTHON_H\n");
  return map.ballast(total, [[`/usr/local/lib/libpython${minor}.so.1.0`, 0.25], [`${lib}/config-${minor}-x86_64-linux-gnu/libpython${minor}.a`, 1]]);
}

/** The `make some useful symlinks` step: python, pydoc, idle, python-config → the 3 names. */
export function buildPythonLinks(mtime: number): EntryMap {
  return new EntryMap(mtime).link("/usr/local/bin/idle", "idle3").link("/usr/local/bin/pydoc", "pydoc3").link("/usr/local/bin/python", "python3").link("/usr/local/bin/python-config", "python3-config");
}

/** node, npm, npx, corepack under /usr/local (and the node user in the same RUN on alpine). */
export function buildNode(content: Extract<LayerContent, { kind: "node" }>, total: number, mtime: number): EntryMap {
  const map = new EntryMap(mtime);
  const d = getDistro(content.distro);
  if (d.family === "alpine") writeAccounts(map, d, ["node"]);
  const npm = "/usr/local/lib/node_modules/npm";
  map.link("/usr/local/bin/npm", "../lib/node_modules/npm/bin/npm-cli.js").link("/usr/local/bin/npx", "../lib/node_modules/npm/bin/npx-cli.js");
  map.file(`${npm}/bin/npm-cli.js`, "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n", 0o755).file(`${npm}/bin/npx-cli.js`, "#!/usr/bin/env node\n", 0o755);
  map.file(`${npm}/package.json`, `{\n  "name": "npm",\n  "version": "${content.npm}"\n}\n`);
  map.link("/usr/local/bin/corepack", "../lib/node_modules/corepack/dist/corepack.js").file("/usr/local/lib/node_modules/corepack/dist/corepack.js", "#!/usr/bin/env node\n", 0o755);
  map.file("/usr/local/include/node/node_version.h", `#define NODE_VERSION_STRING "${content.version}"\n`);
  return map.ballast(total, [["/usr/local/bin/node", 0.7], [`${npm}/node_modules/.package-lock.json`, 1]]);
}

/** Yarn classic in /opt, linked into /usr/local/bin. */
export function buildYarn(version: string, total: number, mtime: number): EntryMap {
  const dir = `/opt/yarn-v${version}`;
  const map = new EntryMap(mtime).file(`${dir}/bin/yarn`, "#!/bin/sh\n", 0o755).file(`${dir}/bin/yarnpkg`, "#!/bin/sh\n", 0o755);
  map.file(`${dir}/package.json`, `{\n  "name": "yarn",\n  "version": "${version}"\n}\n`).link("/usr/local/bin/yarn", `${dir}/bin/yarn`).link("/usr/local/bin/yarnpkg", `${dir}/bin/yarnpkg`);
  return map.ballast(total, [[`${dir}/lib/cli.js`, 1]]);
}

/** The Go distribution in /usr/local/go. */
export function buildGo(version: string, total: number, mtime: number): EntryMap {
  const map = new EntryMap(mtime).exe(["/usr/local/go/bin/go", "/usr/local/go/bin/gofmt"]).file("/usr/local/go/VERSION", `go${version}\ntime 2025-02-04T20:00:00Z\n`);
  return map.ballast(total, [["/usr/local/go/pkg/tool/linux_amd64/compile", 0.1], ["/usr/local/go/src/runtime/proc.go", 0.01], ["/usr/local/go/pkg/tool/linux_amd64/link", 1]]);
}

/** `mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"`. */
export function buildGopath(mtime: number): EntryMap {
  return new EntryMap(mtime).dir("/go", 0o1777).dir("/go/src", 0o1777).dir("/go/bin", 0o1777);
}

/** The Temurin JDK in /opt/java/openjdk. */
export function buildJava(javaVersion: string, total: number, mtime: number): EntryMap {
  const home = "/opt/java/openjdk";
  const map = new EntryMap(mtime).exe(["java", "javac", "jshell", "jar", "keytool", "jlink", "jcmd"].map((n) => `${home}/bin/${n}`));
  map.file(`${home}/release`, `IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="${javaVersion.replace(/^jdk-/, "").replace(/\+.*/, "")}"\n`);
  return map.ballast(total, [[`${home}/lib/modules`, 0.55], [`${home}/lib/server/libjvm.so`, 0.08], [`${home}/jmods/java.base.jmod`, 1]]);
}
