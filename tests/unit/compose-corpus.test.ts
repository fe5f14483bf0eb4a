import * as fs from "node:fs";
import * as path from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { formatProjectConfig } from "@/simulator/compose/format-config";
import { loadComposeProject } from "@/simulator/compose/load";
import { parseShortPort } from "@/simulator/compose/port-spec";
import type { ComposeProject } from "@/simulator/compose/types";

/**
 * The awesome-compose corpus (../shared/corpus/compose, read in place):
 * every file loads with its sample folder as the project directory, the
 * loaded model and `docker compose config` agree with expected-summary.json,
 * and every file validates against the Compose Specification's schema.
 */
const CORPUS = path.resolve(__dirname, "../../../shared/corpus/compose");
const SAMPLES = path.join(CORPUS, "awesome-compose");
const available = fs.existsSync(path.join(SAMPLES, "expected-summary.json"));

interface ServiceFacts {
  image: string | null;
  build: { context?: string; target?: string } | null;
  ports?: (string | number | Record<string, unknown>)[];
  volumes?: (string | Record<string, unknown>)[];
  depends_on?: string[] | Record<string, unknown>;
  networks?: string[] | Record<string, unknown>;
}
interface FileFacts {
  serviceNames: string[];
  services: Record<string, ServiceFacts>;
  topLevel: Partial<Record<"volumes" | "networks" | "secrets" | "configs", string[]>>;
  interpolationVariables: string[];
}

/** The host's files, read only, as the loader's file system. */
const nodeFs = {
  stat(p: string) {
    try {
      const s = fs.statSync(p);
      return { type: s.isDirectory() ? ("dir" as const) : ("file" as const), size: s.size, mtimeMs: 0, mode: 0o644 };
    } catch {
      return null;
    }
  },
  readFile: (p: string) => fs.readFileSync(p, "utf8"),
};

const facts: Record<string, FileFacts> = available ? JSON.parse(fs.readFileSync(path.join(SAMPLES, "expected-summary.json"), "utf8")).files : {};
const files = Object.keys(facts).sort();

function load(file: string): ComposeProject {
  const result = loadComposeProject({ fs: nodeFs, cwd: path.dirname(path.join(SAMPLES, file)), env: {} });
  if (!result.ok) throw new Error(`${file}: ${result.error}`);
  return result.project;
}

function names(value: string[] | Record<string, unknown> | undefined): string[] {
  return (Array.isArray(value) ? value.map(String) : Object.keys(value ?? {})).sort();
}

