/**
 * Image references as distribution/reference parses and normalizes them
 * (docker/cli vendor: github.com/distribution/reference/{regexp,normalize}.go;
 * fidelity-reference §3.2).
 */
export interface ImageReference {
  /** Registry host, `docker.io` when none was given. */
  domain: string;
  /** Repository path, `library/<name>` for official images. */
  path: string;
  /** The tag, or undefined when none was written (callers default to `latest`). */
  tag: string | undefined;
  digest: string | undefined;
}

const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
const PATH_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const TAG_RE = /^[\w][\w.-]{0,127}$/;
const DIGEST_RE = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN_RE = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const HEX64_RE = /^[a-f0-9]{64}$/;

/** A reference that failed to parse; `message` is distribution/reference's text. */
export class ReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReferenceError";
  }
}

/** Hex lengths of the digest algorithms go-digest registers (sha256, sha384, sha512). */
const DIGEST_HEX_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
/** go-digest v1.0.0 DigestRegexpAnchored, for algorithms it does not know. */
const GO_DIGEST_RE = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/**
 * digest.Parse (opencontainers/go-digest v1.0.0, vendored by docker/cli):
 * a known algorithm needs exactly its hex length in lowercase.
 */
function validateDigest(digest: string): void {
  const colon = digest.indexOf(":");
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = Object.hasOwn(DIGEST_HEX_LENGTHS, algorithm) ? DIGEST_HEX_LENGTHS[algorithm] : undefined;
  if (length === undefined) {
    throw new ReferenceError(GO_DIGEST_RE.test(digest) ? "unsupported digest algorithm" : "invalid checksum digest format");
  }
  if (encoded.length !== length) throw new ReferenceError("invalid checksum digest length");
  if (!/^[a-f0-9]+$/.test(encoded)) throw new ReferenceError("invalid checksum digest format");
}

/**
 * ParseNormalizedNamed: splits off a domain when the first component looks
 * like one (has `.` or `:`, is `localhost`, or has uppercase), adds
 * `docker.io` and `library/`, rejects an uppercase repository (the part
 * before the first `:`) before anything else, then checks the grammar.
 * Throws ReferenceError with the real messages (`invalid reference format`,
 * `invalid reference format: repository name (library/Nginx) must be lowercase`).
 */
export function parseImageReference(text: string): ImageReference {
  if (HEX64_RE.test(text)) {
    throw new ReferenceError(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  }
  // splitDockerDomain (normalize.go) works on the whole string, before tags and digests.
  let domain = "docker.io";
  let remainder = text;
  const slash = text.indexOf("/");
  if (slash >= 0) {
    const first = text.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first.toLowerCase() !== first) {
      domain = first;
      remainder = text.slice(slash + 1);
    }
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  const tagSep = remainder.indexOf(":");
  const remote = tagSep >= 0 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    throw new ReferenceError(`invalid reference format: repository name (${remote}) must be lowercase`);
  }

  // Parse(domain + "/" + remainder): name[:tag][@digest].
  let rest = remainder;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new ReferenceError("invalid reference format");
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new ReferenceError("invalid reference format");
  }
  const path = rest;
  if (!PATH_RE.test(path) || !DOMAIN_RE.test(domain)) throw new ReferenceError("invalid reference format");
  // NameTotalLengthMax applies to the whole name, domain included (reference.go Parse).
  if (domain.length + 1 + path.length > 255) {
    throw new ReferenceError("repository name must not be more than 255 characters");
  }
  if (digest !== undefined) validateDigest(digest);
  return { domain, path, tag, digest };
}

/** The familiar form docker prints: `nginx`, `myuser/app`, `localhost:5000/app` (FamiliarName). */
export function formatFamiliarName(ref: Pick<ImageReference, "domain" | "path">): string {
  if (ref.domain !== "docker.io") return `${ref.domain}/${ref.path}`;
  // familiarizeName (normalize.go) drops "library/" only when one component remains.
  const official = ref.path.startsWith("library/") ? ref.path.slice("library/".length) : undefined;
  return official !== undefined && !official.includes("/") ? official : ref.path;
}

/** The familiar name with its tag, `latest` when none was given: `nginx:latest` (FamiliarString of TagNameOnly). */
export function formatFamiliarTagged(ref: ImageReference): string {
  return `${formatFamiliarName(ref)}:${ref.tag ?? "latest"}`;
}

/** The fully qualified form: `docker.io/library/nginx:latest` (String of TagNameOnly). */
export function formatCanonicalTagged(ref: ImageReference): string {
  return `${ref.domain}/${ref.path}:${ref.tag ?? "latest"}`;
}

/** The key the image store files a tag under. */
export function calculateTagKey(ref: ImageReference): string {
  return formatCanonicalTagged(ref);
}
