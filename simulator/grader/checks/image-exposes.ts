import { z } from "zod";
import { definePredicate } from "../define";
import { formatReference } from "../context";
import { REFERENCE, requireImage } from "../params";
import { getOwn } from "../../core/own";

/** An image declares a port (EXPOSE; Config.ExposedPorts `5000/tcp`). */
export const imageExposes = definePredicate({
  kind: "image-exposes",
  source: "image",
  summary: "An image declares a port with EXPOSE.",
  params: { reference: REFERENCE, port: z.number().int().min(1).max(65535).describe("container port"), protocol: z.enum(["tcp", "udp"]).default("tcp") },
  example: { reference: "python-helloworld", port: 5000 },
  evaluate(check, ctx) {
    const found = requireImage(ctx, check.reference);
    if ("missing" in found) return found.missing;
    const key = `${check.port}/${check.protocol}`;
    const ports = found.image.config.ExposedPorts ?? {};
    const ref = formatReference(check.reference);
    if (getOwn(ports, key) !== undefined) return { passed: true, detail: `\`${ref}\` exposes ${key}.` };
    const others = Object.keys(ports);
    return { passed: false, detail: `\`${ref}\` does not expose ${key}${others.length > 0 ? ` (it exposes ${others.join(", ")})` : ""}.` };
  },
});
