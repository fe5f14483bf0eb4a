import { z } from "zod";
import { definePredicate } from "../define";
import { getOwn } from "../../core/own";

/** A named volume exists (`docker volume ls`), created by `docker volume create` or by a mount. */
export const volumeExists = definePredicate({
  kind: "volume-exists",
  source: "volume",
  summary: "A named volume exists (`docker volume ls` lists it).",
  params: { name: z.string().min(1).describe("volume name") },
  example: { name: "notes" },
  evaluate(check, ctx) {
    const volumes = ctx.snapshot.engine.volumes ?? {};
    if (getOwn(volumes, check.name)) return { passed: true, detail: `Volume ${check.name} exists.` };
    const names = Object.keys(volumes).filter((n) => !/^[0-9a-f]{64}$/.test(n));
    return { passed: false, detail: `There is no volume ${check.name}${names.length > 0 ? ` (there is ${names.join(", ")})` : ""}.` };
  },
});
