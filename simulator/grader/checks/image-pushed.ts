import { definePredicate } from "../define";
import { tryParseReference } from "../context";
import { formatFamiliarTagged } from "../../image/reference";
import { getOwn } from "../../core/own";
import { REFERENCE } from "../params";

/**
 * A registry holds a reference after `docker push`: a public registry
 * (Docker Hub user namespaces, ghcr.io…) or a private `registry:2` container,
 * whose repositories live on the volume at /var/lib/registry.
 */
export const imagePushed = definePredicate({
  kind: "image-pushed",
  source: "registry",
  summary: "A registry (Docker Hub or a private registry:2 container) holds the reference after a push.",
  params: { reference: REFERENCE },
  example: { reference: "localhost:5000/python-helloworld:v1.0.0" },
  evaluate(check, ctx) {
    const ref = tryParseReference(check.reference);
    if (!ref) return { passed: false, detail: `\`${check.reference}\` is not a valid image reference.` };
    const tag = ref.tag ?? "latest";
    const { engine } = ctx.snapshot;
    const hub = getOwn(engine.registries.repositories, `${ref.domain}/${ref.path}`);
    const local = Object.values(engine.volumes ?? {}).some((v) => v.registry !== undefined && getOwn(v.registry, ref.path)?.[tag] !== undefined);
    const name = formatFamiliarTagged(ref);
    if ((hub && getOwn(hub, tag)) || (ref.domain !== "docker.io" && local)) return { passed: true, detail: `\`${name}\` is in the registry.` };
    const tags = hub ? Object.keys(hub) : [];
    if (tags.length > 0) return { passed: false, detail: `The registry has ${ref.path} with tags ${tags.join(", ")}, but not ${tag}.` };
    return { passed: false, detail: `\`${name}\` has not been pushed yet. Tag an image with that name (\`docker tag\`), then \`docker push ${name}\`.` };
  },
});
