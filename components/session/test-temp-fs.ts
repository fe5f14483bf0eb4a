import { mkdtempSync, rmSync } from "node:fs";
import * as nodeFs from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PromiseFs } from "./file-store";

const dirs: string[] = [];

/** For tests: Node's fs/promises rooted in a fresh temporary folder, standing in for lightning-fs. */
export function tempFs(): PromiseFs {
  const base = mkdtempSync(join(tmpdir(), "dockyard-files-"));
  dirs.push(base);
  const at = (path: string) => join(base, path);
  return {
    mkdir: (p) => nodeFs.mkdir(at(p)).then(() => undefined),
    readdir: (p) => nodeFs.readdir(at(p)),
    readFile: (p, e) => nodeFs.readFile(at(p), e),
    writeFile: (p, d, e) => nodeFs.writeFile(at(p), d, e),
    unlink: (p) => nodeFs.unlink(at(p)),
    rmdir: (p) => nodeFs.rmdir(at(p)),
    stat: (p) => nodeFs.stat(at(p)),
  };
}

/** Deletes the folders tempFs made (call in afterEach). */
export function removeTempFolders(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
