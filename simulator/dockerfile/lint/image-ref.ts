/**
 * Image references. `parseNormalizedNamed` is distribution/reference's
 * ParseNormalizedNamed (github.com/distribution/reference: normalize.go,
 * regexp.go, reference.go), which BuildKit uses to validate a FROM image
 * (InvalidDefaultArgInFrom). `splitImage` is the looser split hadolint's
 * FROM rules work on (hadolint: language-docker `BaseImage` registry, name,
 * tag, digest).
 */

const ALNUM = "[a-z0-9]+";
const SEPARATOR = "(?:[._]|__|[-]+)";
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[(?:[a-fA-F0-9:]+)\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const NAME_TOTAL_LENGTH_MAX = 255;

/** A valid, normalized image reference. */
export interface ImageReference {
  domain: string;
  path: string;
  tag?: string;
  digest?: string;
}

/** Mimics reference.ParseNormalizedNamed: undefined when Docker would reject the name. */
export function parseNormalizedNamed(s: string): ImageReference | undefined {
  if (IDENTIFIER.test(s)) return undefined;
  const slash = s.indexOf("/");
  const first = slash < 0 ? "" : s.slice(0, slash);
  let domain = "docker.io";
  let remainder = s;
  if (slash >= 0 && (/[.:]/.test(first) || first === "localhost" || first.toLowerCase() !== first)) {
    domain = first;
    remainder = s.slice(slash + 1);
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = `library/${remainder}`;
  const tagSep = remainder.indexOf(":");
  const remote = tagSep < 0 ? remainder : remainder.slice(0, tagSep);
  if (remote.toLowerCase() !== remote) return undefined;
  const m = REFERENCE.exec(`${domain}/${remainder}`);
  if (!m) return undefined;
  const name = m[1] as string;
  if (name.length > NAME_TOTAL_LENGTH_MAX) return undefined;
  const digest = m[3];
  if (digest !== undefined) {
    const [algorithm = "", hex = ""] = digest.split(":");
    if (DIGEST_HEX_LENGTH[algorithm] !== hex.length) return undefined;
  }
  return { domain, path: name.slice(domain.length + 1), tag: m[2], digest };
}

/** A FROM image split the forgiving way: registry (when written), name, tag, digest. */
export interface ImageParts {
  registry?: string;
  name: string;
  tag?: string;
  digest?: string;
}

/** Splits `registry:5000/name:tag@sha256:…` without validating it. */
export function splitImage(image: string): ImageParts {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (/[.:]/.test(first) || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}
