import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";

function show(argv: readonly string[] | null | undefined): string {
  return argv && argv.length > 0 ? JSON.stringify(argv) : "nothing";
}

/**
 * An image's Entrypoint and/or Cmd are exactly these arrays (`docker inspect`
 * .Config.Entrypoint/.Cmd; a shell-form CMD is stored as ["/bin/sh","-c","…"]).
 */
export const imageCommand = definePredicate({
  kind: "image-command",
  source: "image",
  summary: "An image's ENTRYPOINT and/or CMD are exactly the given arrays (shell form shows as /bin/sh -c).",
  params: {
    reference: REFERENCE,
    entrypoint: z.array(z.string()).optional().describe("expected Config.Entrypoint ([] for none)"),
    cmd: z.array(z.string()).optional().describe("expected Config.Cmd ([] for none)"),
  },
  example: { reference: "python-helloworld", cmd: ["python", "app.py"] },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const { Entrypoint, Cmd } = found.image.config;
    const ref = formatReference(check.reference);
    const same = (a: readonly string[] | null | undefined, b: readonly string[]): boolean => JSON.stringify(a ?? []) === JSON.stringify(b);
    if (check.entrypoint !== undefined && !same(Entrypoint, check.entrypoint)) {
      return { passed: false, detail: `\`${ref}\` has ENTRYPOINT ${show(Entrypoint)}, expected ${show(check.entrypoint)}.` };
    }
    if (check.cmd !== undefined && !same(Cmd, check.cmd)) return { passed: false, detail: `\`${ref}\` has CMD ${show(Cmd)}, expected ${show(check.cmd)}.` };
    return { passed: true, detail: `\`${ref}\` runs ENTRYPOINT ${show(Entrypoint)} with CMD ${show(Cmd)}.` };
  },
});
