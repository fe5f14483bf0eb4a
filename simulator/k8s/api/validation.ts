import { getOwn } from "../../core/own";
import { matchesSelector } from "./labels";
import { calculateLabel1035Errors, calculateLabelErrors, calculateSubdomainErrors } from "./names";
import type { KubeObject, LabelSelector } from "./types";
import { parseCronSchedule } from "./cron-schedule";

/** One field error (apimachinery pkg/util/validation/field Error). */
export interface FieldError {
  field: string;
  type: "Required value" | "Invalid value" | "Unsupported value" | "Forbidden" | "Duplicate value";
  value?: unknown;
  /** The value already rendered as Go's %#v would (structs). */
  rendered?: string;
  detail?: string;
}

type Fields = Record<string, unknown>;

function obj(value: unknown): Fields | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Fields) : undefined;
}

function goString(s: string): string {
  return JSON.stringify(s);
}

/** A value as Go's %#v prints it in field errors (`map[string]string{"app":"web"}`, `"Never"`, `0`). */
export function formatGoValue(value: unknown): string {
  if (typeof value === "string") return goString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === undefined || value === null) return "<nil>";
  const o = obj(value);
  if (o && Object.values(o).every((v) => typeof v === "string")) {
    const keys = Object.keys(o).sort();
    return `map[string]string{${keys.map((k) => `${goString(k)}:${goString(o[k] as string)}`).join(", ")}}`;
  }
  return JSON.stringify(value);
}

/** `spec.selector: Required value`, `x: Invalid value: "y": detail` (field/errors.go Error.Error). */
export function formatFieldError(e: FieldError): string {
  let text = `${e.field}: ${e.type}`;
  if (e.rendered !== undefined) text += `: ${e.rendered}`;
  else if (e.type !== "Required value" && e.type !== "Forbidden" && "value" in e) text += `: ${formatGoValue(e.value)}`;
  if (e.detail) text += `: ${e.detail}`;
  return text;
}

/**
 * kubectl's rendering of a 422 Invalid status (kubectl pkg/cmd/util/helpers.go
 * checkErr): one cause inline, several as a `* ` list.
 */
export function formatInvalidError(kind: string, name: string, errors: readonly FieldError[]): string {
  if (errors.length === 1) return `The ${kind} "${name}" is invalid: ${formatFieldError(errors[0] as FieldError)}`;
  return `The ${kind} "${name}" is invalid: \n${errors.map((e) => `* ${formatFieldError(e)}`).join("\n")}`;
}

function validateContainers(list: unknown, path: string, errors: FieldError[], required: boolean): void {
  if (!Array.isArray(list) || list.length === 0) {
    if (required) errors.push({ field: path, type: "Required value" });
    return;
  }
  const seen = new Set<string>();
  list.forEach((raw, i) => {
    const c = obj(raw);
    const at = `${path}[${i}]`;
    if (!c) return errors.push({ field: at, type: "Invalid value", value: raw, detail: "must be an object" });
    if (typeof c.name !== "string" || c.name === "") errors.push({ field: `${at}.name`, type: "Required value" });
    else {
      for (const d of calculateLabelErrors(c.name)) errors.push({ field: `${at}.name`, type: "Invalid value", value: c.name, detail: d });
      if (seen.has(c.name)) errors.push({ field: `${at}.name`, type: "Duplicate value", value: c.name });
      seen.add(c.name);
    }
    if (typeof c.image !== "string" || c.image.trim() === "") errors.push({ field: `${at}.image`, type: "Required value" });
    (Array.isArray(c.ports) ? c.ports : []).forEach((p, j) => {
      const port = obj(p)?.containerPort;
      const where = `${at}.ports[${j}].containerPort`;
      if (port === undefined || port === 0) errors.push({ field: where, type: "Required value" });
      else if (typeof port !== "number" || !Number.isInteger(port) || port < 1 || port > 65535) errors.push({ field: where, type: "Invalid value", value: port, detail: "must be between 1 and 65535, inclusive" });
    });
  });
}

function validatePodSpec(spec: unknown, path: string, errors: FieldError[], allowedRestart: string[]): void {
  const s = obj(spec);
  if (!s) {
    errors.push({ field: `${path}.containers`, type: "Required value" });
    return;
  }
  validateContainers(s.containers, `${path}.containers`, errors, true);
  validateContainers(s.initContainers, `${path}.initContainers`, errors, false);
  if (s.restartPolicy !== undefined && !allowedRestart.includes(String(s.restartPolicy))) {
    errors.push({ field: `${path}.restartPolicy`, type: "Unsupported value", value: s.restartPolicy, detail: `supported values: ${allowedRestart.map(goString).join(", ")}` });
  }
}

