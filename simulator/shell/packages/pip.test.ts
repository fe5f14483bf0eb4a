import { describe, expect, it } from "vitest";
import { PACKAGE_COMMANDS } from "../commands/packages";
import { formatPipSize } from "./common";
import { APP, createTestContainer } from "./testing";

const SITE = "/usr/local/lib/python3.12/site-packages";
const ROOT_WARNING = "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n";

describe("pip", () => {
  it("formats sizes as pip's format_size", () => {
    expect(formatPipSize(101735)).toBe("101 kB");
    expect(formatPipSize(9456)).toBe("9.5 kB");
    expect(formatPipSize(19298576)).toBe("19.3 MB");
  });

  it("installs flask and its requirements into the image's site-packages", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    const r = c.run(["pip", "install", "flask"]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Collecting flask\n  Downloading flask-3\.0\.3-py3-none-any\.whl \(101 kB\)\nCollecting Werkzeug>=3\.0\.0 \(from flask\)\n/);
    expect(r.out).toContain("Collecting MarkupSafe>=2.1.1 (from Werkzeug>=3.0.0->flask)\n");
    expect(r.out).toContain("Installing collected packages: MarkupSafe, blinker, click, itsdangerous, Jinja2, Werkzeug, flask\n");
    expect(r.out).toContain("Successfully installed Jinja2-3.1.4 MarkupSafe-2.1.5 Werkzeug-3.0.3 blinker-1.8.2 click-8.1.7 flask-3.0.3 itsdangerous-2.2.0\n");
    expect(r.err).toBe(ROOT_WARNING);
    expect(c.fs.stat(`${SITE}/flask/__init__.py`)?.size).toBeGreaterThan(100_000);
    expect(c.fs.stat(`${SITE}/flask-3.0.3.dist-info`)?.type).toBe("dir");
    expect(c.fs.stat("/usr/local/bin/flask")?.mode).toBe(0o755);
    expect(c.fs.stat("/root/.cache/pip/http-v2/flask-3.0.3-py3-none-any.whl")?.type).toBe("file");
  });

  it("pins versions, reports already satisfied requirements, --no-cache-dir keeps no wheels", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    const r = c.run(["pip", "install", "--no-cache-dir", "requests==2.31.0"]);
    expect(r.out).toContain("Successfully installed certifi-2024.7.4 charset-normalizer-3.3.2 idna-3.7 requests-2.31.0 urllib3-2.2.2\n");
    expect(c.fs.stat("/root/.cache")).toBeNull();
    const again = c.run(["pip", "install", "--no-cache-dir", "requests"]);
    expect(again.out).toBe(`Requirement already satisfied: requests in ${SITE} (2.31.0)\n`);
    const up = c.run(["pip", "install", "--no-cache-dir", "--upgrade", "requests"]);
    expect(up.out).toContain("Successfully uninstalled requests-2.31.0\n");
    expect(up.out).toContain("Successfully installed requests-2.32.3\n");
    const bad = c.run(["pip", "install", "flask==9.9"]);
    expect(bad.err).toBe("ERROR: Could not find a version that satisfies the requirement flask==9.9 (from versions: 2.0.2, 2.2.5, 2.3.3, 3.0.0, 3.0.3)\nERROR: No matching distribution found for flask==9.9\n");
    expect(bad.status).toBe(1);
  });

  it("fails for unknown packages", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    const r = c.run(["pip", "install", "nosuch"]);
    expect(r).toEqual({ out: "", err: "ERROR: Could not find a version that satisfies the requirement nosuch (from versions: none)\nERROR: No matching distribution found for nosuch\n", status: 1 });
  });

  it("reads -r requirements.txt, and fails when it is missing", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    const missing = c.run(["pip", "install", "--no-cache-dir", "-r", "requirements.txt"]);
    expect(missing).toEqual({ out: "", err: "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'\n", status: 1 });
    c.fs.writeFile("/app/requirements.txt", "# web\ngunicorn==22.0.0\npython-dotenv\n\n");
    const r = c.run(["pip", "install", "--no-cache-dir", "-r", "requirements.txt"]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Collecting gunicorn==22\.0\.0 \(from -r requirements\.txt \(line 2\)\)\n/);
    expect(r.out).toContain("Collecting packaging (from gunicorn==22.0.0->-r requirements.txt (line 2))\n");
    expect(r.out).toContain("Successfully installed gunicorn-22.0.0 packaging-24.1 python-dotenv-1.0.1\n");
    expect(c.fs.stat(`${SITE}/dotenv/__init__.py`)?.type).toBe("file");
  });

  it("list, freeze, show and uninstall", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    c.run(["pip", "install", "--no-cache-dir", "click"]);
    expect(c.run(["pip", "list"]).out).toBe("Package Version\n------- -------\nclick   8.1.7\npip     24.0\n");
    expect(c.run(["pip", "freeze"]).out).toBe("click==8.1.7\n");
    expect(c.run(["pip", "show", "click"]).out).toBe(`Name: click\nVersion: 8.1.7\nLocation: ${SITE}\nRequires: \nRequired-by: \n`);
    expect(c.run(["pip", "show", "nosuch"])).toEqual({ out: "", err: "WARNING: Package(s) not found: nosuch\n", status: 1 });
    expect(c.run(["pip", "uninstall", "-y", "click"]).out).toBe("Found existing installation: click 8.1.7\nUninstalling click-8.1.7:\n  Successfully uninstalled click-8.1.7\n");
    expect(c.fs.stat(`${SITE}/click`)).toBeNull();
  });

  it("as a non-root user defaults to --user, or fails with Permission denied", () => {
    const c = createTestContainer("python", PACKAGE_COMMANDS);
    const r = c.run(["pip", "install", "--no-cache-dir", "blinker"], { user: APP });
    expect(r.out).toMatch(/^Defaulting to user installation because normal site-packages is not writeable\n/);
    expect(r.err).toBe("");
    expect(c.fs.stat("/home/app/.local/lib/python3.12/site-packages/blinker/__init__.py")?.uid).toBe(1000);
    const denied = c.run(["pip", "install", "--no-cache-dir", "--no-user", "click"], { user: APP });
    expect(denied.err).toBe(`ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '${SITE}/click'\nConsider using the \`--user\` option or check the permissions.\n\n`);
    expect(denied.status).toBe(1);
    const homeless = c.run(["pip", "install", "--no-cache-dir", "click"], { user: { ...APP, home: "/nonexistent" }, env: { PATH: "/usr/local/bin:/usr/bin:/bin", HOME: "/nonexistent" } });
    expect(homeless.err).toBe("ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/nonexistent/.local/lib/python3.12/site-packages'\nCheck the permissions.\n\n");
  });
});
