import { calculateSha256Hex } from "../../core/sha256";
import { getOwn } from "../../core/own";
import type { ComposeProject, ComposeService } from "../../compose/types";
import type { CreateContainerOptions } from "../../engine/engine";
import { connectNetwork, getNetwork } from "../../engine/network-ops";
import { parsePortSpecs } from "../../engine/ports";
import type { ImageRecord } from "../../image/types";
import { parseRestartPolicy } from "../../runtime/restart-policy";
import type { ContainerRecord, HealthConfig } from "../../runtime/types";
import { parseGoDuration } from "./duration";
import { calculateContainerName, calculateServiceImage, COMPOSE_VERSION, LABEL, type ComposeContext } from "./command";

/** The hash Compose stores to notice a changed service (com.docker.compose.config-hash; pkg/compose/hash.go ServiceHash, which leaves out scale). */
export function calculateServiceHash(service: ComposeService): string {
  const { deploy, scale: _scale, ...rest } = service;
  const stable = deploy ? { ...rest, deploy: { ...deploy, replicas: undefined } } : rest;
  return calculateSha256Hex(JSON.stringify(stable));
}

/**
 * `healthcheck:` as the engine's HealthConfig (durations in ns, `disable` as
 * `["NONE"]`), merged by the engine over the image's HEALTHCHECK as Compose's
 * container config is (docker/compose pkg/compose/create.go).
 */
function calculateHealthConfig(service: ComposeService): HealthConfig | undefined {
  const check = service.healthcheck;
  if (!check) return undefined;
  if (check.disable || check.test?.[0] === "NONE") return { Test: ["NONE"] };
  const ns = (text: string | undefined): number | undefined => (text === undefined ? undefined : parseGoDuration(text, 0) * 1_000_000);
  const config: HealthConfig = { Test: check.test ?? [] };
  const interval = ns(check.interval);
  const timeout = ns(check.timeout);
  const startPeriod = ns(check.start_period);
  if (interval) config.Interval = interval;
  if (timeout) config.Timeout = timeout;
  if (startPeriod) config.StartPeriod = startPeriod;
  if (check.retries) config.Retries = check.retries;
  return config;
}

/** The `-p` specs for a service's ports. */
function calculatePortSpecs(service: ComposeService): string[] {
  return service.ports.map((p) => `${p.host_ip ? `${p.host_ip.includes(":") ? `[${p.host_ip}]` : p.host_ip}:` : ""}${p.published !== undefined ? `${p.published}:` : ""}${p.target}/${p.protocol}`);
}

/** The `-v` specs for a service's mounts (named volumes under their project names) and its file secrets and configs. */
function calculateVolumeSpecs(project: ComposeProject, service: ComposeService): string[] {
  const specs: string[] = [];
  for (const m of service.volumes) {
    if (m.type === "tmpfs") continue;
    const source = m.type === "volume" && m.source ? (getOwn(project.volumes, m.source)?.name ?? m.source) : m.source;
    specs.push(source ? `${source}:${m.target}${m.read_only ? ":ro" : ""}` : m.target);
  }
  // File secrets appear read-only under /run/secrets/<name>, file configs at /<name> (compose-spec 05-services.md secrets, configs).
  for (const ref of service.secrets) {
    const file = getOwn(project.secrets, ref.source)?.file;
    if (file) specs.push(`${file}:${ref.target?.startsWith("/") ? ref.target : `/run/secrets/${ref.target ?? ref.source}`}:ro`);
  }
  for (const ref of service.configs) {
    const file = getOwn(project.configs, ref.source)?.file;
    if (file) specs.push(`${file}:${ref.target ?? `/${ref.source}`}:ro`);
  }
  return specs;
}

/** What a one-off `run` changes. */
export interface ContainerOverrides {
  name?: string;
  command?: string[];
  autoRemove?: boolean;
  oneoff?: boolean;
  publishPorts?: boolean;
}

/**
 * Creates one container of a service as Compose does (docker/compose
 * pkg/compose/create.go getCreateConfigs): its image, command, environment,
 * ports, mounts, restart policy and Compose's labels, on the service's
 * networks with the service name and container name as aliases, so other
 * services reach it by name. Returns the container or an error line.
 */
export function dispatchServiceContainer(
  ctx: ComposeContext,
  project: ComposeProject,
  service: ComposeService,
  number: number,
  image: ImageRecord,
  overrides: ContainerOverrides = {},
): ContainerRecord | string {
  const name = overrides.name ?? calculateContainerName(project.name, service.name, number, ctx.flavor, service.container_name);
  const ports = parsePortSpecs(overrides.publishPorts === false ? [] : calculatePortSpecs(service));
  if (!ports.ok) return ports.error;
  const restart = parseRestartPolicy(service.restart ?? "");
  if (!restart.ok) return restart.error;
  const labels: Record<string, string> = {
    ...service.labels,
    [LABEL.configHash]: calculateServiceHash(service),
    [LABEL.number]: String(number),
    [LABEL.dependsOn]: Object.entries(service.depends_on).map(([dep, d]) => `${dep}:${d.condition}:${d.restart === true}`).join(","),
    [LABEL.oneoff]: overrides.oneoff ? "True" : "False",
    [LABEL.project]: project.name,
    [LABEL.configFiles]: project.configFiles.join(","),
    [LABEL.workingDir]: project.workingDir,
    [LABEL.service]: service.name,
    [LABEL.version]: COMPOSE_VERSION,
  };
  const extras = service.extras;
  const options: CreateContainerOptions = {
    imageText: calculateServiceImage(project.name, service, ctx.flavor),
    image,
    name,
    cmd: overrides.command ?? service.command ?? [],
    ...(service.entrypoint ? { entrypoint: service.entrypoint } : {}),
    env: Object.entries(service.environment).flatMap(([k, v]) => (v === null ? [] : [`${k}=${v}`])),
    ...(service.working_dir ? { workingDir: service.working_dir } : {}),
    ...(service.user ? { user: service.user } : {}),
    ...(typeof extras.hostname === "string" ? { hostname: extras.hostname } : {}),
    tty: extras.tty === true,
    interactive: extras.stdin_open === true,
    autoRemove: overrides.autoRemove === true,
    labels,
    portBindings: ports.bindings,
    volumes: calculateVolumeSpecs(project, service),
    ...(service.healthcheck ? { healthcheck: calculateHealthConfig(service) } : {}),
  };
  const created = ctx.engine.createContainer(options);
  if (!created.ok) return `Error response from daemon: ${created.error.message}`;
  const container = created.value;
  if (restart.policy) container.hostConfig.RestartPolicy = restart.policy;
  const mode = service.network_mode;
  if (mode === "host" || mode === "none") {
    container.hostConfig.NetworkMode = mode;
    return container;
  }
  const keys = Object.keys(service.networks);
  for (const key of keys) {
    const network = getNetwork(ctx.engine, getOwn(project.networks, key)?.name ?? key);
    if (!network.ok) return `Error response from daemon: ${network.error.message}`;
    if (container.hostConfig.NetworkMode === undefined) container.hostConfig.NetworkMode = network.value.Name;
    const aliases = [name, service.name, ...(service.networks[key]?.aliases ?? [])];
    connectNetwork(ctx.engine, network.value, container, aliases);
  }
  return container;
}