function validateWorkload(o: KubeObject, errors: FieldError[], allowedRestart: string[], selectorIsMap = false): void {
  const spec = obj(o.spec);
  if (!spec) return void errors.push({ field: "spec.template.spec.containers", type: "Required value" });
  if (typeof spec.replicas === "number" && spec.replicas < 0) errors.push({ field: "spec.replicas", type: "Invalid value", value: spec.replicas, detail: "must be greater than or equal to 0" });
  const template = obj(spec.template);
  const labels = obj(obj(template?.metadata)?.labels) as Record<string, string> | undefined;
  const selector: LabelSelector | undefined = selectorIsMap ? (obj(spec.selector) ? { matchLabels: spec.selector as Record<string, string> } : undefined) : (obj(spec.selector) as LabelSelector | undefined);
  if (!selector && !selectorIsMap) errors.push({ field: "spec.selector", type: "Required value" });
  else if (selector && !matchesSelector(selector, labels) && !(selectorIsMap && Object.keys(selector.matchLabels ?? {}).length === 0)) {
    errors.push({ field: "spec.template.metadata.labels", type: "Invalid value", value: labels ?? {}, detail: "`selector` does not match template `labels`" });
  } else if (!selector && selectorIsMap && !labels) {
    errors.push({ field: "spec.selector", type: "Required value" });
  }
  if (!selector && !selectorIsMap) {
    errors.push({ field: "spec.template.metadata.labels", type: "Invalid value", value: labels ?? {}, detail: "`selector` does not match template `labels`" });
  }
  validatePodSpec(template?.spec, "spec.template.spec", errors, allowedRestart);
}

const SERVICE_TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];

const KIND_RULES: Record<string, (o: KubeObject, errors: FieldError[]) => void> = {
  Pod: (o, errors) => validatePodSpec(o.spec, "spec", errors, ["Always", "Never", "OnFailure"]),
  Deployment: (o, errors) => validateWorkload(o, errors, ["Always"]),
  ReplicaSet: (o, errors) => validateWorkload(o, errors, ["Always"]),
  DaemonSet: (o, errors) => validateWorkload(o, errors, ["Always"]),
  StatefulSet: (o, errors) => validateWorkload(o, errors, ["Always"]),
  ReplicationController: (o, errors) => validateWorkload(o, errors, ["Always"], true),
  // Job and CronJob pods may only be OnFailure or Never (pkg/apis/batch/validation validateJobSpec); a schedule must parse (validateScheduleFormat, robfig/cron's message).
  Job: (o, errors) => validatePodSpec(obj(obj(o.spec)?.template)?.spec, "spec.template.spec", errors, ["OnFailure", "Never"]),
  CronJob(o, errors) {
    const spec = obj(o.spec) ?? {};
    if (typeof spec.schedule !== "string" || spec.schedule === "") errors.push({ field: "spec.schedule", type: "Required value" });
    else {
      const parsed = parseCronSchedule(spec.schedule);
      if (!parsed.ok) errors.push({ field: "spec.schedule", type: "Invalid value", value: spec.schedule, detail: parsed.error });
    }
    validatePodSpec(obj(obj(obj(spec.jobTemplate)?.spec)?.template)?.spec, "spec.jobTemplate.spec.template.spec", errors, ["OnFailure", "Never"]);
  },
  Service(o, errors) {
    const spec = obj(o.spec) ?? {};
    const type = spec.type ?? "ClusterIP";
    if (!SERVICE_TYPES.includes(String(type))) errors.push({ field: "spec.type", type: "Unsupported value", value: type, detail: `supported values: ${SERVICE_TYPES.map(goString).join(", ")}` });
    const ports = Array.isArray(spec.ports) ? spec.ports : [];
    if (type !== "ExternalName" && ports.length === 0 && spec.clusterIP !== "None") errors.push({ field: "spec.ports", type: "Required value" });
    ports.forEach((p, i) => {
      const port = obj(p)?.port;
      if (typeof port !== "number" || port < 1 || port > 65535) errors.push({ field: `spec.ports[${i}].port`, type: "Invalid value", value: port ?? 0, detail: "must be between 1 and 65535, inclusive" });
      if (ports.length > 1 && !obj(p)?.name) errors.push({ field: `spec.ports[${i}].name`, type: "Required value" });
    });
    if (type === "ExternalName" && typeof spec.externalName !== "string") errors.push({ field: "spec.externalName", type: "Required value" });
  },
};

