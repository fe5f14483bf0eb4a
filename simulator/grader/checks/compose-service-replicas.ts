import { z } from "zod";
import { listComposeContainers } from "../cluster-params";
import { definePredicate } from "../define";

/** A Compose service runs exactly some number of containers (`docker compose up --scale svc=N`, or deploy.replicas). */
export const composeServiceReplicas = definePredicate({
  kind: "compose-service-replicas",
  source: "compose",
  summary: "A Compose service has exactly `replicas` running containers (`docker compose up -d --scale SERVICE=N`).",
  params: {
    project: z.string().min(1).describe("project name"),
    service: z.string().min(1).describe("service name"),
    replicas: z.number().int().min(0).describe("running containers wanted"),
  },
  example: { project: "workspace", service: "worker", replicas: 3 },
  evaluate(check, ctx) {
    const mine = listComposeContainers(ctx, check.project, check.service);
    const running = mine.filter((c) => c.state.Running).length;
    if (mine.length === 0 && check.replicas > 0) return { passed: false, detail: `Service ${check.service} of project ${check.project} has no containers.` };
    if (running === check.replicas) return { passed: true, detail: `Service ${check.service} runs ${running} container${running === 1 ? "" : "s"}.` };
    return { passed: false, detail: `Service ${check.service} runs ${running} container${running === 1 ? "" : "s"} (${mine.length} in all), not ${check.replicas}.` };
  },
});
