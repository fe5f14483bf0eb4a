import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE } from "../params";

/** A `docker build` that succeeded tagged the reference (the engine's build records; `docker buildx history` keeps the same facts). */
export const imageBuilt = definePredicate({
  kind: "image-built",
  source: "build",
  summary: "A successful `docker build` tagged the reference.",
  params: { reference: REFERENCE },
  example: { reference: "python-helloworld" },
  evaluate(check, ctx) {
    const build = ctx.latestBuild(check.reference);
    const ref = formatReference(check.reference);
    if (!build) {
      const failed = [...ctx.snapshot.engine.builds].reverse().find((b) => b.imageId === undefined);
      const why = failed?.error ? ` Your last build failed: ${failed.error}` : "";
      return { passed: false, detail: `No successful \`docker build\` has tagged \`${ref}\` yet.${why}` };
    }
    const cached = build.steps.filter((s) => s.cached).length;
    return { passed: true, detail: `\`${ref}\` was built (${build.steps.length} steps, ${cached} from the cache).` };
  },
});
