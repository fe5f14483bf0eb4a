import { FsError } from "../../vfs/types";
import type { PosixCommandContext } from "../commands/types";
import { PY_ERRNO, advanceDownload, ensureParent, formatPipSize, readOptional, removeFiles, writeFiles, type InstalledFile } from "./common";
import { PYPI, findPypiRelease, normalizePypiName, parseRequirement, type PypiProject } from "./pypi-catalog";

/** Where the image's Python keeps its packages, found from $PATH as `python3 -m site` would report it. */
export interface PythonSite {
  prefix: string;
  /** "python3.12". */
  lib: string;
  site: string;
}

/** The interpreter on $PATH (python3, else python) and its site-packages: /usr/local/lib/python3.X for the official python images. */
export function findPythonSite(ctx: PosixCommandContext): PythonSite {
  const exe = ctx.findProgram("python3") ?? ctx.findProgram("python") ?? "/usr/local/bin/python3";
  const prefix = exe.slice(0, exe.lastIndexOf("/bin/")) || "/usr/local";
  let lib = "python3.12";
  try {
    lib = ctx.fs.readdir(`${prefix}/lib`).filter((n) => /^python3\.\d+$/.test(n)).sort()[0] ?? lib;
  } catch {
    // no lib directory: keep the default
  }
  return { prefix, lib, site: `${prefix}/lib/${lib}/site-packages` };
}

/** Installed distributions in a site-packages directory, from their `<name>-<version>.dist-info` directories. */
export function listInstalled(ctx: PosixCommandContext, site: string): Map<string, { name: string; version: string }> {
  const found = new Map<string, { name: string; version: string }>();
  try {
    for (const entry of ctx.fs.readdir(site)) {
      const m = /^(.+?)-([^-]+)\.dist-info$/.exec(entry);
      if (!m) continue;
      const name = /^Name: (.+)$/m.exec(readOptional(ctx, `${site}/${entry}/METADATA`) ?? "")?.[1] ?? (m[1] as string);
      found.set(normalizePypiName(name), { name, version: m[2] as string });
    }
  } catch {
    // no site-packages yet
  }
  return found;
}

/** The files a wheel unpacks: each import package, the .dist-info metadata and the console scripts in bin/. */
export function calculateWheelFiles(project: PypiProject, version: string, site: string, bin: string): InstalledFile[] {
  const unpacked = project.size * 3;
  const info = `${site}/${project.name.replace(/-/g, "_")}-${version}.dist-info`;
  const files: InstalledFile[] = project.modules.map((m) => ({ path: `${site}/${m}/__init__.py`, size: Math.floor(unpacked / project.modules.length) }));
  files.push({ path: `${info}/METADATA`, size: 3000 }, { path: `${info}/RECORD`, size: 2000 }, { path: `${info}/INSTALLER`, size: 4 });
  for (const s of project.scripts) files.push({ path: `${bin}/${s}`, size: 230, mode: 0o755 });
  return files;
}

interface PipOptions {
  reqFiles: string[];
  specs: string[];
  /** Requirements read from -r files, with pip's comes_from text. */
  fromFile: { spec: string; path: string }[];
  noCache: boolean;
  upgrade: boolean;
  user: boolean | undefined;
  quiet: boolean;
  rootWarning: boolean;
}

function parseInstall(args: readonly string[]): PipOptions {
  const o: PipOptions = { reqFiles: [], specs: [], fromFile: [], noCache: false, upgrade: false, user: undefined, quiet: false, rootWarning: true };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-r" || a === "--requirement") o.reqFiles.push(args[++i] ?? "");
    else if (a.startsWith("--requirement=")) o.reqFiles.push(a.slice(14));
    else if (a === "--no-cache-dir") o.noCache = true;
    else if (a === "-U" || a === "--upgrade") o.upgrade = true;
    else if (a === "--user") o.user = true;
    else if (a === "--no-user") o.user = false;
    else if (a === "-q" || a === "--quiet") o.quiet = true;
    else if (a === "--root-user-action=ignore") o.rootWarning = false;
    else if (!a.startsWith("-")) o.specs.push(a);
  }
  return o;
}

