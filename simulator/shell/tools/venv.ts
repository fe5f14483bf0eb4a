import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { PY_ERRNO, readOptional } from "../packages/common";
import type { Interpreter } from "./python";

/** venv's argparse usage; --without-scm-ignore-files arrived in Python 3.13. */
function usage(minor: string): string {
  const scm = Number(minor.split(".")[1]) >= 13 ? "            [--without-scm-ignore-files]\n" : "";
  return `usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n${scm}            ENV_DIR [ENV_DIR ...]\n`;
}

/** bin/activate as Lib/venv/scripts/common/activate writes it, with the venv's path filled in. */
function formatActivate(dir: string, prompt: string): string {
  return `# This file must be used with "source bin/activate" *from bash*
# You cannot run it directly

deactivate () {
    # reset old environment variables
    if [ -n "\${_OLD_VIRTUAL_PATH:-}" ] ; then
        PATH="\${_OLD_VIRTUAL_PATH:-}"
        export PATH
        unset _OLD_VIRTUAL_PATH
    fi
    if [ -n "\${_OLD_VIRTUAL_PS1:-}" ] ; then
        PS1="\${_OLD_VIRTUAL_PS1:-}"
        export PS1
        unset _OLD_VIRTUAL_PS1
    fi

    unset VIRTUAL_ENV
    unset VIRTUAL_ENV_PROMPT
    if [ ! "\${1:-}" = "nondestructive" ] ; then
    # Self destruct!
        unset -f deactivate
    fi
}

# unset irrelevant variables
deactivate nondestructive

VIRTUAL_ENV="${dir}"
export VIRTUAL_ENV

_OLD_VIRTUAL_PATH="$PATH"
PATH="$VIRTUAL_ENV/bin:$PATH"
export PATH

if [ -z "\${VIRTUAL_ENV_DISABLE_PROMPT:-}" ] ; then
    _OLD_VIRTUAL_PS1="\${PS1:-}"
    PS1="(${prompt}) \${PS1:-}"
    export PS1
    VIRTUAL_ENV_PROMPT="(${prompt}) "
    export VIRTUAL_ENV_PROMPT
fi
`;
}

/** pip's version in the interpreter's own site-packages (the one ensurepip bundles), "24.0" when none is found. */
function bundledPip(ctx: PosixCommandContext, site: string): string {
  try {
    for (const name of ctx.fs.readdir(site)) {
      const m = /^pip-(.+)\.dist-info$/.exec(name);
      if (m) return m[1] as string;
    }
  } catch {
    // no site-packages
  }
  return "24.0";
}

/**
 * `python -m venv [--without-pip] [--system-site-packages] [--clear] DIR…`
 * (Lib/venv/__init__.py): pyvenv.cfg, bin/python → the interpreter (with
 * python3 and python3.X links), bin/activate, lib/python3.X/site-packages
 * with pip installed by ensurepip and its bin/pip launchers, lib64 → lib.
 * Debian's and Ubuntu's /usr/bin/python3 without python3-venv fail as they
 * really do, with the `apt install python3.X-venv` advice.
 */
