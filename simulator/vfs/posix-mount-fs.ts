import { calculateCleanPath } from "./path";
import type { Credentials, PosixFileSystem, PosixStat } from "./posix-types";
import { FsError, type FileSystem } from "./types";

/** One entry of a mount table: a file system shown at `at`, read-only or not. */
export interface PosixMount {
  at: string;
  fs: PosixFileSystem;
  readOnly?: boolean;
}

/**
 * A container's mount namespace: the root file system with volumes and bind
 * mounts over some of its directories, as runc sets them up from the OCI
 * spec's `mounts` (opencontainers/runc: libcontainer/rootfs_linux.go
 * mountToRootfs). The deepest mount containing a path answers for it; a
 * read-only mount (`:ro`) refuses writes with EROFS. Mount points are made
 * in the root file system first, as runc creates missing targets.
 * Simplification: symlinks are not followed across mount points.
 */
export class PosixMountFs implements PosixFileSystem {
  private readonly mounts: PosixMount[];

  constructor(
    private readonly root: PosixFileSystem,
    mounts: readonly PosixMount[],
  ) {
    this.mounts = mounts.map((m) => ({ ...m, at: calculateCleanPath(m.at) })).sort((a, b) => b.at.length - a.at.length);
    for (const m of this.mounts) {
      if (!root.stat(m.at)) {
        try {
          root.mkdir(m.at, { recursive: true });
        } catch {
          // A target the root cannot hold (a file in the way): the mount still answers for its path.
        }
      }
    }
  }

  private route(path: string, write = false): [PosixFileSystem, string] {
    const clean = calculateCleanPath(path);
    for (const m of this.mounts) {
      if (clean === m.at || clean.startsWith(m.at === "/" ? "/" : `${m.at}/`)) {
        if (write && m.readOnly) throw new FsError("EROFS", path);
        return [m.fs, clean === m.at ? "/" : clean.slice(m.at.length)];
      }
    }
    return [this.root, clean];
  }

  stat(path: string): (PosixStat & { type: "file" | "dir" }) | null {
    const [fs, p] = this.route(path);
    return fs.stat(p);
  }
  lstat(path: string): PosixStat | null {
    const [fs, p] = this.route(path);
    return fs.lstat(p);
  }
  readlink(path: string): string {
    const [fs, p] = this.route(path);
    return fs.readlink(p);
  }
  symlink(target: string, path: string): void {
    const [fs, p] = this.route(path, true);
    fs.symlink(target, p);
  }
  chmod(path: string, mode: number): void {
    const [fs, p] = this.route(path, true);
    fs.chmod(p, mode);
  }
  chown(path: string, uid: number, gid: number): void {
    const [fs, p] = this.route(path, true);
    fs.chown(p, uid, gid);
  }
  writeFileWith(path: string, data: string, options: Parameters<PosixFileSystem["writeFileWith"]>[2]): void {
    const [fs, p] = this.route(path, true);
    fs.writeFileWith(p, data, options);
  }
  setCredentials(credentials: Credentials | undefined): void {
    this.root.setCredentials(credentials);
    for (const m of this.mounts) m.fs.setCredentials(credentials);
  }
  readFile(path: string): string {
    const [fs, p] = this.route(path);
    return fs.readFile(p);
  }
  writeFile(path: string, data: string): void {
    const [fs, p] = this.route(path, true);
    fs.writeFile(p, data);
  }
  appendFile(path: string, data: string): void {
    const [fs, p] = this.route(path, true);
    fs.appendFile(p, data);
  }
  readdir(path: string): string[] {
    const [fs, p] = this.route(path);
    return fs.readdir(p);
  }
  mkdir(path: string, options?: { recursive?: boolean }): void {
    const clean = calculateCleanPath(path);
    if (this.mounts.some((m) => m.at === clean) && options?.recursive) return;
    const [fs, p] = this.route(path, true);
    fs.mkdir(p, options);
  }
  remove(path: string, options?: { recursive?: boolean }): void {
    const clean = calculateCleanPath(path);
    if (this.mounts.some((m) => m.at === clean)) throw new FsError("EINVAL", path);
    const [fs, p] = this.route(path, true);
    fs.remove(p, options);
  }
  rename(from: string, to: string): void {
    const [fa, pa] = this.route(from, true);
    const [fb, pb] = this.route(to, true);
    if (fa !== fb) throw new FsError("EXDEV", to);
    fa.rename(pa, pb);
  }
}

/**
 * A host directory as a POSIX tree for a bind mount: the learner's workspace
 * has no owners or symlinks, so everything shows as root's, and writes go
 * straight to the host's files (they are the same files).
 */
export class HostPosixFs implements PosixFileSystem {
  constructor(
    private readonly host: FileSystem,
    private readonly base: string,
  ) {}

  private at(path: string): string {
    const clean = calculateCleanPath(path);
    return clean === "/" ? this.base : `${this.base.replace(/\/$/, "")}${clean}`;
  }
  stat(path: string): (PosixStat & { type: "file" | "dir" }) | null {
    const st = this.host.stat(this.at(path));
    return st ? { ...st, uid: 0, gid: 0 } : null;
  }
  lstat(path: string): PosixStat | null {
    return this.stat(path);
  }
  readlink(path: string): string {
    throw new FsError("EINVAL", path);
  }
  symlink(_target: string, path: string): void {
    throw new FsError("EPERM", path);
  }
  chmod(path: string): void {
    if (!this.stat(path)) throw new FsError("ENOENT", path);
  }
  chown(path: string): void {
    if (!this.stat(path)) throw new FsError("ENOENT", path);
  }
  writeFileWith(path: string, data: string): void {
    this.host.writeFile(this.at(path), data);
  }
  setCredentials(): void {}
  readFile(path: string): string {
    return this.host.readFile(this.at(path));
  }
  writeFile(path: string, data: string): void {
    this.host.writeFile(this.at(path), data);
  }
  appendFile(path: string, data: string): void {
    this.host.appendFile(this.at(path), data);
  }
  readdir(path: string): string[] {
    return this.host.readdir(this.at(path));
  }
  mkdir(path: string, options?: { recursive?: boolean }): void {
    this.host.mkdir(this.at(path), options);
  }
  remove(path: string, options?: { recursive?: boolean }): void {
    this.host.remove(this.at(path), options);
  }
  rename(from: string, to: string): void {
    this.host.rename(this.at(from), this.at(to));
  }
}