/** pip's EACCES report (pip/_internal/commands/install.py create_os_error_message). */
function osError(ctx: PosixCommandContext, e: FsError, userSite: boolean): number {
  ctx.out.err(`ERROR: Could not install packages due to an OSError: ${PY_ERRNO[e.code] ?? `[Errno 5] ${e.code}`}: '${e.path}'\n${e.code === "EACCES" ? (userSite ? "Check the permissions.\n" : "Consider using the `--user` option or check the permissions.\n") : ""}\n`);
  return 1;
}

/** Whether the user may create entries in `dir` (its nearest existing ancestor), as pip's test_writable_dir checks. */
function isWritable(ctx: PosixCommandContext, dir: string): boolean {
  if (ctx.user.uid === 0) return true;
  let path = dir;
  for (;;) {
    const st = ctx.fs.stat(path);
    if (st) return st.uid === ctx.user.uid ? (st.mode & 0o200) !== 0 : st.gid === ctx.user.gid ? (st.mode & 0o020) !== 0 : (st.mode & 0o002) !== 0;
    path = path.slice(0, path.lastIndexOf("/")) || "/";
  }
}

/**
 * `pip install`: "Collecting" each requirement and its Requires-Dist (from
 * parent), "Downloading <wheel> (size)", "Installing collected packages",
 * "Successfully installed" (sorted by name), then, as root outside a venv,
 * pip ≥ 21.1's root-user warning. A non-root user whose site-packages is
 * not writable defaults to --user (pip's decide_user_install).
 */
