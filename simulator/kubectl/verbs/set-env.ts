import { formatKindPrefix } from "../../k8s/api/resources";
import type { Container, KubeObject, PodSpec } from "../../k8s/api/types";
import type { FlagValues } from "../../cli/flags";
import { failWith, flagBool, flagString, type KubectlHost } from "../command";
import { dispatchPatchedObject } from "./patch";
import { selectObjects } from "../select";

/** The pod spec a workload runs (a Pod's own, else spec.template.spec; kubectl polymorphichelpers.updatePodSpecForObject), or undefined. */
export function findPodSpec(object: KubeObject): PodSpec | undefined {
  if (object.kind === "Pod") return object.spec as PodSpec;
  if (object.kind === "CronJob") return (object.spec as { jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } }).jobTemplate?.spec?.template?.spec;
  return (object.spec as { template?: { spec?: PodSpec } } | undefined)?.template?.spec;
}

/** Containers and init containers whose name matches a `-c` selector (`*` wildcards; kubectl set selectContainers). */
export function selectContainers(spec: PodSpec, selector: string): Container[] {
  const pattern = new RegExp(`^${selector.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return [...spec.containers, ...(spec.initContainers ?? [])].filter((c) => pattern.test(c.name));
}

/** Splits `RESOURCE… KEY=VAL… KEY-…` (envutil.SplitEnvironmentFromResources). */
function splitEnvArgs(args: readonly string[]): { ok: true; resources: string[]; env: string[] } | { ok: false; error: string } {
  const resources: string[] = [];
  const env: string[] = [];
  for (const a of args) {
    const isEnv = a.includes("=") || a.endsWith("-");
    if (isEnv) env.push(a);
    else if (env.length > 0) return { ok: false, error: `all resources must be specified before environment changes: ${a}` };
    else resources.push(a);
  }
  return { ok: true, resources, env };
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** `KEY=VAL` sets, `KEY-` removes (envutil.ParseEnv), with validation.IsEnvVarName's message. */
export function parseEnvPairs(pairs: readonly string[]): { ok: true; set: { name: string; value: string }[]; remove: string[] } | { ok: false; error: string } {
  const set: { name: string; value: string }[] = [];
  const remove: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf("=");
    if (eq >= 0) {
      const name = p.slice(0, eq);
      if (!ENV_NAME.test(name)) {
        return { ok: false, error: `"${name}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnv1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')` };
      }
      set.push({ name, value: p.slice(eq + 1) });
    } else if (p.endsWith("-")) remove.push(p.slice(0, -1));
    else return { ok: false, error: `unknown environment variable: ${p}` };
  }
  return { ok: true, set, remove };
}

/** envutil.GetEnvVarRefString: how --list names a valueFrom reference. */
function formatEnvRef(from: Record<string, Record<string, string> | undefined>): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name ?? ""}, key ${from.configMapKeyRef.key ?? ""}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name ?? ""}, key ${from.secretKeyRef.key ?? ""}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath ?? ""}`;
  if (from.resourceFieldRef) return `resource ${from.resourceFieldRef.resource ?? ""}`;
  return "invalid env var source";
}

/**
 * `kubectl set env RESOURCE KEY=VAL… KEY-… [-c NAME] [--list]`
 * (kubernetes/kubectl pkg/cmd/set/set_env.go): existing variables are
 * replaced in place, new ones appended, `KEY-` removes; prints
 * `deployment.apps/web env updated` (a new rollout for a Deployment) and
 * nothing when nothing changed; --list prints `# Deployment web, container
 * nginx` and `KEY=VAL` lines.
 * Simplification: no --from, --keys, --prefix, --resolve, -e or stdin.
 */
export function runSetEnv(host: KubectlHost, args: string[], flags: FlagValues): number {
  const split = splitEnvArgs(args);
  if (!split.ok) return failWith(host, split.error);
  if (split.resources.length === 0) return failWith(host, "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  const parsed = parseEnvPairs(split.env);
  if (!parsed.ok) return failWith(host, parsed.error);
  const list = flagBool(flags, "list");
  const selector = flagString(flags, "containers") ?? "*";
  const selection = selectObjects(host, split.resources, flagString(flags, "selector"), flagBool(flags, "all"));
  if (!selection.ok) return failWith(host, selection.error || "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  const errors: string[] = [];
  for (const { type, object } of selection.found) {
    const next = structuredClone(object);
    const spec = findPodSpec(next);
    const containers = spec ? selectContainers(spec, selector) : [];
    if (containers.length === 0) {
      host.out.err(`warning: ${object.kind}/${object.metadata.name} does not have any containers matching "${selector}"\n`);
      continue;
    }
    for (const c of containers) {
      const env = (c.env ?? []).filter((e) => !parsed.remove.includes(e.name));
      for (const { name, value } of parsed.set) {
        const at = env.findIndex((e) => e.name === name);
        if (at >= 0) env[at] = { name, value };
        else env.push({ name, value });
      }
      if (env.length > 0) c.env = env;
      else delete c.env;
      if (list) {
        host.out.out(`# ${object.kind} ${object.metadata.name}, container ${c.name}\n`);
        for (const e of env) {
          const from = (e as { valueFrom?: Record<string, Record<string, string> | undefined> }).valueFrom;
          host.out.out(from ? `# ${e.name} from ${formatEnvRef(from)}\n` : `${e.name}=${e.value ?? ""}\n`);
        }
      }
    }
    if (list) continue;
    const stored = dispatchPatchedObject(host, object, next);
    if (!stored.ok) errors.push(`failed to patch env update to pod template: ${stored.error}`);
    else if (stored.changed) host.out.out(`${formatKindPrefix(type)}/${object.metadata.name} env updated\n`);
  }
  for (const m of selection.missing) host.out.err(`${m}\n`);
  for (const e of errors) host.out.err(`error: ${e}\n`);
  return errors.length > 0 || selection.missing.length > 0 ? 1 : 0;
}
