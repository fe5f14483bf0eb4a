import { VirtualClock } from "../../../core/clock";
import { CORE_COMMANDS, createCommandTable } from "../../commands/index";
import type { ShellUser } from "../../commands/types";
import type { ShellFlavor } from "../errors";
import { PosixShell, type PosixShellOptions } from "../shell";
import type { PosixFileSystem } from "../../../vfs/posix-types";
import { MemoryPosixFs } from "./memory-posix-fs";

/** The clock's start in tests: 2025-03-01T09:00:00Z. */
export const TEST_EPOCH = Date.UTC(2025, 2, 1, 9, 0, 0);

/** root, as in every image unless USER says otherwise. */
export const ROOT: ShellUser = { name: "root", uid: 0, gid: 0, home: "/root" };
/** An unprivileged user present in the test images' /etc/passwd. */
export const APP_USER: ShellUser = { name: "app", uid: 1000, gid: 1000, home: "/home/app" };

/**
 * A small image file system: /bin/sh and the coreutils as executables
 * (Debian in /usr/bin with /bin a symlink to it, Alpine in /bin), /etc/passwd and
 * /etc/group with root, nobody and app, /root, /tmp (1777) and /home/app.
 */
export function createImageFs(kind: "debian" | "alpine", clock: VirtualClock = new VirtualClock(TEST_EPOCH), withBash = kind === "debian"): MemoryPosixFs {
  const fs = new MemoryPosixFs(() => clock.now());
  const dirs = kind === "debian" ? ["/usr/bin", "/usr/sbin", "/usr/local/bin"] : ["/bin", "/sbin", "/usr/bin", "/usr/local/bin"];
  for (const dir of [...dirs, "/etc", "/root", "/tmp", "/home/app", "/var/log"]) fs.mkdir(dir, { recursive: true });
  // Debian 12 has merged /usr: /bin and /sbin are symlinks into /usr.
  if (kind === "debian") {
    fs.symlink("usr/bin", "/bin");
    fs.symlink("usr/sbin", "/sbin");
  }
  fs.chmod("/tmp", 0o1777);
  fs.chmod("/root", 0o700);
  fs.chown("/home/app", 1000, 1000);
  fs.writeFile("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\napp:x:1000:1000::/home/app:/bin/sh\n");
  fs.writeFile("/etc/group", "root:x:0:\nnogroup:x:65534:\napp:x:1000:\n");
  fs.writeFile("/etc/hostname", "container\n");
  const binDir = kind === "debian" ? "/usr/bin" : "/bin";
  // Only the coreutils/BusyBox programs: package managers and tools are not part of this minimal image.
  for (const name of Object.keys(CORE_COMMANDS)) fs.writeFileWith(`${binDir}/${name}`, "\x7fELF", { mode: 0o755 });
  if (kind === "debian") {
    fs.writeFileWith("/usr/bin/dash", "\x7fELF", { mode: 0o755 });
    fs.symlink("dash", "/usr/bin/sh");
    if (withBash) fs.writeFileWith("/usr/bin/bash", "\x7fELF", { mode: 0o755 });
  } else {
    fs.writeFileWith("/bin/busybox", "\x7fELF", { mode: 0o755 });
    fs.symlink("/bin/busybox", "/bin/sh");
    fs.symlink("/bin/busybox", "/bin/ash");
  }
  return fs;
}

/** Options for {@link createTestShell}. */
export interface TestShellOptions extends Partial<PosixShellOptions> {
  files?: Record<string, string | { data: string; mode?: number; uid?: number; gid?: number }>;
}

/** A shell of `flavor` in a fresh image (Alpine for ash, Debian otherwise), as root in /root. */
export function createTestShell(flavor: ShellFlavor, options: TestShellOptions = {}): { shell: PosixShell; fs: PosixFileSystem; clock: VirtualClock } {
  const clock = options.clock instanceof VirtualClock ? options.clock : new VirtualClock(TEST_EPOCH);
  const fs = options.fs ?? createImageFs(flavor === "ash" ? "alpine" : "debian", clock);
  for (const [path, spec] of Object.entries(options.files ?? {})) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", { recursive: true });
    if (typeof spec === "string") fs.writeFile(path, spec);
    else fs.writeFileWith(path, spec.data, { mode: spec.mode, uid: spec.uid, gid: spec.gid });
  }
  const user = options.user ?? ROOT;
  const shell = new PosixShell({
    fs,
    cwd: options.cwd ?? user.home,
    env: options.env ?? { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOME: user.home, HOSTNAME: "container" },
    user,
    flavor,
    argv0: options.argv0 ?? (flavor === "bash" ? "bash" : "sh"),
    commands: options.commands ?? createCommandTable({ sh: flavor === "ash" ? "ash" : "dash" }),
    clock,
    stepBudget: options.stepBudget,
    hostname: "container",
    mode: options.mode,
    tty: options.tty,
  });
  return { shell, fs, clock };
}

/** stdout, stderr and status of one run. */
export interface RunOutput {
  out: string;
  err: string;
  status: number;
}

/** Runs `script` in a fresh test shell and returns its streams. */
export function runScript(flavor: ShellFlavor, script: string, options: TestShellOptions & { stdin?: string } = {}): RunOutput & { killed: boolean } {
  const { shell } = createTestShell(flavor, options);
  const r = shell.run(script, { stdin: options.stdin ?? "" });
  const pick = (s: "stdout" | "stderr"): string => r.chunks.filter((c) => c.stream === s).map((c) => c.text).join("");
  return { out: pick("stdout"), err: pick("stderr"), status: r.status, killed: r.killed };
}
