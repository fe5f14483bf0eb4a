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

/**
 * ParseNormalizedNamed: splits off a domain when the first component looks
 * like one (has `.` or `:`, or is `localhost`), adds `docker.io` and
 * `library/`, then checks the grammar. Throws ReferenceError with the real
 * messages (`invalid reference format`,
 * `invalid reference format: repository name (library/Nginx) must be lowercase`).
 */
export function parseImageReference(text: string): ImageReference {
  if (HEX64_RE.test(text)) {
    throw new ReferenceError(`invalid repository name (${text}), cannot specify 64-byte hexadecimal strings`);
  }
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RE.test(digest)) throw new ReferenceError("invalid reference format");
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RE.test(tag)) throw new ReferenceError("invalid reference format");
  }
  let domain = "docker.io";
  let path = rest;
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost" || first.toLowerCase() !== first) {
      domain = first;
      path = rest.slice(slash + 1);
      if (!DOMAIN_RE.test(domain)) throw new ReferenceError("invalid reference format");
    }
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !path.includes("/")) path = `library/${path}`;
  if (path.toLowerCase() !== path && PATH_RE.test(path.toLowerCase())) {
    throw new ReferenceError(`invalid reference format: repository name (${path}) must be lowercase`);
  }
  if (!PATH_RE.test(path) || domain.length + 1 + path.length > 255) {
    throw new ReferenceError("invalid reference format");
  }
  return { domain, path, tag, digest };
}

/** The familiar form docker prints: `nginx`, `myuser/app`, `localhost:5000/app` (FamiliarName). */
export function formatFamiliarName(ref: Pick<ImageReference, "domain" | "path">): string {
  if (ref.domain !== "docker.io") return `${ref.domain}/${ref.path}`;
  return ref.path.startsWith("library/") ? ref.path.slice("library/".length) : ref.path;
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
