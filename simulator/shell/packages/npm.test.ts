import { describe, expect, it } from "vitest";
import { NODE_USER, createImageShell, type ImageShell } from "../testing/image-shell";
import { pickVersion, satisfies } from "./npm-catalog";
import { formatNpmDuration } from "./npm-output";

const LOG = "npm error A complete log of this run can be found in: /root/.npm/_logs/2025-03-01T09_00_00_000Z-debug-0.log\n";

function withPackage(c: ImageShell, manifest: object, dir = "/app"): void {
  c.fs.writeFile(`${dir}/package.json`, JSON.stringify(manifest, null, 2));
}

const APP = { name: "app", version: "1.0.0", scripts: { start: "node server.js", build: "echo building && exit 3", test: 'echo "Error: no test specified" && exit 1' }, dependencies: { express: "^4.18.2" }, devDependencies: { nodemon: "^3.0.0" } };

describe("npm registry catalog", () => {
  it("matches ranges as node-semver does", () => {
    expect(satisfies("4.21.2", "^4.18.2")).toBe(true);
    expect(satisfies("5.0.0", "^4.18.2")).toBe(false);
    expect(satisfies("1.3.8", "~1.3.8")).toBe(true);
    expect(satisfies("2.1.2", ">= 2.1.2 < 3")).toBe(true);
    expect(satisfies("4.0.0", "^3.0.0 || ^4.0.0")).toBe(true);
    expect(satisfies("0.25.0", "^0.25.0")).toBe(true);
    expect(satisfies("0.26.0", "^0.25.0")).toBe(false);
    expect(satisfies("4.4.0", "4.x")).toBe(true);
    expect(pickVersion("react", "^18")?.version).toBe("18.3.1");
    expect(pickVersion("react", "latest")?.version).toBe("19.0.0");
    expect(formatNpmDuration(345)).toBe("345ms");
    expect(formatNpmDuration(2400)).toBe("2s");
  });
});

