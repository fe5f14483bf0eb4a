import { formatScalar, parseListOrDict } from "./service-fields";
import { asMapping, setOwnValue } from "./record";

/** Service keys whose value the later file replaces outright (compose-spec `13-merge.md`). */
const REPLACED = new Set(["command", "entrypoint", "healthcheck.test", "image", "build.dockerfile", "build.context"]);
/** Sequences that become mappings before merging, so a key set later wins (compose-spec: environment, labels…). */
const AS_MAPPING = new Set(["environment", "labels", "build.args", "sysctls", "extra_hosts", "annotations"]);
/** Sequences merged by a key; a later entry with the same key replaces the earlier one. */
const KEYED: Record<string, (item: unknown) => string> = {
  volumes: (v) => {
    if (asMapping(v)) return formatScalar((v as Record<string, unknown>).target);
    const parts = formatScalar(v).split(":");
    return parts[parts.length > 1 ? 1 : 0] ?? "";
  },
  secrets: (v) => (asMapping(v) ? formatScalar((v as Record<string, unknown>).source) : formatScalar(v)),
  configs: (v) => (asMapping(v) ? formatScalar((v as Record<string, unknown>).source) : formatScalar(v)),
  ports: (v) => JSON.stringify(v),
};
/** Service keys written as a list or a mapping of names (`depends_on`, `networks`): merged as mappings. */
const NAME_LISTS = new Set(["depends_on", "networks"]);

function toNameMapping(value: unknown, long: unknown): Record<string, unknown> {
  if (!Array.isArray(value)) return asMapping(value) ?? {};
  const out: Record<string, unknown> = {};
  for (const n of value) setOwnValue(out, formatScalar(n), long);
  return out;
}

function mergeValue(base: unknown, over: unknown, path: string): unknown {
  if (over === undefined) return base;
  if (base === undefined || REPLACED.has(path)) return over;
  if (AS_MAPPING.has(path) && (Array.isArray(base) || Array.isArray(over))) return { ...parseListOrDict(base), ...parseListOrDict(over) };
  if (NAME_LISTS.has(path) && (Array.isArray(base) || Array.isArray(over))) {
    const long = path === "depends_on" ? { condition: "service_started" } : null;
    return mergeMappings(toNameMapping(base, long), toNameMapping(over, long), path);
  }
  if (path === "build" && (typeof base === "string" || typeof over === "string")) {
    return mergeValue(typeof base === "string" ? { context: base } : base, typeof over === "string" ? { context: over } : over, path);
  }
  if (Array.isArray(base) && Array.isArray(over)) {
    const keyOf = KEYED[path];
    if (keyOf) {
      const merged = new Map<string, unknown>();
      for (const item of [...base, ...over]) merged.set(keyOf(item), item);
      return [...merged.values()];
    }
    const seen = new Set(base.map((v) => JSON.stringify(v)));
    return [...base, ...over.filter((v) => !seen.has(JSON.stringify(v)))];
  }
  const a = asMapping(base);
  const b = asMapping(over);
  if (a && b) return mergeMappings(a, b, path);
  return over;
}

function mergeMappings(base: Record<string, unknown>, over: Record<string, unknown>, path: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) setOwnValue(out, key, mergeValue(out[key], value, path === "" ? key : `${path}.${key}`));
  return out;
}

/**
 * Merges a later Compose file (`-f a.yaml -f b.yaml`, or an override file)
 * into the earlier one per the compose-spec merge rules (`13-merge.md`):
 * mappings merge key by key, scalars and `command`/`entrypoint` are
 * replaced, environment/labels merge as mappings, volumes merge by target,
 * secrets/configs by source, other sequences append without duplicates.
 */
export function calculateMergedFile(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (key === "services") {
      const services: Record<string, unknown> = { ...(asMapping(base.services) ?? {}) };
      for (const [name, svc] of Object.entries(asMapping(value) ?? {})) {
        const prior = asMapping(services[name]);
        setOwnValue(services, name, prior ? mergeMappings(prior, asMapping(svc) ?? {}, "") : svc);
      }
      out.services = services;
    } else {
      setOwnValue(out, key, mergeValue(out[key], value, `(top).${key}`));
    }
  }
  return out;
}
