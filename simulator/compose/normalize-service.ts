import { getOwn } from "../core/own";
import { calculateResolvedPath } from "../vfs/path";
import { parseDotEnv } from "./dotenv";
import { parseLongVolume, parseShortVolume } from "./mount-spec";
import { parseLongPort, parseShortPort } from "./port-spec";
import { asMapping, setOwnValue } from "./record";
import { formatScalar, parseCommand, parseCount, parseDependsOn, parseFileRefs, parseHealthcheck, parseListOrDict } from "./service-fields";
import { ComposeError, type ComposeBuild, type ComposeDeploy, type ComposeService } from "./types";

/** What normalising a service needs from the project. */
export interface NormalizeContext {
  projectDir: string;
  home: string;
  /** The variables interpolation used (shell environment over `.env`): bare `environment: [KEY]` entries read them. */
  env: Readonly<Record<string, string>>;
  /** A host file's text, or undefined when missing. */
  readFile(path: string): string | undefined;
}

/** The keys normalised into ComposeService fields; the rest go to `extras`. */
const MODELLED = new Set([
  "image", "build", "command", "entrypoint", "environment", "env_file", "ports", "expose", "volumes", "depends_on", "networks",
  "network_mode", "restart", "healthcheck", "deploy", "scale", "profiles", "labels", "container_name", "working_dir", "user", "secrets", "configs",
]);

function parseBuild(value: unknown, ctx: NormalizeContext): ComposeBuild | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = asMapping(value) ?? { context: formatScalar(value) };
  const build: ComposeBuild = {
    context: calculateResolvedPath(ctx.projectDir, typeof raw.context === "string" ? raw.context : "."),
    dockerfile: typeof raw.dockerfile === "string" ? raw.dockerfile : "Dockerfile",
  };
  if (raw.args !== undefined) build.args = parseListOrDict(raw.args);
  if (typeof raw.target === "string") build.target = raw.target;
  return build;
}

function parseDeploy(value: unknown, path: string): ComposeDeploy | undefined {
  const raw = asMapping(value);
  if (!raw) return undefined;
  const deploy: ComposeDeploy = {};
  const replicas = parseCount(raw.replicas, `${path}.replicas`);
  if (replicas !== undefined) deploy.replicas = replicas;
  const resources = asMapping(raw.resources);
  if (resources) {
    deploy.resources = {};
    for (const kind of ["limits", "reservations"] as const) {
      const entry = asMapping(resources[kind]);
      if (entry) deploy.resources[kind] = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, typeof v === "number" ? v : formatScalar(v)]));
    }
  }
  return deploy;
}

/** `env_file:` entries (string, list of strings, or `{path, required}`), read in order; `environment:` wins over them. */
function readEnvFiles(value: unknown, ctx: NormalizeContext): { files: { path: string; required: boolean }[]; env: Record<string, string> } {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
  const files = list.map((item) => {
    const entry = asMapping(item);
    const path = formatScalar(entry ? entry.path : item);
    return { path: calculateResolvedPath(ctx.projectDir, path), required: entry ? entry.required !== false : true };
  });
  const env: Record<string, string> = {};
  for (const file of files) {
    const text = ctx.readFile(file.path);
    if (text === undefined) {
      if (file.required) throw new ComposeError(`env file ${file.path} not found: stat ${file.path}: no such file or directory`);
      continue;
    }
    Object.assign(env, parseDotEnv(text, file.path, ctx.env));
  }
  return { files, env };
}

/**
 * One service of the merged model in compose-go's canonical form
 * (compose-go loader.Normalize and the types' decoders): build and bind
 * paths absolute, ports and volumes in long form, environment and labels
 * as mappings, depends_on in long form, `networks: {default: null}` when
 * none are named.
 */
export function calculateNormalizedService(name: string, raw: Record<string, unknown>, ctx: NormalizeContext): ComposeService {
  const path = `services.${name}`;
  const envFiles = readEnvFiles(raw.env_file, ctx);
  const environment: Record<string, string | null> = { ...envFiles.env };
  for (const [key, value] of Object.entries(parseListOrDict(raw.environment))) setOwnValue(environment, key, value ?? getOwn(ctx.env, key) ?? null);
  const ports = Array.isArray(raw.ports) ? raw.ports.flatMap((p) => (asMapping(p) ? [parseLongPort(p as Record<string, unknown>)] : parseShortPort(p as string, `${path}.ports`))) : [];
  const volumes = Array.isArray(raw.volumes)
    ? raw.volumes.map((v) => (asMapping(v) ? parseLongVolume(v as Record<string, unknown>, ctx.projectDir, ctx.home, `${path}.volumes`) : parseShortVolume(formatScalar(v), ctx.projectDir, ctx.home)))
    : [];
  const networks: ComposeService["networks"] = {};
  if (Array.isArray(raw.networks)) for (const n of raw.networks) setOwnValue(networks, formatScalar(n), null);
  else for (const [key, value] of Object.entries(asMapping(raw.networks) ?? {})) {
    const entry = asMapping(value);
    setOwnValue(networks, key, entry && Array.isArray(entry.aliases) ? { aliases: entry.aliases.map(formatScalar) } : null);
  }
  if (Object.keys(networks).length === 0 && raw.network_mode === undefined) networks.default = null;

  const service: ComposeService = {
    name,
    environment,
    ports,
    expose: Array.isArray(raw.expose) ? raw.expose.map(formatScalar) : [],
    volumes,
    depends_on: parseDependsOn(raw.depends_on, name),
    networks,
    profiles: Array.isArray(raw.profiles) ? raw.profiles.map(formatScalar) : [],
    labels: Object.fromEntries(Object.entries(parseListOrDict(raw.labels)).map(([k, v]) => [k, v ?? ""])),
    secrets: parseFileRefs(raw.secrets),
    configs: parseFileRefs(raw.configs),
    extras: {},
  };
  if (typeof raw.image === "string") service.image = raw.image;
  const build = parseBuild(raw.build, ctx);
  if (build) service.build = build;
  if (!service.image && !service.build) throw new ComposeError(`service "${name}" has neither an image nor a build context specified: invalid compose project`);
  const command = parseCommand(raw.command, `${path}.command`);
  if (command !== undefined) service.command = command;
  const entrypoint = parseCommand(raw.entrypoint, `${path}.entrypoint`);
  if (entrypoint !== undefined) service.entrypoint = entrypoint;
  if (envFiles.files.length > 0) service.env_file = envFiles.files;
  for (const key of ["network_mode", "restart", "container_name", "working_dir", "user"] as const) {
    if (raw[key] !== undefined && raw[key] !== null) service[key] = formatScalar(raw[key]);
  }
  const healthcheck = parseHealthcheck(raw.healthcheck);
  if (healthcheck) service.healthcheck = healthcheck;
  const deploy = parseDeploy(raw.deploy, `${path}.deploy`);
  if (deploy) service.deploy = deploy;
  const scale = parseCount(raw.scale, `${path}.scale`);
  if (scale !== undefined) service.scale = scale;
  for (const [key, value] of Object.entries(raw)) if (!MODELLED.has(key) && !key.startsWith("x-")) setOwnValue(service.extras, key, value);
  return service;
}