describe("npm install", () => {
  it("installs dependencies and devDependencies, writes package-lock.json and prints npm 10's summary", () => {
    const c = createImageShell("node");
    withPackage(c, APP);
    const r = c.run("npm install");
    expect(r.status).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^\nadded 94 packages, and audited 95 packages in \d+(ms|s)\n\n22 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n$/);
    expect(JSON.parse(c.fs.readFile("/app/node_modules/express/package.json"))).toMatchObject({ name: "express", version: "4.21.2" });
    expect(c.fs.stat("/app/node_modules/express/index.js")?.size).toBeGreaterThan(200_000);
    // Two versions of ms: 2.0.0 hoisted for debug@2.6.9, 2.1.3 nested under send.
    expect(JSON.parse(c.fs.readFile("/app/node_modules/send/node_modules/ms/package.json")).version).toBe("2.1.3");
    expect(c.fs.readlink("/app/node_modules/.bin/nodemon")).toBe("../nodemon/bin/nodemon.js");
    const lock = JSON.parse(c.fs.readFile("/app/package-lock.json"));
    expect(lock).toMatchObject({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true });
    expect(lock.packages[""]).toMatchObject({ dependencies: { express: "^4.18.2" }, devDependencies: { nodemon: "^3.0.0" } });
    expect(lock.packages["node_modules/express"]).toMatchObject({ version: "4.21.2", resolved: "https://registry.npmjs.org/express/-/express-4.21.2.tgz", license: "MIT" });
    expect(lock.packages["node_modules/nodemon"].dev).toBe(true);
    expect(c.fs.readdir("/root/.npm/_cacache/content-v2/sha512").length).toBeGreaterThan(10);
    const again = c.run("npm install");
    expect(again.out).toMatch(/^\nup to date, audited 95 packages in \d+ms\n/);
  });

  it("omits devDependencies with --omit=dev, --production (with its warning) and NODE_ENV=production", () => {
    const c = createImageShell("node");
    withPackage(c, APP);
    expect(c.run("npm install --omit=dev").out).toMatch(/^\nadded 65 packages, and audited 66 packages in/);
    expect(c.fs.stat("/app/node_modules/nodemon")).toBeNull();
    const prod = c.run("rm -rf node_modules && npm install --production");
    expect(prod.err).toBe("npm warn config production Use `--omit=dev` instead.\n");
    expect(prod.out).toContain("added 65 packages");
    expect(c.run("rm -rf node_modules && NODE_ENV=production npm install").out).toContain("added 65 packages");
  });

  it("adds named packages to package.json (and -D to devDependencies), creating it when missing", () => {
    const c = createImageShell("node");
    expect(c.run("npm install lodash && npm i -D typescript@5").status).toBe(0);
    expect(JSON.parse(c.fs.readFile("/app/package.json"))).toEqual({ dependencies: { lodash: "^4.17.21" }, devDependencies: { typescript: "^5.7.3" } });
    expect(c.fs.readlink("/app/node_modules/.bin/tsc")).toBe("../typescript/bin/tsc");
    expect(c.run("npm uninstall lodash").out).toMatch(/^\nremoved 1 package, and audited 2 packages in/);
  });

  it("fails without package.json: npm's ENOENT block, exit 254", () => {
    const c = createImageShell("node");
    expect(c.run("npm install")).toEqual({
      out: "",
      err: `npm error code ENOENT\nnpm error syscall open\nnpm error path /app/package.json\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '/app/package.json'\nnpm error enoent This is related to npm not being able to find a file.\nnpm error enoent\n${LOG}`,
      status: 254,
    });
    expect(c.fs.readFile("/root/.npm/_logs/2025-03-01T09_00_00_000Z-debug-0.log")).toContain("error code ENOENT");
  });

  it("fails on unknown packages (E404) and versions (ETARGET), exit 1", () => {
    const c = createImageShell("node");
    expect(c.run("npm install nosuchpkg")).toEqual({
      out: "",
      err: `npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/nosuchpkg - Not found\nnpm error 404\nnpm error 404  'nosuchpkg@*' is not in this registry.\nnpm error 404\nnpm error 404 Note that you can also install from a\nnpm error 404 tarball, folder, http url, or git url.\n${LOG}`,
      status: 1,
    });
    expect(c.run("npm install express@9").err).toContain("npm error code ETARGET\nnpm error notarget No matching version found for express@9.\n");
  });

  it("as the node user in a root-owned /app: EACCES, exit 243", () => {
    const c = createImageShell("node");
    withPackage(c, { name: "app", version: "1.0.0", dependencies: { cors: "^2.8.5" } });
    const r = c.run("npm install", { user: NODE_USER });
    expect(r.status).toBe(243);
    expect(r.err).toMatch(/^npm error code EACCES\nnpm error syscall mkdir\nnpm error path \/app\/node_modules\nnpm error errno -13\nnpm error \[Error: EACCES: permission denied, mkdir '\/app\/node_modules'\] \{\n/);
    expect(r.err).toContain("npm error The operation was rejected by your operating system.\n");
    expect(r.err).toMatch(/npm error A complete log of this run can be found in: \/home\/node\/\.npm\/_logs\/.*-debug-0\.log\n$/);
  });

  it("installs globally with -g: bins in /usr/local/bin, no audit", () => {
    const c = createImageShell("node");
    const r = c.run("npm install -g nodemon");
    expect(r.out).toMatch(/^\nadded 29 packages in \d+ms\n\n4 packages are looking for funding\n  run `npm fund` for details\n$/);
    expect(c.fs.readlink("/usr/local/bin/nodemon")).toBe("../lib/node_modules/nodemon/bin/nodemon.js");
    expect(c.fs.stat("/usr/local/lib/node_modules/nodemon/node_modules/chokidar/package.json")?.type).toBe("file");
  });
});