function runInstall(ctx: PosixCommandContext, args: readonly string[]): number {
  const o = parseInstall(args);
  for (const file of o.reqFiles) {
    const text = readOptional(ctx, ctx.resolve(file));
    if (text === undefined) {
      ctx.out.err(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
      return 1;
    }
    text.split("\n").forEach((line, i) => {
      const req = line.replace(/#.*/, "").trim();
      if (req !== "" && !req.startsWith("-")) o.fromFile.push({ spec: req, path: `-r ${file} (line ${i + 1})` });
    });
  }
  if (o.specs.length === 0 && o.fromFile.length === 0) {
    ctx.out.err("ERROR: You must give at least one requirement to install (see \"pip help install\")\n");
    return 1;
  }
  const py = findPythonSite(ctx);
  const home = ctx.env.HOME ?? ctx.user.home;
  let userSite = o.user === true;
  if (o.user === undefined && !isWritable(ctx, py.site)) {
    ctx.out.out("Defaulting to user installation because normal site-packages is not writeable\n");
    userSite = true;
  }
  const site = userSite ? `${home}/.local/lib/${py.lib}/site-packages` : py.site;
  const bin = userSite ? `${home}/.local/bin` : `${py.prefix}/bin`;
  const installed = new Map<string, { name: string; version: string; at: string }>();
  for (const at of [py.site, site]) for (const [k, v] of listInstalled(ctx, at)) installed.set(k, { ...v, at });
  const chosen: { project: PypiProject; version: string }[] = [];
  const seen = new Set<string>();
  // `parent` is pip's InstallRequirement.from_path(): the requirement chain "Werkzeug>=3.0.0->flask".
  const queue: { spec: string; parent: string | undefined }[] = [...o.specs.map((spec) => ({ spec, parent: undefined })), ...o.fromFile.map((r) => ({ spec: r.spec, parent: r.path }))];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const req = parseRequirement(item.spec);
    const key = normalizePypiName(req.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const project = PYPI.get(key);
    const versions = project ? [...project.older, project.version] : [];
    const version = req.op === "==" ? (versions.includes(req.version) ? req.version : undefined) : project?.version;
    if (!project || version === undefined) {
      ctx.out.err(`ERROR: Could not find a version that satisfies the requirement ${item.spec} (from versions: ${versions.join(", ") || "none"})\nERROR: No matching distribution found for ${item.spec}\n`);
      return 1;
    }
    const from = item.parent ? ` (from ${item.parent})` : "";
    const have = installed.get(key);
    if (have && (have.version === version || (!o.upgrade && req.op !== "=="))) {
      ctx.out.out(`Requirement already satisfied: ${item.spec} in ${have.at}${from} (${have.version})\n`);
      continue;
    }
    // Binary wheels are tagged for the interpreter that asked (cp38 on python:3.8): the catalog lists CPython 3.12's.
    const tag = `cp${py.lib.replace(/^python3\./, "3")}`;
    const release = findPypiRelease(project, version);
    const wheel = release.wheel.replace(/cp312-cp312/, `${tag}-${tag}`);
    ctx.out.out(`Collecting ${item.spec}${from}\n  Downloading ${wheel} (${formatPipSize(release.size)})\n`);
    advanceDownload(ctx, release.size, 80);
    chosen.push({ project, version });
    const path = item.parent ? `${item.spec}->${item.parent}` : item.spec;
    for (const dep of release.requires) queue.push({ spec: dep, parent: path });
  }
  try {
    if (!o.noCache && chosen.length > 0) {
      for (const c of chosen) {
        const path = `${home}/.cache/pip/http-v2/${c.project.wheel}`;
        if (isWritable(ctx, path)) writeFiles(ctx, [{ path, size: c.project.size }], "wheel\n");
      }
    }
    if (chosen.length > 0) ctx.out.out(`Installing collected packages: ${chosen.map((c) => c.project.name).reverse().join(", ")}\n`);
    for (const c of chosen.slice().reverse()) {
      const old = installed.get(normalizePypiName(c.project.name));
      if (old) {
        ctx.out.out(`  Attempting uninstall: ${old.name}\n    Found existing installation: ${old.name} ${old.version}\n    Uninstalling ${old.name}-${old.version}:\n      Successfully uninstalled ${old.name}-${old.version}\n`);
        removeFiles(ctx, [`${site}/${old.name.replace(/-/g, "_")}-${old.version}.dist-info`]);
      }
      ensureParent(ctx, `${site}/x`);
      writeFiles(ctx, calculateWheelFiles(c.project, c.version, site, bin), `# ${c.project.name} ${c.version}\n`);
      ctx.fs.writeFile(`${site}/${c.project.name.replace(/-/g, "_")}-${c.version}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: ${c.project.name}\nVersion: ${c.version}\n${findPypiRelease(c.project, c.version).requires.map((r) => `Requires-Dist: ${r}\n`).join("")}`);
    }
  } catch (e) {
    if (e instanceof FsError) return osError(ctx, e, userSite);
    throw e;
  }
  if (chosen.length > 0) {
    const names = chosen.map((c) => `${c.project.name}-${c.version}`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    ctx.out.out(`Successfully installed ${names.join(" ")}\n`);
  }
  // pip's warn_if_run_as_root: not inside a virtual environment (running_under_virtualenv: pyvenv.cfg next to bin/).
  if (ctx.user.uid === 0 && o.rootWarning && !userSite && !ctx.fs.stat(`${py.prefix}/pyvenv.cfg`)) {
    ctx.out.err("WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv\n");
  }
  return 0;
}

/** `pip list` (a padded Package/Version table), `pip freeze` (name==version without pip/setuptools/wheel), `pip show` (the metadata block). */
function runQuery(ctx: PosixCommandContext, command: string, args: readonly string[]): number {
  const py = findPythonSite(ctx);
  const home = ctx.env.HOME ?? ctx.user.home;
  const all = [...listInstalled(ctx, py.site), ...listInstalled(ctx, `${home}/.local/lib/${py.lib}/site-packages`)].map(([, v]) => v);
  all.sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
  if (command === "list") {
    const w = Math.max(7, ...all.map((p) => p.name.length));
    const v = Math.max(7, ...all.map((p) => p.version.length));
    ctx.out.out(`${"Package".padEnd(w)} Version\n${"-".repeat(w)} ${"-".repeat(v)}\n${all.map((p) => `${p.name.padEnd(w)} ${p.version}\n`).join("")}`);
    return 0;
  }
  if (command === "freeze") {
    ctx.out.out(all.filter((p) => !["pip", "setuptools", "wheel"].includes(p.name)).map((p) => `${p.name}==${p.version}\n`).join(""));
    return 0;
  }
  const wanted = args.filter((a) => !a.startsWith("-"));
  const missing = wanted.filter((n) => !all.some((p) => normalizePypiName(p.name) === normalizePypiName(n)));
  const blocks = all.filter((p) => wanted.some((n) => normalizePypiName(n) === normalizePypiName(p.name))).map((p) => {
    const project = PYPI.get(normalizePypiName(p.name));
    const requires = (project?.requires ?? []).map((r) => parseRequirement(r).name).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    const requiredBy = [...PYPI.values()].filter((q) => all.some((i) => i.name === q.name) && q.requires.some((r) => normalizePypiName(parseRequirement(r).name) === normalizePypiName(p.name))).map((q) => q.name);
    return `Name: ${p.name}\nVersion: ${p.version}\nLocation: ${py.site}\nRequires: ${requires.join(", ")}\nRequired-by: ${requiredBy.join(", ")}\n`;
  });
  ctx.out.out(blocks.join("---\n"));
  if (missing.length > 0 || wanted.length === 0) {
    ctx.out.err(`WARNING: Package(s) not found: ${missing.join(", ")}\n`);
    return 1;
  }
  return 0;
}

/** `pip uninstall -y pkg…`: "Found existing installation", "Uninstalling", "Successfully uninstalled" per package. */
function runUninstall(ctx: PosixCommandContext, args: readonly string[]): number {
  const py = findPythonSite(ctx);
  const installed = listInstalled(ctx, py.site);
  for (const name of args.filter((a) => !a.startsWith("-"))) {
    const have = installed.get(normalizePypiName(name));
    const project = PYPI.get(normalizePypiName(name));
    if (!have) {
      ctx.out.err(`WARNING: Skipping ${name} as it is not installed.\n`);
      continue;
    }
    ctx.out.out(`Found existing installation: ${have.name} ${have.version}\nUninstalling ${have.name}-${have.version}:\n  Successfully uninstalled ${have.name}-${have.version}\n`);
    try {
      removeFiles(ctx, project ? calculateWheelFiles(project, have.version, py.site, `${py.prefix}/bin`).map((f) => f.path) : []);
      removeFiles(ctx, [...(project?.modules ?? []).map((m) => `${py.site}/${m}`), `${py.site}/${have.name.replace(/-/g, "_")}-${have.version}.dist-info`]);
    } catch (e) {
      if (e instanceof FsError) return osError(ctx, e, false);
      throw e;
    }
  }
  return 0;
}

/** pip 24.0 as the official python images ship it: install, uninstall, list, freeze, show, --version. */
export function runPip(ctx: PosixCommandContext): number {
  const [command, ...args] = ctx.argv.slice(1);
  const py = findPythonSite(ctx);
  switch (command) {
    case "install":
      return runInstall(ctx, args);
    case "uninstall":
      return runUninstall(ctx, args);
    case "list":
    case "freeze":
    case "show":
      return runQuery(ctx, command, args);
    case "--version":
    case "-V":
      ctx.out.out(`pip ${listInstalled(ctx, py.site).get("pip")?.version ?? "24.0"} from ${py.site}/pip (python ${py.lib.slice(6)})\n`);
      return 0;
    case undefined:
      ctx.out.out("\nUsage:   \n  pip <command> [options]\n");
      return 0;
    default:
      ctx.out.err(`ERROR: unknown command "${command}"\n`);
      return 1;
  }
}
