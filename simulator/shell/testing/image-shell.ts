import { VirtualClock } from "../../core/clock";
import { createLayer, type LayerEntry } from "../../vfs/layer";
import { UnionFs } from "../../vfs/union-fs";
import { WritableLayer } from "../../vfs/writable-layer";
import { CORE_COMMANDS, createCommandTable } from "../commands/index";
import type { ContainerNetwork, NetworkResponse } from "../commands/network";
import type { ShellUser } from "../commands/types";
import { PosixShell } from "../posix/shell";

/**
 * The images the tool tests run in. Their files mirror what
 * simulator/image/rootfs builds for the catalog images (the shell may not
 * import the image layer): Debian bookworm with merged /usr and dash,
 * Alpine with BusyBox links, node's npm-cli.js launcher and yarn's
 * stand-in, python's versioned interpreter and pip launchers, the Go tree,
 * and buildpack-deps' curl, wget and make.
 */
export type TestImageKind = "debian" | "debian-slim" | "ubuntu" | "alpine" | "node" | "node-alpine" | "python" | "python-slim" | "golang";

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const file = (content: string, mode = 0o644, uid = 0, gid = uid): LayerEntry => ({ type: "file", content, mode, uid, gid, mtimeMs: T0 });
const dir = (mode = 0o755, uid = 0): LayerEntry => ({ type: "dir", mode, uid, gid: uid, mtimeMs: T0 });
const link = (target: string): LayerEntry => ({ type: "symlink", target, uid: 0, gid: 0, mtimeMs: T0 });
const elf = (): LayerEntry => file("\x7fELF", 0o755);

const DEBIAN_PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n";
const DEBIAN_GROUP = "root:x:0:\ndaemon:x:1:\nadm:x:4:\nsudo:x:27:\nwww-data:x:33:\nshadow:x:42:\nstaff:x:50:\nusers:x:100:\nnogroup:x:65534:\n";
const ALPINE_PASSWD = "root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n";
const ALPINE_GROUP = "root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nwheel:x:10:root\nusers:x:100:games\nnogroup:x:65533:\nnobody:x:65534:\n";

function shadowOf(passwd: string): string {
  return passwd.split("\n").filter(Boolean).map((l) => `${l.split(":")[0]}:*:19756:0:99999:7:::\n`).join("");
}

