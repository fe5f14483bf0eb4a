import { getOwn } from "../core/own";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonMap = { [key: string]: Json };

/** A patch result, or the error text the API server answers with. */
export type PatchResult = { ok: true; value: Json } | { ok: false; error: string };

function isMap(v: unknown): v is JsonMap {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/**
 * RFC 7386 JSON merge patch (`kubectl patch --type merge`; evanphx/json-patch
 * MergePatch): objects merge key by key, `null` removes a key, anything else
 * (lists included) replaces the target whole.
 */
export function calculateMergePatch(target: Json, patch: Json): Json {
  if (!isMap(patch)) return structuredClone(patch);
  const out: JsonMap = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = calculateMergePatch(Object.hasOwn(out, k) ? (out[k] as Json) : null, v);
  }
  return out;
}

/**
 * The merge keys of the list fields a strategic merge patch merges
 * (`patchMergeKey` tags in k8s.io/api core/v1 and apps/v1 types.go); every
 * other list is atomic and replaced whole, as in the real types.
 * Simplification: the common list fields only, keyed by field name rather
 * than by the Go struct that holds them.
 */
const MERGE_KEYS: Record<string, string> = {
  containers: "name",
  initContainers: "name",
  ephemeralContainers: "name",
  env: "name",
  volumes: "name",
  volumeMounts: "mountPath",
  volumeDevices: "devicePath",
  imagePullSecrets: "name",
  hostAliases: "ip",
  ownerReferences: "uid",
  conditions: "type",
};

/** `ports` merges by containerPort in a container and by port in a Service spec (k8s.io/api core/v1 types.go). */
function findMergeKey(field: string, parentPath: readonly string[]): string | undefined {
  if (field === "ports") return parentPath.includes("containers") || parentPath.includes("initContainers") ? "containerPort" : "port";
  return getOwn(MERGE_KEYS, field);
}

/** Go's %v of a map[string]interface{} (keys sorted), as mergepatch.ErrNoMergeKey prints it. */
function formatGoMap(v: Json): string {
  if (isMap(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${formatGoMap(v[k] as Json)}`).join(" ")}]`;
  if (Array.isArray(v)) return `[${v.map(formatGoMap).join(" ")}]`;
  return v === null ? "<nil>" : String(v);
}

function mergeList(original: Json[], patch: Json[], key: string): PatchResult {
  const deletes = new Set<string>();
  const merged = original.map((o) => structuredClone(o));
  const added: Json[] = [];
  for (const item of patch) {
    if (!isMap(item) || !Object.hasOwn(item, key)) {
      if (isMap(item) && item.$patch === "replace") continue;
      return { ok: false, error: `map: ${formatGoMap(item)} does not contain declared merge key: ${key}` };
    }
    const id = JSON.stringify(item[key]);
    if (item.$patch === "delete") {
      deletes.add(id);
      continue;
    }
    const at = merged.findIndex((o) => isMap(o) && JSON.stringify(o[key]) === id);
    if (at >= 0) {
      const r = calculateStrategicMergePatch(merged[at] as Json, item, []);
      if (!r.ok) return r;
      merged[at] = r.value;
    } else {
      const r = calculateStrategicMergePatch({}, item, []);
      if (!r.ok) return r;
      added.push(r.value);
    }
  }
  const kept = merged.filter((o) => !(isMap(o) && deletes.has(JSON.stringify(o[key]))));
  // New items come before the server's (normalizeElementOrder without $setElementOrder), as the
  // kubernetes.io "Update API Objects in Place Using kubectl patch" example shows.
  return { ok: true, value: [...added, ...kept] };
}

/**
 * A strategic merge patch (`kubectl patch`'s default; k8s.io/apimachinery
 * pkg/util/strategicpatch): maps merge as in a JSON merge patch, lists with a
 * merge key (containers by name, ports by containerPort…) merge item by item
 * with new items first, `$patch: delete` removes an item and `$patch: replace`
 * replaces a map; other lists are replaced. A merge-list item without its key
 * fails with `map: map[…] does not contain declared merge key: name`.
 * Simplification: no $setElementOrder, $retainKeys or $deleteFromPrimitiveList.
 */
export function calculateStrategicMergePatch(target: Json, patch: Json, path: readonly string[] = []): PatchResult {
  if (!isMap(patch)) return { ok: true, value: structuredClone(patch) };
  if (patch.$patch === "replace") {
    const rest: JsonMap = { ...patch };
    delete rest.$patch;
    return { ok: true, value: rest };
  }
  const out: JsonMap = isMap(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k === "$patch") continue;
    if (v === null) {
      delete out[k];
      continue;
    }
    const current = Object.hasOwn(out, k) ? (out[k] as Json) : null;
    const key = findMergeKey(k, path);
    if (Array.isArray(v) && key !== undefined) {
      const r = mergeList(Array.isArray(current) ? current : [], v, key);
      if (!r.ok) return r;
      out[k] = r.value;
      continue;
    }
    if (isMap(v) && v.$patch === "delete") {
      delete out[k];
      continue;
    }
    const r = calculateStrategicMergePatch(current, v, [...path, k]);
    if (!r.ok) return r;
    out[k] = r.value;
  }
  return { ok: true, value: out };
}

function unescapeToken(t: string): string {
  return t.replace(/~1/g, "/").replace(/~0/g, "~");
}

interface Located {
  parent: Json[] | JsonMap;
  key: string;
}

function locate(doc: Json, pointer: string): Located | undefined {
  if (!pointer.startsWith("/")) return undefined;
  const tokens = pointer.slice(1).split("/").map(unescapeToken);
  let node: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(t) || Number(t) >= node.length) return undefined;
      node = node[Number(t)] as Json;
    } else if (isMap(node)) {
      if (!Object.hasOwn(node, t)) return undefined;
      node = node[t] as Json;
    } else return undefined;
  }
  if (!Array.isArray(node) && !isMap(node)) return undefined;
  return { parent: node, key: tokens[tokens.length - 1] as string };
}

