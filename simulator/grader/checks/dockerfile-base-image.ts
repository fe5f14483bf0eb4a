import { z } from "zod";
import { definePredicate } from "../define";
import { describeMatch, matchesText, TEXT_MATCH } from "../params";
import { tryParseReference } from "../context";

/**
 * The final stage's FROM image matches, and (with `pinned`) names an explicit
 * tag other than `latest` or a digest (docs.docker.com build/building/best-practices
 * "Pin base image versions").
 */
export const dockerfileBaseImage = definePredicate({
  kind: "dockerfile-base-image",
  source: "dockerfile",
  summary: "The final stage's base image (last FROM) matches, optionally pinned to a tag other than latest.",
  params: {
    path: z.string().min(1).default("Dockerfile").describe("Dockerfile path in the workspace"),
    ...TEXT_MATCH,
    pinned: z.boolean().optional().describe("the reference names a tag other than latest, or a digest"),
  },
  example: { matches: "^python:3\\.\\d+-(slim|alpine)", pinned: true },
  evaluate(check, ctx) {
    const file = ctx.dockerfile(check.path);
    if (!file?.parsed) return { passed: false, detail: file ? `\`${check.path}\` does not parse: ${file.error ?? ""}` : `There is no \`${check.path}\` yet.` };
    const from = file.parsed.instructions.filter((i) => i.keyword.toUpperCase() === "FROM").at(-1);
    const image = from?.args[0];
    if (!from || image === undefined) return { passed: false, detail: `\`${check.path}\` has no FROM instruction.` };
    if (!matchesText(image, check)) return { passed: false, detail: `The base image \`${image}\` (line ${from.startLine}) does not ${describeMatch(check)}.` };
    if (check.pinned) {
      const ref = tryParseReference(image);
      const tag = ref?.tag;
      if (!ref?.digest && (tag === undefined || tag === "latest")) {
        return { passed: false, detail: `\`${image}\` (line ${from.startLine}) is not pinned: name a version tag such as \`${image.replace(/:latest$/, "")}:3.12-slim\`.` };
      }
    }
    return { passed: true, detail: `The image is based on \`${image}\` (line ${from.startLine}).` };
  },
});
