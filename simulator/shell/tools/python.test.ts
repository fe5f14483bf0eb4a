import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

const ROOT_WARNING = "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n";

describe("python in the python image", () => {
  it("reports the image's version under every name", () => {
    const c = createImageShell("python");
    expect(c.run("python --version; python3 -V; python3.12 --version")).toEqual({ out: "Python 3.12.8\nPython 3.12.8\nPython 3.12.8\n", err: "", status: 0 });
  });

  it("runs pip through its #! launchers and as python -m pip", () => {
    const c = createImageShell("python");
    expect(c.run("pip --version").out).toBe("pip 24.3.1 from /usr/local/lib/python3.12/site-packages/pip (python 3.12)\n");
    const r = c.run("pip install --no-cache-dir click");
    expect(r.out).toContain("Successfully installed click-8.1.7\n");
    expect(r.err).toBe(ROOT_WARNING);
    expect(c.run("python -m pip list").out).toContain("click   8.1.7\n");
  });

  it("prints literal text with -c, and says plainly what it does not run", () => {
    const c = createImageShell("python");
    expect(c.run(`python -c 'print("hello")'`)).toEqual({ out: "hello\n", err: "", status: 0 });
    expect(c.run(`python3 -c "import sys; print('a', 'b', sep='-')"`).out).toBe("a-b\n");
    expect(c.run(`python -c 'import os; print(os.getcwd())'`)).toEqual({ out: "", err: "python: note: Dockyard simulates only print() of literal text; the -c code was not run\n", status: 0 });
  });

  it("runs scripts made of prints, and fails on missing ones with CPython's message (2)", () => {
    const c = createImageShell("python");
    c.fs.writeFile("/app/hello.py", '#!/usr/bin/env python3\n# greet\nprint("hi from a script")\n');
    expect(c.run("python hello.py")).toEqual({ out: "hi from a script\n", err: "", status: 0 });
    expect(c.run("python missing.py")).toEqual({ out: "", err: "python: can't open file '/app/missing.py': [Errno 2] No such file or directory\n", status: 2 });
    expect(c.run("python3 -m nosuchmod")).toEqual({ out: "", err: "python3: No module named nosuchmod\n", status: 1 });
    expect(c.run("python -c")).toEqual({ out: "", err: "Argument expected for the -c option\nusage: python [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", status: 2 });
  });
});

describe("python -m venv", () => {
  it("creates the venv as CPython 3.12 lays it out, with pip", () => {
    const c = createImageShell("python");
    expect(c.run("python -m venv /opt/venv")).toEqual({ out: "", err: "", status: 0 });
    expect(c.fs.readFile("/opt/venv/pyvenv.cfg")).toBe("home = /usr/local/bin\ninclude-system-site-packages = false\nversion = 3.12.8\nexecutable = /usr/local/bin/python3.12\ncommand = /usr/local/bin/python -m venv /opt/venv\n");
    expect(c.fs.readlink("/opt/venv/bin/python")).toBe("/usr/local/bin/python");
    expect(c.fs.readlink("/opt/venv/bin/python3")).toBe("python");
    expect(c.fs.readlink("/opt/venv/lib64")).toBe("lib");
    expect(c.fs.readFile("/opt/venv/bin/pip")).toMatch(/^#!\/opt\/venv\/bin\/python3\n# -\*- coding: utf-8 -\*-\n/);
    expect(c.fs.readdir("/opt/venv/lib/python3.12/site-packages")).toEqual(["pip", "pip-24.3.1.dist-info"]);
    expect(c.run("python3 -m venv v2").status).toBe(0);
    expect([c.fs.readlink("/app/v2/bin/python3"), c.fs.readlink("/app/v2/bin/python")]).toEqual(["/usr/local/bin/python3", "python3"]);
  });

  it("installs into the venv through its pip, without the root warning, and activates", () => {
    const c = createImageShell("python");
    c.run("python -m venv /opt/venv");
    const r = c.run("/opt/venv/bin/pip install --no-cache-dir flask");
    expect(r.status).toBe(0);
    expect(r.err).toBe("");
    expect(c.fs.stat("/opt/venv/lib/python3.12/site-packages/flask/__init__.py")?.type).toBe("file");
    expect(c.fs.stat("/usr/local/lib/python3.12/site-packages/flask")).toBeNull();
    expect(c.run(". /opt/venv/bin/activate && echo $VIRTUAL_ENV && pip --version").out).toBe("/opt/venv\npip 24.3.1 from /opt/venv/lib/python3.12/site-packages/pip (python 3.12)\n");
    expect(c.run("PATH=/opt/venv/bin:$PATH pip install --no-cache-dir six").out).toContain("Successfully installed six-1.16.0\n");
    expect(c.fs.stat("/opt/venv/lib/python3.12/site-packages/six/__init__.py")?.type).toBe("file");
  });

  it("wants ENV_DIR", () => {
    const c = createImageShell("python");
    expect(c.run("python -m venv")).toEqual({ out: "", err: "usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]\n            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]\n            ENV_DIR [ENV_DIR ...]\nvenv: error: the following arguments are required: ENV_DIR\n", status: 2 });
  });

  it("fails on Debian's system python without python3-venv, as Debian's ensurepip patch says", () => {
    const c = createImageShell("debian");
    c.fs.writeFileWith("/usr/bin/python3.11", "\x7fELF", { mode: 0o755 });
    c.fs.symlink("python3.11", "/usr/bin/python3");
    const r = c.run("python3 --version && python3 -m venv /app/venv");
    expect(r.out).toBe("Python 3.11.2\nThe virtual environment was not created successfully because ensurepip is not\navailable.  On Debian/Ubuntu systems, you need to install the python3-venv\npackage using the following command.\n\n    apt install python3.11-venv\n\nYou may need to use sudo with that command.  After installing the python3-venv\npackage, recreate your virtual environment.\n\nFailing command: /app/venv/bin/python3\n\n");
    expect(r.status).toBe(1);
  });
});