/** The entries of one test image. */
export function createImageEntries(kind: TestImageKind): Record<string, LayerEntry> {
  const alpine = kind === "alpine" || kind === "node-alpine";
  const e: Record<string, LayerEntry> = {
    "/etc": dir(), "/tmp": dir(0o1777), "/root": dir(0o700), "/home": dir(), "/usr": dir(), "/usr/bin": dir(), "/usr/sbin": dir(), "/usr/local": dir(), "/usr/local/bin": dir(),
    "/usr/local/lib": dir(), "/var": dir(), "/var/lib": dir(), "/opt": dir(), "/app": dir(),
    "/etc/hostname": file(""),
  };
  let passwd = alpine ? ALPINE_PASSWD : DEBIAN_PASSWD;
  let group = alpine ? ALPINE_GROUP : DEBIAN_GROUP;
  if (alpine) {
    e["/bin"] = dir();
    e["/sbin"] = dir();
    e["/bin/busybox"] = elf();
    for (const n of [...Object.keys(CORE_COMMANDS), "sh", "ash"]) e[`/bin/${n}`] = link("/bin/busybox");
    for (const n of ["env", "wget", "sha256sum", "md5sum"]) e[`/usr/bin/${n}`] = link("/bin/busybox");
    for (const n of ["adduser", "addgroup"]) e[`/sbin/${n}`] = link("/bin/busybox");
    e["/sbin/apk"] = elf();
    e["/etc/os-release"] = file('NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.3\n');
    e["/etc/alpine-release"] = file("3.21.3\n");
  } else {
    e["/bin"] = link("usr/bin");
    e["/sbin"] = link("usr/sbin");
    for (const n of Object.keys(CORE_COMMANDS)) e[`/usr/bin/${n}`] = elf();
    e["/usr/bin/dash"] = elf();
    e["/usr/bin/bash"] = elf();
    e["/usr/bin/sh"] = link("dash");
    e["/usr/bin/apt-get"] = elf();
    for (const n of ["useradd", "groupadd", "adduser", "addgroup"]) e[`/usr/sbin/${n}`] = elf();
    e["/etc/skel"] = dir();
    e["/etc/skel/.bashrc"] = file("# ~/.bashrc: executed by bash(1) for non-login shells.\n");
    e["/etc/skel/.profile"] = file("# ~/.profile: executed by the command interpreter for login shells.\n");
    e["/etc/os-release"] = file(kind === "ubuntu" ? 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nVERSION_CODENAME=noble\n' : 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_CODENAME=bookworm\n');
    e["/var/lib/dpkg"] = dir();
    e["/var/lib/dpkg/status"] = file("Package: base-files\nStatus: install ok installed\n");
  }
  if (kind === "node" || kind === "node-alpine") {
    passwd += alpine ? "node:x:1000:1000:Linux User,,,:/home/node:/bin/sh\n" : "node:x:1000:1000::/home/node:/bin/bash\n";
    group += "node:x:1000:\n";
    e["/home/node"] = dir(0o755, 1000);
    const npm = "/usr/local/lib/node_modules/npm";
    e["/usr/local/lib/node_modules"] = dir();
    e[`${npm}/bin/npm-cli.js`] = file("#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n", 0o755);
    e[`${npm}/package.json`] = file('{\n  "name": "npm",\n  "version": "10.8.2"\n}\n');
    e["/usr/local/bin/npm"] = link("../lib/node_modules/npm/bin/npm-cli.js");
    e["/usr/local/bin/node"] = elf();
    e["/usr/local/include/node/node_version.h"] = file('#define NODE_VERSION_STRING "v20.18.3"\n');
    e["/opt/yarn-v1.22.22/bin/yarn"] = file("#!/bin/sh\n", 0o755);
    e["/opt/yarn-v1.22.22/package.json"] = file('{\n  "name": "yarn",\n  "version": "1.22.22"\n}\n');
    e["/usr/local/bin/yarn"] = link("/opt/yarn-v1.22.22/bin/yarn");
  }
  if (kind === "python" || kind === "python-slim") {
    const site = "/usr/local/lib/python3.12/site-packages";
    e["/usr/local/bin/python3.12"] = elf();
    e["/usr/local/bin/python3"] = link("python3.12");
    e["/usr/local/bin/python"] = link("python3");
    for (const t of ["pip", "pip3", "pip3.12"]) e[`/usr/local/bin/${t}`] = file("#!/usr/local/bin/python3.12\nfrom pip._internal.cli.main import main\n", 0o755);
    e[`${site}/pip/__init__.py`] = file('__version__ = "24.3.1"\n');
    e[`${site}/pip-24.3.1.dist-info/METADATA`] = file("Metadata-Version: 2.1\nName: pip\nVersion: 24.3.1\n");
  }
  if (kind === "golang") {
    e["/usr/local/go/bin/go"] = elf();
    e["/usr/local/go/VERSION"] = file("go1.23.6\ntime 2025-02-04T20:00:00Z\n");
    e["/go"] = dir(0o1777);
    e["/go/bin"] = dir(0o1777);
    e["/go/src"] = dir(0o1777);
  }
  // buildpack-deps (the full node, python and golang images): curl, wget, make, gcc.
  if (kind === "node" || kind === "python" || kind === "golang" || kind === "debian") for (const n of ["curl", "wget", "make", "gcc", "cc"]) e[`/usr/bin/${n}`] = elf();
  e["/etc/passwd"] = file(passwd);
  e["/etc/group"] = file(group);
  e["/etc/shadow"] = file(shadowOf(passwd), 0o640, 0, 42);
  return e;
}

