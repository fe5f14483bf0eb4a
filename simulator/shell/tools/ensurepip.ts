import type { PosixCommandContext } from "../commands/types";
import type { Interpreter } from "./python";

/** The pip wheel an interpreter's stdlib bundles (Lib/ensurepip/_bundled/pip-X-py3-none-any.whl), by version. */
function findBundledPip(ctx: PosixCommandContext, lib: string): string | undefined {
  try {
    for (const name of ctx.fs.readdir(`${lib}/ensurepip/_bundled`)) {
      const m = /^pip-(.+)-py3-none-any\.whl$/.exec(name);
      if (m) return m[1];
    }
  } catch {
    // no bundled wheels
  }
  return undefined;
}

/**
 * `python -m ensurepip [--upgrade] [--default-pip] [--altinstall] [--root DIR]`
 * (CPython Lib/ensurepip/__init__.py): installs the pip wheel the stdlib
 * bundles into the interpreter's site-packages, with the pipX and pipX.Y
 * launchers (`pip` too under --default-pip, only pipX.Y under --altinstall),
 * or reports the pip already there. Without a bundled wheel (Debian's
 * python3 without python3-venv) it fails as Debian's patched ensurepip does.
 * Simplification: the wheel is not unpacked; pip's package is one
 * __init__.py of the real installed size and its dist-info METADATA.
 */
export function runEnsurepip(ctx: PosixCommandContext, interpreter: Interpreter, args: readonly string[]): number {
  const prefix = interpreter.path.slice(0, interpreter.path.lastIndexOf("/bin/")) || "/usr";
  const lib = `${prefix}/lib/python${interpreter.minor}`;
  const site = `${lib}/site-packages`;
  let root = "";
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "--root") root = args[++i] ?? "";
    else if (a.startsWith("--root=")) root = a.slice(7);
  }
  root = root.replace(/\/+$/, "");
  let installed: string | undefined;
  try {
    installed = ctx.fs.readdir(`${root}${site}`).map((n) => /^pip-(.+)\.dist-info$/.exec(n)?.[1]).find((v) => v !== undefined);
  } catch {
    // no site-packages yet
  }
  const bundled = findBundledPip(ctx, lib);
  if (installed !== undefined || bundled === undefined) {
    if (installed === undefined) {
      ctx.out.err(`${interpreter.path}: No module named ensurepip\n`);
      return 1;
    }
    ctx.out.out(`Looking in links: /tmp/tmpd8ke6f2x\nRequirement already satisfied: pip in ${site} (${installed})\n`);
    return 0;
  }
  ctx.fs.mkdir(`${root}${site}/pip`, { recursive: true });
  ctx.fs.writeFileWith(`${root}${site}/pip/__init__.py`, `__version__ = "${bundled}"\n`, { size: 9_000_000 });
  ctx.fs.mkdir(`${root}${site}/pip-${bundled}.dist-info`, { recursive: true });
  ctx.fs.writeFile(`${root}${site}/pip-${bundled}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: pip\nVersion: ${bundled}\n`);
  const launcher = `#!${interpreter.path}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`;
  const names = args.includes("--altinstall") ? [`pip${interpreter.minor}`] : ["pip3", `pip${interpreter.minor}`, ...(args.includes("--default-pip") ? ["pip"] : [])];
  ctx.fs.mkdir(`${root}${prefix}/bin`, { recursive: true });
  for (const name of names) ctx.fs.writeFileWith(`${root}${prefix}/bin/${name}`, launcher, { mode: 0o755 });
  ctx.clock.advance(2500);
  ctx.out.out(`Looking in links: /tmp/tmpd8ke6f2x\nProcessing /tmp/tmpd8ke6f2x/pip-${bundled}-py3-none-any.whl\nInstalling collected packages: pip\nSuccessfully installed pip-${bundled}\n`);
  return 0;
}
