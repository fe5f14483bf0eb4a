import { z } from "zod";
import { definePredicate } from "../define";
import { getOwn } from "../../core/own";
import { selectContainers, SELECTOR } from "../params";

/** A container is connected to a network (`--network`, `docker network connect`; .NetworkSettings.Networks). */
export const containerOnNetwork = definePredicate({
  kind: "container-on-network",
  source: "network",
  summary: "A container is connected to a network.",
  params: { ...SELECTOR, network: z.string().min(1).describe("network name") },
  example: { name: "web", network: "appnet" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const hit = selected.containers.find((c) => getOwn(c.networks ?? {}, check.network) !== undefined || c.hostConfig.NetworkMode === check.network);
    if (hit) return { passed: true, detail: `Container ${hit.name} is on ${check.network}.` };
    const on = selected.containers.map((c) => `${c.name}: ${Object.keys(c.networks ?? {}).join(", ") || c.hostConfig.NetworkMode || "bridge"}`);
    return { passed: false, detail: `No matching container is on ${check.network} (${on.join("; ")}).` };
  },
});