describe("npm ci", () => {
  it("needs a lock file: EUSAGE with ci's usage, exit 1", () => {
    const c = createImageShell("node");
    withPackage(c, APP);
    const r = c.run("npm ci");
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock\.json or\nnpm error npm-shrinkwrap\.json with lockfileVersion >= 1\. Run an install with npm@5 or\nnpm error later to generate a package-lock\.json file, then try again\.\nnpm error\nnpm error Clean install a project\n/);
    expect(r.err).toContain("npm error aliases: clean-install, ic, install-clean, isntall-clean\nnpm error\nnpm error Run \"npm help ci\" for more info\n");
  });

  it("installs exactly the lock, and refuses a lock out of sync", () => {
    const c = createImageShell("node");
    withPackage(c, APP);
    c.run("npm install");
    const lock = c.fs.readFile("/app/package-lock.json");
    const r = c.run("npm ci --omit=dev");
    expect(r.out).toMatch(/^\nadded 65 packages, and audited 66 packages in/);
    expect(c.fs.readFile("/app/package-lock.json")).toBe(lock);
    withPackage(c, { ...APP, dependencies: { ...APP.dependencies, axios: "^1.7.0" } });
    const stale = c.run("npm ci");
    expect(stale.status).toBe(1);
    expect(stale.err).toContain("npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\nnpm error\nnpm error Missing: axios@1.7.9 from lock file\n");
  });
});

describe("npm run, start, test", () => {
  it("runs scripts through sh with the banner, node_modules/.bin on PATH", () => {
    const c = createImageShell("node");
    withPackage(c, { name: "app", version: "1.0.0", scripts: { hello: "echo hi $npm_package_name $npm_lifecycle_event", path: "echo $PATH" } });
    expect(c.run("npm run hello")).toEqual({ out: "\n> app@1.0.0 hello\n> echo hi $npm_package_name $npm_lifecycle_event\n\nhi app hello\n", err: "", status: 0 });
    expect(c.run("npm run -s hello").out).toBe("hi app hello\n");
    expect(c.run("npm run path").out).toContain("/app/node_modules/.bin:/node_modules/.bin:/usr/local/sbin");
  });

  it("reports a failing script with its status, and missing scripts", () => {
    const c = createImageShell("node");
    withPackage(c, APP);
    const r = c.run("npm run build");
    expect(r).toEqual({ out: "\n> app@1.0.0 build\n> echo building && exit 3\n\nbuilding\n", err: `npm error code 3\nnpm error path /app\nnpm error command failed\nnpm error command sh -c echo building && exit 3\n${LOG}`, status: 3 });
    expect(c.run("npm test").out).toBe('\n> app@1.0.0 test\n> echo "Error: no test specified" && exit 1\n\nError: no test specified\n');
    expect(c.run("npm run lint")).toEqual({ out: "", err: `npm error Missing script: "lint"\nnpm error\nnpm error To see a list of scripts, run:\nnpm error   npm run\n${LOG}`, status: 1 });
    const missingTool = c.run(`echo '{"scripts":{"build":"tsc"}}' > package.json && npm run build`);
    expect(missingTool.err).toMatch(/^sh: 1: tsc: not found\nnpm error code 127\n/);
    expect(missingTool.status).toBe(127);
  });

  it("starts server.js by default and lists scripts", () => {
    const c = createImageShell("node");
    withPackage(c, { name: "app", version: "1.0.0", scripts: { test: "jest", build: "tsc" } });
    c.fs.writeFile("/app/server.js", 'console.log("listening on 3000");\n');
    expect(c.run("npm start")).toEqual({ out: "\n> app@1.0.0 start\n> node server.js\n\nlistening on 3000\n", err: "", status: 0 });
    expect(c.run("npm run").out).toBe("Lifecycle scripts included in app@1.0.0:\n  test\n    jest\n\navailable via `npm run-script`:\n  build\n    tsc\n");
  });

  it("knows its version, init -y, cache clean and unknown commands", () => {
    const c = createImageShell("node");
    expect(c.run("npm --version; npm -v")).toEqual({ out: "10.8.2\n10.8.2\n", err: "", status: 0 });
    expect(c.run("npm init -y").out).toBe('Wrote to /app/package.json:\n\n{\n  "name": "app",\n  "version": "1.0.0",\n  "main": "index.js",\n  "scripts": {\n    "test": "echo \\"Error: no test specified\\" && exit 1"\n  },\n  "keywords": [],\n  "author": "",\n  "license": "ISC",\n  "description": ""\n}\n\n\n');
    expect(c.run("npm cache clean --force")).toEqual({ out: "", err: "npm warn using --force Recommended protections disabled.\n", status: 0 });
    expect(c.run("npm frobnicate")).toEqual({ out: "", err: 'Unknown command: "frobnicate"\n\nTo see a list of supported npm commands, run:\n  npm help\n', status: 1 });
  });
});
