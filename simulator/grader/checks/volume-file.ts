import { z } from "zod";
import { getOwn } from "../../core/own";
import { UnionView } from "../../vfs/union-view";
import { deserializeWritableLayer } from "../../vfs/writable-layer";
import { definePredicate } from "../define";
import { describeMatch, matchesText, TEXT_MATCH } from "../params";

/**
 * A named volume holds a file written by a container (its `_data`
 * directory), so the data outlives the container (docs.docker.com engine/storage/volumes).
 */
export const volumeFile = definePredicate({
  kind: "volume-file",
  source: "volume",
  summary: "A named volume holds a file (relative to the volume's root), optionally with content.",
  params: { name: z.string().min(1).describe("volume name"), path: z.string().min(1).describe("path inside the volume, e.g. `notes.txt`"), ...TEXT_MATCH },
  example: { name: "notes", path: "notes.txt", contains: "first" },
  evaluate(check, ctx) {
    const volume = getOwn(ctx.snapshot.engine.volumes ?? {}, check.name);
    if (!volume) return { passed: false, detail: `There is no volume ${check.name}.` };
    const path = `/${check.path.replace(/^\/+/, "")}`;
    let content: string | undefined;
    try {
      const view = new UnionView([], { upper: volume.files ? deserializeWritableLayer(volume.files) : undefined });
      content = view.stat(path)?.type === "file" ? view.readFile(path) : undefined;
    } catch {
      content = undefined;
    }
    if (content === undefined) return { passed: false, detail: `Volume ${check.name} has no \`${check.path}\`. Write it from a container that mounts the volume.` };
    if (!matchesText(content, check)) return { passed: false, detail: `\`${check.path}\` on volume ${check.name} does not ${describeMatch(check)}.` };
    return { passed: true, detail: `Volume ${check.name} holds \`${check.path}\`.` };
  },
});
