import { VirtualClock } from "../../core/clock";
import { createLayer, type LayerEntry } from "../../vfs/layer";
import { calculateCleanPath } from "../../vfs/path";
import { UnionFs } from "../../vfs/union-fs";
import { WritableLayer } from "../../vfs/writable-layer";
import { Budget } from "../posix/state";
import type { PosixCommand, PosixCommandContext, ShellUser } from "../commands/types";

/** The image kinds the package-manager tests run in. */
export type TestImage = "debian" | "ubuntu" | "alpine" | "python" | "node";

const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);
const file = (content: string, mode = 0o644, uid = 0): LayerEntry => ({ type: "file", content, mode, uid, gid: uid, mtimeMs: T0 });
const dir = (mode = 0o755, uid = 0): LayerEntry => ({ type: "dir", mode, uid, gid: uid, mtimeMs: T0 });
const elf = (): LayerEntry => file("\x7fELF", 0o755);

/** root, as every image runs unless USER says otherwise. */
export const ROOT_USER: ShellUser = { name: "root", uid: 0, gid: 0, home: "/root" };
/** The unprivileged `app` user of the test images. */
export const APP: ShellUser = { name: "app", uid: 1000, gid: 1000, home: "/home/app" };

/** A base layer like the official image's: os-release, passwd/group/shadow, the interpreters a python or node image has. */
export function createBaseEntries(image: TestImage): Record<string, LayerEntry> {
  const alpine = image === "alpine";
  const e: Record<string, LayerEntry> = {
    "/etc": dir(), "/tmp": dir(0o1777), "/root": dir(0o700), "/home": dir(), "/home/app": dir(0o755, 1000), "/usr/bin": dir(), "/usr/local/bin": dir(), "/var/lib": dir(), "/app": dir(),
    "/etc/passwd": file("root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\napp:x:1000:1000::/home/app:/bin/sh\n"),
    "/etc/group": file("root:x:0:\nnogroup:x:65534:\napp:x:1000:\n"),
    "/etc/shadow": file("root:*:20000:0:99999:7:::\nnobody:*:20000:0:99999:7:::\napp:!:20000:0:99999:7:::\n", 0o640),
    "/etc/os-release": file(alpine ? 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.3\n' : image === "ubuntu" ? 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nVERSION_CODENAME=noble\n' : 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_CODENAME=bookworm\n'),
  };
  if (alpine) {
    e["/lib/apk/db/installed"] = file(["alpine-baselayout", "alpine-baselayout-data", "alpine-keys", "alpine-release", "apk-tools", "busybox", "busybox-binsh", "ca-certificates-bundle", "libcrypto3", "libssl3", "musl", "musl-utils", "scanelf", "ssl_client", "zlib"].map((p) => `P:${p}\nV:1.0-r0\n`).join("\n"));
    e["/etc/apk/world"] = file("alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nmusl\n");
    e["/sbin/apk"] = elf();
  } else {
    e["/var/lib/dpkg/status"] = file("Package: base-files\nStatus: install ok installed\nVersion: 12.4+deb12u9\n");
    e["/var/lib/apt/lists"] = dir();
    e["/usr/bin/apt-get"] = elf();
  }
  if (image === "python") {
    e["/usr/local/bin/python3"] = elf();
    e["/usr/local/bin/pip"] = elf();
    e["/usr/local/lib/python3.12/site-packages/pip-24.0.dist-info/METADATA"] = file("Metadata-Version: 2.1\nName: pip\nVersion: 24.0\n");
    e["/usr/local/lib/python3.12/site-packages/pip/__init__.py"] = file('__version__ = "24.0"\n');
  }
  if (image === "node") {
    e["/usr/local/bin/node"] = elf();
    e["/usr/local/bin/npm"] = elf();
  }
  return e;
}

/** A container for a package-manager test: a UnionFs over the base layer with a writable layer, and a hand-built context. */
export interface TestContainer {
  fs: UnionFs;
  clock: VirtualClock;
  /** Runs `argv` as `user` in `cwd`, returning stdout, stderr and status. Programs run via ctx.exec are recorded in `execs`. */
  run(argv: string[], options?: { user?: ShellUser; cwd?: string; stdin?: string; env?: Record<string, string> }): { out: string; err: string; status: number };
  execs: string[][];
}

/** Builds a {@link TestContainer} of `image` whose commands come from `table`. */
export function createTestContainer(image: TestImage, table: Record<string, PosixCommand>): TestContainer {
  const clock = new VirtualClock(T0);
  const fs = new UnionFs([createLayer(createBaseEntries(image))], { upper: new WritableLayer(), now: () => clock.now() });
  const execs: string[][] = [];
  const run: TestContainer["run"] = (argv, options = {}) => {
    let out = "";
    let err = "";
    const user = options.user ?? ROOT_USER;
    fs.setCredentials(user.uid === 0 ? undefined : { uid: user.uid, gid: user.gid });
    const cwd = options.cwd ?? "/app";
    const env = options.env ?? { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: user.home };
    const findProgram = (name: string): string | undefined => {
      for (const d of (env.PATH ?? "").split(":")) {
        const st = fs.stat(`${d}/${name}`);
        if (st?.type === "file" && (st.mode & 0o111) !== 0) return `${d}/${name}`;
      }
      return undefined;
    };
    const ctx: PosixCommandContext = {
      argv, env, cwd, stdin: options.stdin ?? "",
      out: { out: (t) => void (out += t), err: (t) => void (err += t) },
      fs, user, clock, variant: image === "alpine" ? "busybox" : "gnu", hostname: "container", commands: table, budget: new Budget(1_000_000),
      resolve: (p) => calculateCleanPath(p.startsWith("/") ? p : `${cwd}/${p}`),
      exec: (args) => {
        execs.push(args);
        return 0;
      },
      findProgram,
    };
    const command = table[argv[0] ?? ""];
    const status = command ? command(ctx) : 127;
    fs.setCredentials(undefined);
    return { out, err, status };
  };
  return { fs, clock, run, execs };
}
