import { getOwn } from "../core/own";
import type { RegistryView } from "./registries";
import { calculateImageManifest } from "./manifest";

/** An HTTP answer: status and body, as curl prints the body. */
export interface HttpAnswer {
  status: number;
  body: string;
}

/** distribution's error body: `{"errors":[{"code":…,"message":…,"detail":…}]}` plus json.Encoder's newline (registry/api/errcode). */
function formatRegistryError(status: number, code: string, message: string, detail: unknown): HttpAnswer {
  return { status, body: `${JSON.stringify({ errors: [{ code, message, detail }] })}\n` };
}

/** Go's net/http NotFound body (gorilla/mux, no route). */
const NOT_FOUND: HttpAnswer = { status: 404, body: "404 page not found\n" };

/**
 * The registry:2 (distribution v2.8.3) HTTP API over a registry's
 * repositories, for GET requests: `/` answers 200 with no body
 * (registry/registry.go alive); `/v2/` answers `{}`
 * (registry/handlers/app.go apiBase); `/v2` redirects there (the router's
 * StrictSlash); `/v2/_catalog` lists repositories sorted, as
 * `{"repositories":[…]}` plus json.Encoder's newline
 * (registry/handlers/catalog.go); `/v2/NAME/tags/list` gives
 * `{"name":…,"tags":[…]}` or NAME_UNKNOWN (registry/handlers/tags.go);
 * `/v2/NAME/manifests/REF` the manifest or MANIFEST_UNKNOWN
 * (registry/handlers/manifests.go). Anything else is mux's 404.
 * Simplification: `n`/`last` pagination is ignored, and a manifest is
 * always served as schema2, where 2.8 rewrites it to a signed schema1 for a
 * client (plain curl) that does not accept schema2.
 */
export function answerRegistryHttp(view: RegistryView, rawPath: string): HttpAnswer {
  const path = rawPath.replace(/[?#].*$/s, "") || "/";
  if (path === "/") return { status: 200, body: "" };
  if (path === "/v2") return { status: 301, body: '<a href="/v2/">Moved Permanently</a>.\n\n' };
  if (path === "/v2/") return { status: 200, body: "{}" };
  if (path === "/v2/_catalog") return { status: 200, body: `${JSON.stringify({ repositories: view.paths().filter((p) => Object.keys(view.find(p) ?? {}).length > 0) })}\n` };
  const tagsList = /^\/v2\/(.+)\/tags\/list$/.exec(path);
  if (tagsList) {
    const name = tagsList[1] as string;
    const tags = view.find(name);
    if (!tags) return formatRegistryError(404, "NAME_UNKNOWN", "repository name not known to registry", { name });
    return { status: 200, body: `${JSON.stringify({ name, tags: Object.keys(tags).sort() })}\n` };
  }
  const manifest = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(path);
  if (manifest) {
    const name = manifest[1] as string;
    const reference = manifest[2] as string;
    const tags = view.find(name);
    if (!tags) return formatRegistryError(404, "NAME_UNKNOWN", "repository name not known to registry", { name });
    const pushed = reference.startsWith("sha256:") ? Object.values(tags).find((p) => p.digest === reference) : getOwn(tags, reference);
    if (!pushed) {
      return formatRegistryError(404, "MANIFEST_UNKNOWN", "manifest unknown", reference.startsWith("sha256:") ? { Revision: reference } : { Tag: reference });
    }
    return { status: 200, body: calculateImageManifest(pushed.image).json };
  }
  return NOT_FOUND;
}
