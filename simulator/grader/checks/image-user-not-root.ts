import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

/**
 * An image's final user is not root: Config.User is set and is neither
 * `root` nor UID 0 (docs.docker.com build/building/best-practices "USER").
 */
export const imageUserNotRoot = definePredicate({
  kind: "image-user-not-root",
  source: "image",
  summary: "An image's configured user (last USER) is not root.",
  params: { reference: REFERENCE },
  example: { reference: "python-helloworld" },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const user = found.image.config.User ?? "";
    const name = user.split(":")[0] ?? "";
    const ref = formatReference(check.reference);
    if (name === "" ) return { passed: false, detail: `\`${ref}\` sets no USER, so its containers run as root. Add a user and a USER instruction after the steps that need root.` };
    if (name === "root" || name === "0") return { passed: false, detail: `\`${ref}\` runs as \`${user}\`, which is root.` };
    return { passed: true, detail: `\`${ref}\` runs as \`${user}\`.` };
  },
});