describe.skipIf(!available)("awesome-compose corpus", () => {
  it("has the corpus", () => {
    expect(files.length).toBe(39);
  });

  it("loads every file with its folder as the project directory, matching expected-summary.json", () => {
    let services = 0;
    let checked = 0;
    for (const file of files) {
      const project = load(file);
      const expected = facts[file] as FileFacts;
      expect(project.name, file).toBe(path.basename(path.dirname(file)).toLowerCase().replace(/[^a-z0-9_-]/g, ""));
      expect(Object.keys({ ...project.services, ...project.disabledServices }).sort(), file).toEqual([...expected.serviceNames].sort());
      for (const [name, svc] of Object.entries(expected.services)) {
        const got = project.services[name] ?? project.disabledServices[name];
        if (!got) throw new Error(`${file}: ${name} missing`);
        services++;
        if (svc.image !== null && !svc.image.includes("$")) expect(got.image, `${file} ${name} image`).toBe(svc.image);
        if (svc.build) {
          expect(got.build?.context, `${file} ${name} build`).toBe(path.resolve(path.dirname(path.join(SAMPLES, file)), svc.build.context ?? "."));
          expect(got.build?.target, `${file} ${name} target`).toBe(svc.build.target);
        }
        const ports = (svc.ports ?? []).filter((p) => typeof p !== "string" || !p.includes("$"));
        if (ports.length === (svc.ports ?? []).length) {
          const want = ports.flatMap((p) => (typeof p === "object" ? [{ target: Number(p.target), published: p.published === undefined ? undefined : String(p.published) }] : parseShortPort(p, "").map((e) => ({ target: e.target, published: e.published }))));
          expect(got.ports.map((p) => ({ target: p.target, published: p.published })), `${file} ${name} ports`).toEqual(want);
        }
        expect(got.volumes.length, `${file} ${name} volumes`).toBe((svc.volumes ?? []).length);
        expect(Object.keys(got.depends_on).sort(), `${file} ${name} depends_on`).toEqual(names(svc.depends_on));
        if (svc.networks) expect(Object.keys(got.networks).sort(), `${file} ${name} networks`).toEqual(names(svc.networks));
        checked++;
      }
      for (const kind of ["volumes", "networks", "secrets", "configs"] as const) {
        expect(Object.keys(project[kind]).filter((k) => kind !== "networks" || k !== "default" || (expected.topLevel.networks ?? []).includes("default")).sort(), `${file} ${kind}`).toEqual([...(expected.topLevel[kind] ?? [])].sort());
      }
    }
    const interpolated = files.filter((f) => (facts[f] as FileFacts).interpolationVariables.length > 0);
    for (const file of interpolated) {
      for (const svc of Object.values(load(file).services)) expect(`${svc.image ?? ""} ${JSON.stringify(svc.environment)}`, `${file} interpolated from .env`).not.toMatch(/\$\{?[A-Z_]/);
    }
    expect(interpolated.length).toBe(4);
    console.log(`compose corpus: ${files.length} files loaded, ${services} services, ${checked} checked against expected-summary.json`);
    expect(checked).toBe(services);
  });

  it("prints each project with docker compose config: the services and their images round-trip", () => {
    for (const file of files) {
      const project = load(file);
      const printed = parse(formatProjectConfig(project)) as { name: string; services: Record<string, { image?: string }> };
      expect(printed.name).toBe(project.name);
      expect(Object.keys(printed.services).sort(), file).toEqual(Object.keys(project.services).sort());
      for (const [name, svc] of Object.entries(project.services)) expect(printed.services[name]?.image, `${file} ${name}`).toBe(svc.image);
    }
  });

  it("validates every file against compose-spec.json", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(CORPUS, "compose-spec/compose-spec.json"), "utf8"));
    delete schema.$schema;
    const validate = new Ajv({ allErrors: true, format: false, unknownFormats: "ignore" }).compile(schema);
    let valid = 0;
    for (const file of files) {
      const ok = validate(parse(fs.readFileSync(path.join(SAMPLES, file), "utf8"), { version: "1.2", merge: true }));
      expect(validate.errors ?? [], file).toEqual([]);
      if (ok) valid++;
    }
    console.log(`compose corpus: ${valid}/${files.length} files valid against compose-spec.json`);
    expect(valid).toBe(files.length);
  });

  it("the loader refuses what the schema refuses (unknown top-level and service keys)", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(CORPUS, "compose-spec/compose-spec.json"), "utf8"));
    const serviceKeys = Object.keys(schema.definitions.service.properties);
    const text = (key: string): string => `services:\n  web:\n    image: nginx\n    ${key}: null\n`;
    const memory = (t: string) => ({ stat: (p: string) => (p === "/p/compose.yaml" ? { type: "file" as const, size: 1, mtimeMs: 0, mode: 0 } : null), readFile: () => t });
    for (const key of serviceKeys) {
      const r = loadComposeProject({ fs: memory(text(key)), cwd: "/p", env: {} });
      if (!r.ok) expect(r.error, key).not.toContain("Additional property");
    }
    const bad = loadComposeProject({ fs: memory(text("imag")), cwd: "/p", env: {} });
    expect(bad).toMatchObject({ ok: false, error: "validating /p/compose.yaml: services.web Additional property imag is not allowed" });
  });
});
