import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MemoryFs } from "../vfs/memory-fs";
import { formatProjectConfig } from "./format-config";
import { loadComposeProject, type ComposeLoadOptions } from "./load";
import { calculateStartOrder } from "./project";
import { calculateProjectNameFromDir } from "./project-name";

function workspace(files: Record<string, string>): MemoryFs {
  const fs = new MemoryFs(() => 0);
  for (const [path, text] of Object.entries(files)) {
    fs.mkdir(path.slice(0, path.lastIndexOf("/")) || "/", { recursive: true });
    fs.writeFile(path, text);
  }
  return fs;
}

function load(files: Record<string, string>, options: Partial<ComposeLoadOptions> = {}) {
  return loadComposeProject({ fs: workspace(files), cwd: "/w/My App", env: {}, ...options });
}

const WEB_DB = `services:
  web:
    build: .
    ports: ["4000:8080"]
    volumes: [data:/data]
    depends_on: [db]
  db:
    image: postgres
volumes:
  data:
`;

describe("loadComposeProject", () => {
  it("finds compose.yaml by name and names the project after its folder", () => {
    const r = load({ "/w/My App/compose.yaml": WEB_DB });
    expect(r.ok && r.project.name).toBe("myapp");
    expect(r.ok && Object.keys(r.project.services)).toEqual(["db", "web"]);
    expect(r.ok && r.project.networks.default?.name).toBe("myapp_default");
    expect(r.ok && r.project.volumes.data?.name).toBe("myapp_data");
  });
  it("prefers compose.yaml over docker-compose.yml and warns", () => {
    const r = load({ "/w/My App/compose.yaml": WEB_DB, "/w/My App/docker-compose.yml": WEB_DB });
    expect(r.warnings).toEqual(["WARN[0000] Found multiple config files with supported names: /w/My App/compose.yaml, /w/My App/docker-compose.yml", "WARN[0000] Using /w/My App/compose.yaml"]);
  });
  it("looks in parent folders, and says so when there is no file", () => {
    expect(load({ "/w/compose.yaml": WEB_DB }).ok).toBe(true);
    expect(load({})).toMatchObject({ ok: false, error: "no configuration file provided: not found" });
  });
  it("takes the name from -p over name:, and refuses an invalid explicit name", () => {
    const file = `name: fromfile\n${WEB_DB}`;
    expect(load({ "/w/My App/compose.yaml": file })).toMatchObject({ ok: true, project: { name: "fromfile" } });
    expect(load({ "/w/My App/compose.yaml": file }, { projectName: "cli" })).toMatchObject({ ok: true, project: { name: "cli" } });
    expect(load({ "/w/My App/compose.yaml": file }, { projectName: "Bad Name" })).toMatchObject({ ok: false, error: expect.stringContaining('invalid project name "Bad Name"') });
  });
  it("warns about the obsolete version attribute", () => {
    const r = load({ "/w/My App/compose.yaml": `version: "3.8"\n${WEB_DB}` });
    expect(r.warnings).toEqual(["WARN[0000] /w/My App/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"]);
  });
  it("interpolates from .env, with the shell's environment winning", () => {
    const files = { "/w/My App/compose.yaml": "services:\n  db:\n    image: postgres:${TAG}\n    environment:\n      - A=${A:-x}\n", "/w/My App/.env": "TAG=15\nA=env\n" };
    const r = load(files, { env: { A: "shell" } });
    expect(r.ok && r.project.services.db?.image).toBe("postgres:15");
    expect(r.ok && r.project.services.db?.environment).toEqual({ A: "shell" });
  });
  it("reports schema errors with the file and the key", () => {
    expect(load({ "/w/My App/compose.yaml": "services:\n  web:\n    image: x\n    foo: 1\n" })).toMatchObject({ ok: false, error: "validating /w/My App/compose.yaml: services.web Additional property foo is not allowed" });
    expect(load({ "/w/My App/compose.yaml": "servics:\n  web: {}\n" })).toMatchObject({ ok: false, error: "validating /w/My App/compose.yaml: (root) Additional property servics is not allowed" });
    expect(load({ "/w/My App/compose.yaml": "services:\n  web:\n    image: x\n    ports: 80\n" })).toMatchObject({ ok: false, error: "validating /w/My App/compose.yaml: services.web.ports must be a list" });
  });
  it("reports undefined references as an invalid compose project", () => {
    expect(load({ "/w/My App/compose.yaml": "services:\n  web:\n    image: x\n    volumes: [data:/d]\n" })).toMatchObject({ ok: false, error: 'service "web" refers to undefined volume data: invalid compose project' });
    expect(load({ "/w/My App/compose.yaml": "services:\n  web:\n    image: x\n    depends_on: [db]\n" })).toMatchObject({ ok: false, error: 'service "web" depends on undefined service "db": invalid compose project' });
    expect(load({ "/w/My App/compose.yaml": "services:\n  web:\n    ports: [80]\n" })).toMatchObject({ ok: false, error: 'service "web" has neither an image nor a build context specified: invalid compose project' });
  });
  it("reports YAML errors with a line number", () => {
    const r = load({ "/w/My App/compose.yaml": "services:\n  web:\n    image: a\n    image: b\n" });
    expect(r).toMatchObject({ ok: false, error: 'yaml: unmarshal errors:\n  line 4: mapping key "image" already defined at line 3' });
  });
  it("merges several -f files per the merge rules", () => {
    const r = load(
      {
        "/w/My App/a.yaml": "services:\n  web:\n    image: a\n    command: [x, y]\n    environment: [A=1, B=2]\n    ports: ['80:80']\n",
        "/w/My App/b.yaml": "services:\n  web:\n    image: b\n    command: z\n    environment: {B: 3}\n    ports: ['81:81']\n",
      },
      { files: ["a.yaml", "b.yaml"] },
    );
    const web = r.ok ? r.project.services.web : undefined;
    expect(web?.image).toBe("b");
    expect(web?.command).toEqual(["z"]);
    expect(web?.environment).toEqual({ A: "1", B: "3" });
    expect(web?.ports.map((p) => p.published)).toEqual(["80", "81"]);
  });
  it("sets aside services whose profiles are inactive", () => {
    const file = "services:\n  web:\n    image: a\n  debug:\n    image: b\n    profiles: [dev]\n";
    expect(load({ "/w/My App/compose.yaml": file })).toMatchObject({ ok: true, project: { services: { web: {} }, disabledServices: { debug: {} } } });
    const r = load({ "/w/My App/compose.yaml": file }, { profiles: ["dev"] });
    expect(r.ok && Object.keys(r.project.services)).toEqual(["debug", "web"]);
  });
  it("normalises long and short forms", () => {
    const r = load({
      "/w/My App/compose.yaml":
        "services:\n  web:\n    image: a\n    command: npm start --port 1\n    ports: ['127.0.0.1:8000-8001:80-81/udp', {target: 90, published: 9090}]\n" +
        "    healthcheck: {test: curl -f localhost}\n    depends_on: {db: {condition: service_healthy}}\n    deploy: {replicas: 2}\n  db:\n    image: b\n",
    });
    const web = r.ok ? r.project.services.web : undefined;
    expect(web?.command).toEqual(["npm", "start", "--port", "1"]);
    expect(web?.ports).toEqual([
      { mode: "ingress", host_ip: "127.0.0.1", target: 80, published: "8000", protocol: "udp" },
      { mode: "ingress", host_ip: "127.0.0.1", target: 81, published: "8001", protocol: "udp" },
      { mode: "ingress", target: 90, published: "9090", protocol: "tcp" },
    ]);
    expect(web?.healthcheck?.test).toEqual(["CMD-SHELL", "curl -f localhost"]);
    expect(web?.depends_on).toEqual({ db: { condition: "service_healthy", required: true } });
    expect(web?.deploy?.replicas).toBe(2);
    expect(r.ok && calculateStartOrder(r.project.services)).toEqual(["db", "web"]);
  });
  it("prints the normalised model for config", () => {
    const r = load({ "/w/My App/compose.yaml": WEB_DB });
    expect(r.ok && formatProjectConfig(r.project)).toContain("    ports:\n      - mode: ingress\n        target: 8080\n        published: \"4000\"\n        protocol: tcp\n");
  });
  it("normalises folder names into project names", () => {
    expect(calculateProjectNameFromDir("My_App.v2")).toBe("my_appv2");
    expect(calculateProjectNameFromDir("-x")).toBe("x");
  });
  it("never crashes on random YAML-ish text", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("services:\n  web:\n    image: ", "services:\n  ", "", "x-a: "), (text, prefix) => {
        const r = load({ "/w/My App/compose.yaml": prefix + text });
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});

describe("dependency cycles", () => {
  it("are refused with the loop spelled out", () => {
    const file = "services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n";
    expect(loadComposeProject({ fs: workspace({ "/p/compose.yaml": file }), cwd: "/p", env: {} })).toMatchObject({ ok: false, error: "dependency cycle detected: a -> b -> a" });
  });
});