/** The name rule each kind's name follows (pkg/apis/core/validation: ValidatePodName, ValidateServiceName, ValidateNamespaceName…). */
function nameErrors(kind: string, name: string): string[] {
  if (kind === "Service") return calculateLabel1035Errors(name);
  if (kind === "Namespace") return calculateLabelErrors(name);
  return calculateSubdomainErrors(name);
}

/**
 * The API server's validation of a new or updated object: metadata.name and
 * the semantic rules of its kind (pkg/apis/core/validation, pkg/apis/apps/validation).
 * Simplification: only the rules above; label keys and values, resource
 * quantities and most optional fields are not checked.
 */
export function calculateValidationErrors(o: KubeObject): FieldError[] {
  const errors: FieldError[] = [];
  const name = o.metadata.name;
  if (!name) errors.push({ field: "metadata.name", type: "Required value", detail: "name or generateName is required" });
  else for (const d of nameErrors(o.kind, name)) errors.push({ field: "metadata.name", type: "Invalid value", value: name, detail: d });
  const rule = getOwn(KIND_RULES, o.kind);
  if (rule) rule(o, errors);
  return errors;
}

/** Rules on an update (immutable fields). */
export function calculateUpdateErrors(old: KubeObject, next: KubeObject): FieldError[] {
  const errors: FieldError[] = [];
  const oldSpec = obj(old.spec);
  const newSpec = obj(next.spec);
  if ((old.kind === "Deployment" || old.kind === "ReplicaSet" || old.kind === "StatefulSet" || old.kind === "DaemonSet") && JSON.stringify(oldSpec?.selector) !== JSON.stringify(newSpec?.selector)) {
    const sel = obj(newSpec?.selector) as LabelSelector | undefined;
    errors.push({ field: "spec.selector", type: "Invalid value", rendered: formatLabelSelectorGo(sel), detail: "field is immutable" });
  }
  if (old.kind === "ConfigMap" && old.immutable === true && (JSON.stringify(old.data) !== JSON.stringify(next.data) || JSON.stringify(old.binaryData) !== JSON.stringify(next.binaryData))) {
    errors.push({ field: "data", type: "Forbidden", detail: "field is immutable when `immutable` is set" });
  }
  return errors;
}

/** A LabelSelector as Go's %#v of v1.LabelSelector prints it. */
function formatLabelSelectorGo(sel: LabelSelector | undefined): string {
  const labels = sel?.matchLabels ? formatGoValue(sel.matchLabels) : "map[string]string(nil)";
  return `v1.LabelSelector{MatchLabels:${labels}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
}

/**
 * Decoding checks that fail before validation (`Secret in version "v1" cannot
 * be handled as a Secret: illegal base64 data at input byte N`, from Go's
 * encoding/base64 CorruptInputError), or undefined.
 */
export function calculateDecodeError(o: KubeObject): string | undefined {
  if (o.kind !== "Secret" || !obj(o.data)) return undefined;
  for (const value of Object.values(obj(o.data) as Fields)) {
    if (typeof value !== "string") continue;
    const bad = calculateBase64ErrorOffset(value);
    if (bad !== undefined) return `Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte ${bad}`;
  }
  return undefined;
}

/** The offset Go's base64.StdEncoding reports for invalid input, or undefined when it decodes. */
export function calculateBase64ErrorOffset(text: string): number | undefined {
  const s = text.replace(/[\r\n]/g, "");
  const alphabet = /[A-Za-z0-9+/]/;
  let i = 0;
  for (; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === "=") break;
    if (!alphabet.test(ch)) return i;
  }
  const dataLen = i;
  if (i < s.length) {
    const pad = s.slice(i);
    if (!/^={1,2}$/.test(pad) || dataLen % 4 === 0 || dataLen % 4 === 1 || (dataLen % 4 === 2 && pad.length !== 2) || (dataLen % 4 === 3 && pad.length !== 1)) return i;
    return undefined;
  }
  if (dataLen % 4 === 1) return dataLen - 1;
  if (dataLen % 4 !== 0) return dataLen;
  return undefined;
}
