import type { IdSource } from "../../core/ids";

/** apimachinery pkg/util/validation: the DNS-1123 subdomain message (most object names). */
export const DNS1123_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** apimachinery pkg/util/validation: the DNS-1123 label message (namespaces, container names). */
export const DNS1123_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

/** apimachinery pkg/util/validation: the DNS-1035 label message (Service names). */
export const DNS1035_LABEL_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** IsDNS1123Subdomain: the problems with a name, in apimachinery's words (empty when valid). */
export function calculateSubdomainErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 253) errors.push("must be no more than 253 characters");
  if (!SUBDOMAIN.test(name)) errors.push(DNS1123_SUBDOMAIN_MESSAGE);
  return errors;
}

/** IsDNS1123Label. */
export function calculateLabelErrors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 63) errors.push("must be no more than 63 characters");
  if (!LABEL.test(name)) errors.push(DNS1123_LABEL_MESSAGE);
  return errors;
}

/** IsDNS1035Label. */
export function calculateLabel1035Errors(name: string): string[] {
  const errors: string[] = [];
  if (name.length > 63) errors.push("must be no more than 63 characters");
  if (!LABEL_1035.test(name)) errors.push(DNS1035_LABEL_MESSAGE);
  return errors;
}

/** FNV-1a, 32 bits, over the UTF-16 code units' low bytes of ASCII text (and UTF-8 bytes otherwise). */
export function calculateFnv32a(text: string): number {
  let hash = 0x811c9dc5;
  const bytes = new TextEncoder().encode(text);
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** apimachinery pkg/util/rand SafeEncodeString: maps each character through an alphabet without vowels or confusables. */
export function formatSafeEncode(text: string): string {
  const alphanums = "bcdfghjklmnpqrstvwxz2456789";
  let out = "";
  for (let i = 0; i < text.length; i++) out += alphanums[text.charCodeAt(i) % alphanums.length];
  return out;
}

/** Sorted-key JSON, so equal objects serialize equally whatever order their keys were written in. */
export function formatCanonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatCanonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${formatCanonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/**
 * The pod-template-hash label (kubernetes/kubernetes pkg/controller/controller_utils.go
 * ComputeHash): FNV-32a of the template plus the collision count, printed in
 * decimal and passed through SafeEncodeString, so it uses only `456789bcdf`.
 * Simplification: the bytes hashed are the template's canonical JSON, not Go's
 * spew dump, so a given template hashes to a different value than on a real
 * cluster; equal templates still hash equally and rollbacks reuse their ReplicaSet.
 */
export function calculatePodTemplateHash(template: unknown, collisionCount = 0): string {
  const hash = calculateFnv32a(formatCanonicalJson(template) + (collisionCount > 0 ? String(collisionCount) : ""));
  return formatSafeEncode(String(hash));
}

/**
 * generateName's suffix: 5 characters from `bcdfghjklmnpqrstvwxz2456789`
 * (k8s.io/apiserver pkg/storage/names/generate.go, randomLength = 5; the base
 * is cut to 58 characters).
 */
export function calculateGeneratedName(base: string, ids: IdSource): string {
  const alphabet = "bcdfghjklmnpqrstvwxz2456789";
  let suffix = "";
  for (let i = 0; i < 5; i++) suffix += alphabet[ids.int(alphabet.length)];
  return (base.length > 58 ? base.slice(0, 58) : base) + suffix;
}
