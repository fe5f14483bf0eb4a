import { stringify } from "yaml";
import type { ComposeProject, ComposeService } from "./types";

function sortedRecord(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) Object.defineProperty(out, key, { value: record[key], enumerable: true });
  return out;
}

/** One service as `config` prints it: only the keys that are set, in key order. */
function calculateServiceOutput(service: ComposeService): Record<string, unknown> {
  const out: Record<string, unknown> = { ...service.extras };
  const set = (key: string, value: unknown, when = true): void => {
    if (when && value !== undefined) out[key] = value;
  };
  set("build", service.build);
  set("command", service.command);
  set("configs", service.configs, service.configs.length > 0);
  set("container_name", service.container_name);
  set("depends_on", service.depends_on, Object.keys(service.depends_on).length > 0);
  set("deploy", service.deploy);
  set("entrypoint", service.entrypoint);
  set("env_file", service.env_file);
  set("environment", service.environment, Object.keys(service.environment).length > 0);
  set("expose", service.expose, service.expose.length > 0);
  set("healthcheck", service.healthcheck);
  set("image", service.image);
  set("labels", service.labels, Object.keys(service.labels).length > 0);
  set("network_mode", service.network_mode);
  set("networks", service.networks, Object.keys(service.networks).length > 0);
  // compose-go's field order: mode, host_ip, target, published, protocol; type, source, target, read_only, bind, volume.
  const ports = service.ports.map((p) => ({ mode: p.mode, host_ip: p.host_ip, target: p.target, published: p.published, protocol: p.protocol }));
  set("ports", ports.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))), ports.length > 0);
  set("profiles", service.profiles, service.profiles.length > 0);
  set("restart", service.restart);
  set("scale", service.scale);
  set("secrets", service.secrets, service.secrets.length > 0);
  set("user", service.user);
  const mounts = service.volumes.map((m) => ({ type: m.type, source: m.source, target: m.target, read_only: m.read_only, bind: m.bind, volume: m.volume }));
  set("volumes", mounts.map((m) => Object.fromEntries(Object.entries(m).filter(([, v]) => v !== undefined))), mounts.length > 0);
  set("working_dir", service.working_dir);
  return sortedRecord(out);
}

/**
 * `docker compose config`'s output: the normalised model as YAML, `name`
 * first, then services (by name), networks, volumes, secrets and configs
 * (docker/compose cmd/compose/config.go, compose-go's MarshalYAML with two
 * spaces of indent and indented sequences).
 * Simplification: service keys are printed in alphabetical order (compose-go
 * prints its struct's field order, which is nearly alphabetical), and
 * durations as written.
 */
export function formatProjectConfig(project: ComposeProject): string {
  const doc: Record<string, unknown> = { name: project.name, services: {} };
  const services: Record<string, unknown> = {};
  for (const name of Object.keys(project.services).sort()) Object.defineProperty(services, name, { value: calculateServiceOutput(project.services[name] as ComposeService), enumerable: true });
  doc.services = services;
  if (Object.keys(project.networks).length > 0) doc.networks = sortedRecord(project.networks);
  if (Object.keys(project.volumes).length > 0) doc.volumes = sortedRecord(project.volumes);
  if (Object.keys(project.secrets).length > 0) doc.secrets = sortedRecord(project.secrets);
  if (Object.keys(project.configs).length > 0) doc.configs = sortedRecord(project.configs);
  return stringify(doc, { indent: 2, indentSeq: true, lineWidth: 0, nullStr: "null", aliasDuplicateObjects: false });
}
