import { getOwn } from "../../core/own";
import { formatFamiliarTagged } from "../../image/reference";
import { tryParseReference } from "../context";
import type { DiagnosticDetector } from "./types";

/** `docker pull REF` / `docker run [flags] REF`: the image argument, roughly (first word after the verb not starting with -). */
function referencedImages(line: string): string[] {
  const words = line.trim().split(/\s+/);
  if (words[0] !== "docker") return [];
  if (words[1] === "pull" || (words[1] === "image" && words[2] === "pull")) return words.slice(words[1] === "pull" ? 2 : 3).filter((w) => !w.startsWith("-")).slice(0, 1);
  return [];
}

/**
 * The learner pulled an image from a private registry (`localhost:5000/…`)
 * that the registry does not hold: it was never pushed, or pushed under
 * another tag ("manifest unknown").
 */
export const pulledUnpushed: DiagnosticDetector = {
  id: "pulled-unpushed",
  summary: "An image was pulled from a private registry that never received it (never pushed, or another tag).",
  detect(ctx) {
    const found = new Map<string, string>();
    for (const line of ctx.snapshot.history) {
      for (const text of referencedImages(line)) {
        const ref = tryParseReference(text);
        if (!ref || ref.domain === "docker.io" || ctx.findImage(text)) continue;
        const tag = ref.tag ?? "latest";
        const stores = Object.values(ctx.snapshot.engine.volumes ?? {}).filter((v) => v.registry !== undefined);
        if (stores.length === 0) continue;
        const tags = stores.flatMap((v) => Object.keys((v.registry && getOwn(v.registry, ref.path)) ?? {}));
        if (tags.includes(tag)) continue;
        const name = formatFamiliarTagged(ref);
        found.set(name, tags.length > 0 ? `The registry has ${ref.path} only as ${tags.join(", ")}, not ${tag}.` : `The registry has no ${ref.path} at all: tag an image with this name and \`docker push ${name}\` first.`);
      }
    }
    return [...found].map(([name, why]) => ({ id: "pulled-unpushed", subject: name, message: `You pulled ${name}, which was never pushed there. ${why}` }));
  },
};