function getAt(l: Located): Json | undefined {
  if (Array.isArray(l.parent)) return /^\d+$/.test(l.key) ? l.parent[Number(l.key)] : undefined;
  return Object.hasOwn(l.parent, l.key) ? l.parent[l.key] : undefined;
}

function removeAt(l: Located): Json | undefined {
  const v = getAt(l);
  if (v === undefined) return undefined;
  if (Array.isArray(l.parent)) l.parent.splice(Number(l.key), 1);
  else delete l.parent[l.key];
  return v;
}

function addAt(l: Located, value: Json): boolean {
  if (Array.isArray(l.parent)) {
    const i = l.key === "-" ? l.parent.length : /^\d+$/.test(l.key) ? Number(l.key) : -1;
    if (i < 0 || i > l.parent.length) return false;
    l.parent.splice(i, 0, value);
    return true;
  }
  l.parent[l.key] = value;
  return true;
}

/** The patch document as evanphx/json-patch DecodePatch reads it, or the decode error (Go's encoding/json wording). */
export function parseJsonPatch(patch: Json): { ok: true; ops: JsonMap[] } | { ok: false; error: string } {
  if (!Array.isArray(patch)) {
    const what = isMap(patch) ? "object" : typeof patch === "string" ? "string" : typeof patch === "number" ? "number" : typeof patch === "boolean" ? "bool" : "null";
    return { ok: false, error: `json: cannot unmarshal ${what} into Go value of type jsonpatch.Patch` };
  }
  const ops: JsonMap[] = [];
  for (const op of patch) {
    if (!isMap(op)) return { ok: false, error: "json: cannot unmarshal array into Go value of type jsonpatch.Patch" };
    ops.push(op);
  }
  return { ok: true, ops };
}

/**
 * RFC 6902 JSON patch (`kubectl patch --type json`; evanphx/json-patch Apply):
 * add, remove, replace, move, copy, test, applied in order to a copy. Any
 * failing operation fails the whole patch with the library's message
 * (`replace operation does not apply: doc is missing key: /spec/x`).
 */
export function calculateJsonPatch(target: Json, ops: readonly JsonMap[]): PatchResult {
  const doc = structuredClone(target);
  for (const op of ops) {
    const name = typeof op.op === "string" ? op.op : "";
    const path = typeof op.path === "string" ? op.path : "";
    const at = locate(doc, path);
    const missing = `${name} operation does not apply: doc is missing path: "${path}"`;
    if (name === "add") {
      if (!at || !Object.hasOwn(op, "value") || !addAt(at, structuredClone(op.value as Json))) return { ok: false, error: missing };
    } else if (name === "remove") {
      if (!at || removeAt(at) === undefined) return { ok: false, error: missing };
    } else if (name === "replace") {
      if (!at || getAt(at) === undefined) return { ok: false, error: `replace operation does not apply: doc is missing key: ${path}` };
      removeAt(at);
      addAt(at, structuredClone(op.value as Json));
    } else if (name === "move" || name === "copy") {
      const from = typeof op.from === "string" ? locate(doc, op.from) : undefined;
      const value = from ? getAt(from) : undefined;
      if (!from || value === undefined) return { ok: false, error: `${name} operation does not apply: doc is missing from path: ${String(op.from)}` };
      if (name === "move") removeAt(from);
      const dest = locate(doc, path);
      if (!dest || !addAt(dest, structuredClone(value))) return { ok: false, error: missing };
    } else if (name === "test") {
      const value = at ? getAt(at) : undefined;
      if (JSON.stringify(value ?? null) !== JSON.stringify(op.value ?? null)) return { ok: false, error: `testing value ${path} failed: test failed` };
    } else return { ok: false, error: `Unexpected kind: ${name}` };
  }
  return { ok: true, value: doc };
}

export type { Json, JsonMap };
