import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference, normalizeWorkspacePath, toWorkspacePath } from "../context";
import { REFERENCE } from "../params";

/**
 * The latest successful build of `reference` used a given context directory,
 * Dockerfile (`-f`) or build argument (`--build-arg NAME=value`) (docker build
 * PATH, --file, --build-arg; the engine's build records).
 */
export const buildUsed = definePredicate({
  kind: "build-used",
  source: "build",
  summary: "The latest build of an image used a context path, a Dockerfile (-f) and/or a build argument.",
  params: {
    reference: REFERENCE,
    context: z.string().min(1).optional().describe("context directory as a workspace path (`.`, `lesson1/python-app`)"),
    dockerfile: z.string().min(1).optional().describe("Dockerfile path relative to the context, e.g. `Dockerfile.dev`"),
    buildArg: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(=.*)?$/).optional().describe("`NAME` or `NAME=value` a step could see"),
  },
  example: { reference: "python-helloworld", context: "lesson1/python-app" },
  evaluate(check, ctx) {
    const build = ctx.latestBuild(check.reference);
    const ref = formatReference(check.reference);
    if (!build) return { passed: false, detail: `No successful \`docker build\` has tagged \`${ref}\` yet.` };
    if (check.context !== undefined && toWorkspacePath(build.contextPath) !== normalizeWorkspacePath(check.context)) {
      return { passed: false, detail: `The last build of \`${ref}\` used the context \`${toWorkspacePath(build.contextPath).slice(1) || "."}\`, not \`${check.context}\`.` };
    }
    const dockerfile = toWorkspacePath(build.dockerfilePath);
    const relative = dockerfile.startsWith(`${toWorkspacePath(build.contextPath)}/`) ? dockerfile.slice(toWorkspacePath(build.contextPath).length) : dockerfile;
    if (check.dockerfile !== undefined && normalizeWorkspacePath(relative.replace(/^\/\//, "/")) !== normalizeWorkspacePath(check.dockerfile) && dockerfile !== normalizeWorkspacePath(check.dockerfile)) {
      return { passed: false, detail: `The last build of \`${ref}\` read \`${dockerfile.slice(1)}\`, not \`${check.dockerfile}\` (use -f).` };
    }
    if (check.buildArg !== undefined) {
      const wanted = check.buildArg;
      const seen = build.steps.flatMap((s) => s.args ?? []);
      const ok = seen.some((a) => (wanted.includes("=") ? a === wanted : a.split("=")[0] === wanted));
      if (!ok) return { passed: false, detail: `No step of the last build of \`${ref}\` saw the build argument ${wanted} (pass it with --build-arg and declare it with ARG).` };
    }
    return { passed: true, detail: `\`${ref}\` was built from \`${toWorkspacePath(build.contextPath).slice(1) || "."}\` with \`${dockerfile.slice(1)}\`.` };
  },
});