/** The image's ENV, as the catalog's configs set it. */
export function createImageEnv(kind: TestImageKind, home = "/root"): Record<string, string> {
  const path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  if (kind === "node" || kind === "node-alpine") return { PATH: path, NODE_VERSION: "20.18.3", YARN_VERSION: "1.22.22", HOME: home, HOSTNAME: "container" };
  if (kind === "python" || kind === "python-slim") return { PATH: path, LANG: "C.UTF-8", PYTHON_VERSION: "3.12.8", HOME: home, HOSTNAME: "container" };
  if (kind === "golang") return { PATH: `/go/bin:/usr/local/go/bin:${path}`, GOLANG_VERSION: "1.23.6", GOTOOLCHAIN: "local", GOPATH: "/go", HOME: home, HOSTNAME: "container" };
  return { PATH: path, HOME: home, HOSTNAME: "container" };
}

/** root, as every image runs unless USER says otherwise. */
export const ROOT: ShellUser = { name: "root", uid: 0, gid: 0, home: "/root" };
/** The node images' `node` user. */
export const NODE_USER: ShellUser = { name: "node", uid: 1000, gid: 1000, home: "/home/node" };

/** What one script printed and its status. */
export interface ScriptResult {
  out: string;
  err: string;
  status: number;
}

/** A container of a test image: its file system, clock, and `run` for scripts through its /bin/sh. */
export interface ImageShell {
  fs: UnionFs;
  clock: VirtualClock;
  run(script: string, options?: { user?: ShellUser; stdin?: string; cwd?: string }): ScriptResult;
}

/** Starts a container of `kind` whose scripts run in /bin/sh (dash, or BusyBox ash on Alpine), with `network` if given. */
export function createImageShell(kind: TestImageKind, options: { network?: ContainerNetwork } = {}): ImageShell {
  const clock = new VirtualClock(T0);
  const fs = new UnionFs([createLayer(createImageEntries(kind))], { upper: new WritableLayer(), now: () => clock.now() });
  const alpine = kind === "alpine" || kind === "node-alpine";
  const commands = createCommandTable({ sh: alpine ? "ash" : "dash" });
  return {
    fs,
    clock,
    run: (script, o = {}) => {
      const user = o.user ?? ROOT;
      const shell = new PosixShell({ fs, cwd: o.cwd ?? "/app", env: createImageEnv(kind, user.home), user, flavor: alpine ? "ash" : "dash", argv0: "/bin/sh", commands, clock, hostname: "container", network: options.network, stepBudget: 2_000_000 });
      const r = shell.run(script, { stdin: o.stdin ?? "" });
      const pick = (s: string): string => r.chunks.filter((c) => c.stream === s).map((c) => c.text).join("");
      return { out: pick("stdout"), err: pick("stderr"), status: r.status };
    },
  };
}

/** A scripted network for tests: answers by URL, resolves the listed hosts, refuses or times out the listed host:ports. */
export function createFakeNetwork(spec: { hosts?: Record<string, string>; pages?: Record<string, { status?: number; body?: string; headers?: Record<string, string> }>; refused?: string[]; timeout?: string[] }): ContainerNetwork & { requests: { url: string; method: string; headers: Record<string, string>; body?: string }[] } {
  const requests: { url: string; method: string; headers: Record<string, string>; body?: string }[] = [];
  return {
    requests,
    request(url, method, headers, body): NetworkResponse {
      requests.push({ url, method, headers, body });
      const m = /^https?:\/\/([^/:]+|\[[^\]]+\])(?::(\d+))?/.exec(url);
      const host = m?.[1] ?? "";
      const port = m?.[2] ?? (url.startsWith("https") ? "443" : "80");
      const address = spec.hosts?.[host] ?? (/^\d+\.\d+\.\d+\.\d+$/.test(host) ? host : undefined);
      if (address === undefined) return { kind: "unresolved" };
      if (spec.refused?.includes(`${host}:${port}`)) return { kind: "refused", address };
      if (spec.timeout?.includes(`${host}:${port}`)) return { kind: "timeout", address };
      const page = spec.pages?.[url];
      if (!page) return { kind: "response", status: 404, headers: { "Content-Type": "text/html" }, body: "<h1>404 Not Found</h1>\n", address };
      return { kind: "response", status: page.status ?? 200, headers: page.headers ?? { "Content-Type": "text/html", "Content-Length": String(new TextEncoder().encode(page.body ?? "").length) }, body: page.body ?? "", address };
    },
  };
}
