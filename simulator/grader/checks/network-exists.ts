import { z } from "zod";
import { definePredicate } from "../define";

/** A network exists (`docker network ls`), optionally with a driver. */
export const networkExists = definePredicate({
  kind: "network-exists",
  source: "network",
  summary: "A network exists (`docker network ls`), optionally with a driver.",
  params: { name: z.string().min(1).describe("network name"), driver: z.enum(["bridge", "host", "null"]).optional().describe("driver") },
  example: { name: "appnet", driver: "bridge" },
  evaluate(check, ctx) {
    const network = Object.values(ctx.snapshot.engine.networks ?? {}).find((n) => n.Name === check.name);
    if (!network) return { passed: false, detail: `There is no network ${check.name}; create it with \`docker network create ${check.name}\`.` };
    if (check.driver !== undefined && network.Driver !== check.driver) return { passed: false, detail: `Network ${check.name} uses the ${network.Driver} driver, not ${check.driver}.` };
    return { passed: true, detail: `Network ${check.name} exists (${network.Driver}).` };
  },
});