export function createVenv(ctx: PosixCommandContext, interpreter: Interpreter, args: readonly string[]): number {
  const dirs = args.filter((a) => !a.startsWith("-"));
  const flags = new Set(args.filter((a) => a.startsWith("-")));
  const promptIndex = args.indexOf("--prompt");
  if (dirs.length === 0) {
    ctx.out.err(`${usage(interpreter.minor)}venv: error: the following arguments are required: ENV_DIR\n`);
    return 2;
  }
  const unknown = [...flags].find((f) => !["--without-pip", "--system-site-packages", "--clear", "--upgrade", "--symlinks", "--copies", "--upgrade-deps", "--without-scm-ignore-files", "--prompt"].includes(f));
  if (unknown) {
    ctx.out.err(`${usage(interpreter.minor)}venv: error: unrecognized arguments: ${unknown}\n`);
    return 2;
  }
  const prefix = interpreter.path.slice(0, interpreter.path.lastIndexOf("/bin/")) || "/usr";
  const systemPython = prefix === "/usr" || prefix === "";
  const dpkg = readOptional(ctx, "/var/lib/dpkg/status");
  for (const raw of dirs) {
    if (promptIndex >= 0 && args[promptIndex + 1] === raw) continue;
    const dir = ctx.resolve(raw);
    const python = `${dir}/bin/python${interpreter.minor.startsWith("3") ? "3" : ""}`;
    if (systemPython && dpkg !== undefined && !/^Package: python3(\.\d+)?-venv$/m.test(dpkg)) {
      ctx.out.out(`The virtual environment was not created successfully because ensurepip is not\navailable.  On Debian/Ubuntu systems, you need to install the python3-venv\npackage using the following command.\n\n    apt install python${interpreter.minor}-venv\n\nYou may need to use sudo with that command.  After installing the python3-venv\npackage, recreate your virtual environment.\n\nFailing command: ${python}\n\n`);
      return 1;
    }
    const prompt = promptIndex >= 0 ? (args[promptIndex + 1] ?? raw) : dir.slice(dir.lastIndexOf("/") + 1);
    const lib = `${dir}/lib/python${interpreter.minor}`;
    const site = `${lib}/site-packages`;
    try {
      if (flags.has("--clear") && ctx.fs.lstat(dir)) ctx.fs.remove(dir, { recursive: true });
      for (const d of [dir, `${dir}/bin`, `${dir}/include/python${interpreter.minor}`, `${dir}/lib`, lib, site]) if (!ctx.fs.stat(d)) ctx.fs.mkdir(d, { recursive: true });
      if (!ctx.fs.lstat(`${dir}/lib64`)) ctx.fs.symlink("lib", `${dir}/lib64`);
      const home = prefix === "/" ? "/bin" : `${prefix}/bin`;
      ctx.fs.writeFile(`${dir}/pyvenv.cfg`, `home = ${home}\ninclude-system-site-packages = ${flags.has("--system-site-packages")}\nversion = ${interpreter.version}\nexecutable = ${home}/python${interpreter.minor}\ncommand = ${interpreter.path} -m venv ${dir}\n`);
      // _setup_python: bin/<name it was run as> → the interpreter, then python, python3, python3.X → that link.
      const exename = interpreter.path.slice(interpreter.path.lastIndexOf("/") + 1);
      if (!ctx.fs.lstat(`${dir}/bin/${exename}`)) ctx.fs.symlink(interpreter.path, `${dir}/bin/${exename}`);
      for (const name of ["python", "python3", `python${interpreter.minor}`]) if (!ctx.fs.lstat(`${dir}/bin/${name}`)) ctx.fs.symlink(exename, `${dir}/bin/${name}`);
      ctx.fs.writeFile(`${dir}/bin/activate`, formatActivate(dir, prompt));
      ctx.fs.writeFile(`${dir}/bin/activate.fish`, `# This file must be used with "source <venv>/bin/activate.fish" *from fish*\nset -gx VIRTUAL_ENV "${dir}"\n`);
      ctx.fs.writeFile(`${dir}/bin/Activate.ps1`, `<#\n.Synopsis\nActivate a Python virtual environment for the current PowerShell session.\n#>\n`);
      ctx.fs.writeFile(`${dir}/bin/activate.csh`, `# This file must be used with "source bin/activate.csh" *from csh*.\nsetenv VIRTUAL_ENV "${dir}"\n`);
      if (!flags.has("--without-pip")) {
        const pip = bundledPip(ctx, `${prefix}/lib/python${interpreter.minor}/site-packages`);
        ctx.fs.mkdir(`${site}/pip`, { recursive: true });
        ctx.fs.writeFileWith(`${site}/pip/__init__.py`, `__version__ = "${pip}"\n`, { size: 9_000_000 });
        ctx.fs.mkdir(`${site}/pip-${pip}.dist-info`, { recursive: true });
        ctx.fs.writeFile(`${site}/pip-${pip}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: pip\nVersion: ${pip}\n`);
        const launcher = `#!${dir}/bin/python${interpreter.minor.startsWith("3") ? "3" : ""}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom pip._internal.cli.main import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`;
        for (const name of ["pip", "pip3", `pip${interpreter.minor}`]) ctx.fs.writeFileWith(`${dir}/bin/${name}`, launcher, { mode: 0o755 });
        // ensurepip unpacks the bundled wheel: a few seconds on a container.
        ctx.clock.advance(2500);
      }
      ctx.budget.tick();
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      ctx.out.err(`Error: ${PY_ERRNO[e.code] ?? `[Errno 5] ${e.code}`}: '${e.path}'\n`);
      return 1;
    }
  }
  return 0;
}
