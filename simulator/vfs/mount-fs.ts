import { FsError, type FileStat, type FileSystem } from "./types";
import { calculateCleanPath } from "./path";

/**
 * One FileSystem mounted at a path of another, as `mount --bind` would show it:
 * paths under `at` go to `mounted`, everything else to `base`.
 * The host shell uses it to show the learner's workspace at /workspace.
 */
export class MountFs implements FileSystem {
  private readonly at: string;

  constructor(
    private readonly base: FileSystem,
    at: string,
    private readonly mounted: FileSystem,
  ) {
    this.at = calculateCleanPath(at);
    base.mkdir(this.at, { recursive: true });
  }

  private route(path: string): [FileSystem, string] {
    const clean = calculateCleanPath(path);
    if (clean === this.at) return [this.mounted, "/"];
    if (clean.startsWith(this.at + "/")) return [this.mounted, clean.slice(this.at.length)];
    return [this.base, clean];
  }

  stat(path: string): FileStat | null {
    const [fs, p] = this.route(path);
    return fs.stat(p);
  }
  readFile(path: string): string {
    const [fs, p] = this.route(path);
    return fs.readFile(p);
  }
  writeFile(path: string, data: string): void {
    const [fs, p] = this.route(path);
    fs.writeFile(p, data);
  }
  appendFile(path: string, data: string): void {
    const [fs, p] = this.route(path);
    fs.appendFile(p, data);
  }
  readdir(path: string): string[] {
    const [fs, p] = this.route(path);
    return fs.readdir(p);
  }
  mkdir(path: string, options?: { recursive?: boolean }): void {
    const [fs, p] = this.route(path);
    fs.mkdir(p, options);
  }
  remove(path: string, options?: { recursive?: boolean }): void {
    const clean = calculateCleanPath(path);
    if (clean === this.at || this.at.startsWith(clean + "/")) throw new FsError("EACCES", path);
    const [fs, p] = this.route(path);
    fs.remove(p, options);
  }
  rename(from: string, to: string): void {
    const [fa, pa] = this.route(from);
    const [fb, pb] = this.route(to);
    if (fa === fb) {
      fa.rename(pa, pb);
      return;
    }
    // Across the mount point: copy then delete, as mv(1) does across devices.
    const st = fa.stat(pa);
    if (!st) throw new FsError("ENOENT", from);
    if (st.type === "dir") throw new FsError("EINVAL", to);
    fb.writeFile(pb, fa.readFile(pa));
    fa.remove(pa);
  }
}
