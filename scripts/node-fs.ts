import * as fs from "node:fs";
import * as path from "node:path";
import { FsError, type FileStat, type FileSystem, type FsErrorCode } from "../simulator/vfs/types";

const KNOWN: ReadonlySet<string> = new Set(["ENOENT", "EEXIST", "ENOTDIR", "EISDIR", "ENOTEMPTY", "EINVAL", "EACCES"]);

/**
 * The learner's workspace as a real folder, for the headless shell: what the
 * host shell writes (`echo x >> app.py`) lands in DIR. Paths stay inside DIR.
 */
export class NodeFs implements FileSystem {
  constructor(private readonly root: string) {}

  private real(p: string): string {
    const clean = path.posix.normalize("/" + p);
    return path.join(this.root, clean);
  }

  private wrap<T>(p: string, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "EINVAL";
      throw new FsError((KNOWN.has(code) ? code : "EINVAL") as FsErrorCode, p);
    }
  }

  stat(p: string): FileStat | null {
    try {
      const st = fs.statSync(this.real(p));
      return { type: st.isDirectory() ? "dir" : "file", size: st.size, mtimeMs: st.mtimeMs, mode: st.mode & 0o777 };
    } catch {
      return null;
    }
  }
  readFile(p: string): string {
    return this.wrap(p, () => fs.readFileSync(this.real(p), "utf8"));
  }
  writeFile(p: string, data: string): void {
    this.wrap(p, () => fs.writeFileSync(this.real(p), data));
  }
  appendFile(p: string, data: string): void {
    this.wrap(p, () => fs.appendFileSync(this.real(p), data));
  }
  readdir(p: string): string[] {
    return this.wrap(p, () => fs.readdirSync(this.real(p)).sort());
  }
  mkdir(p: string, options: { recursive?: boolean } = {}): void {
    this.wrap(p, () => {
      if (options.recursive && this.stat(p)?.type === "dir") return;
      fs.mkdirSync(this.real(p), { recursive: options.recursive });
    });
  }
  remove(p: string, options: { recursive?: boolean } = {}): void {
    this.wrap(p, () => {
      const st = fs.statSync(this.real(p));
      if (st.isDirectory()) {
        if (options.recursive) fs.rmSync(this.real(p), { recursive: true });
        else fs.rmdirSync(this.real(p));
      } else {
        fs.unlinkSync(this.real(p));
      }
    });
  }
  rename(a: string, b: string): void {
    this.wrap(a, () => fs.renameSync(this.real(a), this.real(b)));
  }
}
