import { getOwn } from "../core/own";
import { calculateResolvedPath } from "../vfs/path";
import { calculateNormalizedService, type NormalizeContext } from "./normalize-service";
import { asMapping, setOwnValue } from "./record";
import { parseListOrDict } from "./service-fields";
import { ComposeError, type ComposeFileResource, type ComposeNetwork, type ComposeProject, type ComposeService, type ComposeVolume } from "./types";

/** What building the project needs besides the merged model. */
export interface ProjectContext extends NormalizeContext {
  name: string;
  configFiles: string[];
  profiles: readonly string[];
}

function isExternal(raw: Record<string, unknown>): boolean {
  return raw.external === true || raw.external === "true" || asMapping(raw.external) !== undefined;
}

function labelsOf(raw: Record<string, unknown>): Record<string, string> | undefined {
  return raw.labels === undefined ? undefined : Object.fromEntries(Object.entries(parseListOrDict(raw.labels)).map(([k, v]) => [k, v ?? ""]));
}

/** A top-level network or volume: named `<project>_<key>` unless `name:` or external (compose-go loader.Normalize). */
function calculateResource(project: string, key: string, value: unknown): ComposeNetwork & ComposeVolume {
  const raw = asMapping(value) ?? {};
  const external = isExternal(raw);
  const resource: ComposeNetwork & ComposeVolume = { name: typeof raw.name === "string" ? raw.name : external ? key : `${project}_${key}` };
  if (typeof raw.driver === "string") resource.driver = raw.driver;
  if (external) resource.external = true;
  const labels = labelsOf(raw);
  if (labels) resource.labels = labels;
  return resource;
}

function calculateFileResource(project: string, key: string, value: unknown, ctx: ProjectContext): ComposeFileResource {
  const raw = asMapping(value) ?? {};
  const external = isExternal(raw);
  const resource: ComposeFileResource = { name: typeof raw.name === "string" ? raw.name : external ? key : `${project}_${key}` };
  if (typeof raw.file === "string") resource.file = calculateResolvedPath(ctx.projectDir, raw.file);
  if (typeof raw.environment === "string") resource.environment = raw.environment;
  if (typeof raw.content === "string") resource.content = raw.content;
  if (external) resource.external = true;
  return resource;
}

/** Compose's consistency checks (compose-go loader/validate.go checkConsistency). */
function checkReferences(service: ComposeService, project: ComposeProject, all: Record<string, ComposeService>): void {
  const invalid = (what: string): ComposeError => new ComposeError(`service "${service.name}" ${what}: invalid compose project`);
  for (const network of Object.keys(service.networks)) {
    if (network !== "default" && getOwn(project.networks, network) === undefined) throw invalid(`refers to undefined network ${network}`);
  }
  for (const mount of service.volumes) {
    if (mount.type === "volume" && mount.source !== undefined && getOwn(project.volumes, mount.source) === undefined) throw invalid(`refers to undefined volume ${mount.source}`);
  }
  for (const ref of service.secrets) if (getOwn(project.secrets, ref.source) === undefined) throw invalid(`refers to undefined secret ${ref.source}`);
  for (const ref of service.configs) if (getOwn(project.configs, ref.source) === undefined) throw invalid(`refers to undefined config ${ref.source}`);
  for (const dep of Object.keys(service.depends_on)) {
    if (getOwn(all, dep) === undefined && service.depends_on[dep]?.required !== false) throw invalid(`depends on undefined service "${dep}"`);
  }
}

/**
 * The merged, interpolated model as a project: services normalised and
 * sorted by name, the ones whose `profiles` are all inactive set aside,
 * top-level resources named, a `default` network added when a service uses
 * it, and every reference checked.
 */
export function calculateProjectFromModel(model: Record<string, unknown>, ctx: ProjectContext): ComposeProject {
  const project: ComposeProject = {
    name: ctx.name,
    workingDir: ctx.projectDir,
    configFiles: ctx.configFiles,
    services: {},
    disabledServices: {},
    networks: {},
    volumes: {},
    secrets: {},
    configs: {},
  };
  for (const [key, value] of Object.entries(asMapping(model.networks) ?? {})) setOwnValue(project.networks, key, calculateResource(ctx.name, key, value));
  for (const [key, value] of Object.entries(asMapping(model.volumes) ?? {})) setOwnValue(project.volumes, key, calculateResource(ctx.name, key, value));
  for (const [key, value] of Object.entries(asMapping(model.secrets) ?? {})) setOwnValue(project.secrets, key, calculateFileResource(ctx.name, key, value, ctx));
  for (const [key, value] of Object.entries(asMapping(model.configs) ?? {})) setOwnValue(project.configs, key, calculateFileResource(ctx.name, key, value, ctx));

  const all: Record<string, ComposeService> = {};
  const rawServices = asMapping(model.services) ?? {};
  for (const name of Object.keys(rawServices).sort()) {
    setOwnValue(all, name, calculateNormalizedService(name, asMapping(rawServices[name]) ?? {}, ctx));
  }
  for (const service of Object.values(all)) {
    checkReferences(service, project, all);
    const enabled = service.profiles.length === 0 || service.profiles.some((p) => ctx.profiles.includes(p) || ctx.profiles.includes("*"));
    setOwnValue(enabled ? project.services : project.disabledServices, service.name, service);
  }
  const cycle = findDependencyCycle(all);
  if (cycle) throw new ComposeError(`dependency cycle detected: ${cycle.join(" -> ")}`);
  const usesDefault = Object.values(project.services).some((s) => Object.hasOwn(s.networks, "default"));
  if (usesDefault && getOwn(project.networks, "default") === undefined) project.networks = { default: { name: `${ctx.name}_default` }, ...project.networks };
  return project;
}

/** A `depends_on` loop, as the names along it ending where it started (compose-go graph.go). */
function findDependencyCycle(services: Readonly<Record<string, ComposeService>>): string[] | undefined {
  const state = new Map<string, "visiting" | "done">();
  const path: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === "done") return undefined;
    if (state.get(name) === "visiting") return [...path.slice(path.indexOf(name)), name];
    state.set(name, "visiting");
    path.push(name);
    for (const dep of Object.keys(getOwn(services, name)?.depends_on ?? {}).sort()) {
      const found = getOwn(services, dep) ? visit(dep) : undefined;
      if (found) return found;
    }
    path.pop();
    state.set(name, "done");
    return undefined;
  };
  for (const name of Object.keys(services).sort()) {
    const found = visit(name);
    if (found) return found;
  }
  return undefined;
}

/** Service names in start order: dependencies first, otherwise by name (compose-go graph traversal). */
export function calculateStartOrder(services: Readonly<Record<string, ComposeService>>, names: readonly string[] = Object.keys(services)): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const service = getOwn(services, name);
    if (!service) return;
    for (const dep of Object.keys(service.depends_on).sort()) visit(dep);
    order.push(name);
  };
  for (const name of [...names].sort()) visit(name);
  return order;
}
