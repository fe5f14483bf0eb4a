import { z } from "zod";
import { openContainerFs, resolveContainerLayers } from "../../engine/container-fs";
import { definePredicate } from "../define";
import { describeMatch, matchesText, selectContainers, SELECTOR, TEXT_MATCH } from "../params";

/**
 * A file exists in a container's filesystem (its image layers, its writable
 * layer and its mounts, as `docker exec CONTAINER cat PATH` would read it),
 * optionally with some content.
 */
export const containerFile = definePredicate({
  kind: "container-file",
  source: "container",
  summary: "A file exists in a container's filesystem (image, writable layer and mounts), optionally with content.",
  params: { ...SELECTOR, path: z.string().regex(/^\//).describe("absolute path in the container"), ...TEXT_MATCH },
  example: { name: "web", path: "/tmp/notes.txt", contains: "hello" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const engine = ctx.engine();
    for (const c of selected.containers) {
      const copy = engine.state.runtime.containers[c.id];
      const layers = copy ? resolveContainerLayers(engine, copy) : undefined;
      if (!copy || !layers) continue;
      const fs = openContainerFs(engine, copy, layers).fs;
      let content: string | undefined;
      try {
        content = fs.stat(check.path)?.type === "file" ? fs.readFile(check.path) : undefined;
      } catch {
        content = undefined;
      }
      if (content === undefined) continue;
      if (matchesText(content, check)) return { passed: true, detail: `\`${check.path}\` in container ${c.name} does ${describeMatch(check)}.` };
      return { passed: false, detail: `\`${check.path}\` is in container ${c.name} but does not ${describeMatch(check)}.` };
    }
    return { passed: false, detail: `No matching container has \`${check.path}\`.` };
  },
});
