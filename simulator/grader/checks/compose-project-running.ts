import { z } from "zod";
import { COMPOSE_SERVICE_LABEL, listComposeContainers } from "../cluster-params";
import { definePredicate } from "../define";
import { describeState } from "../params";

/** A Compose project's services each have a running container (`docker compose ps` lists them running), found by Compose's labels. */
export const composeProjectRunning = definePredicate({
  kind: "compose-project-running",
  source: "compose",
  summary: "Every listed service of a Compose project has a running container (`docker compose ps`), found by the com.docker.compose.project/service labels.",
  params: {
    project: z.string().min(1).describe("project name (the folder's name unless `-p` or `name:` says otherwise)"),
    services: z.array(z.string().min(1)).min(1).describe("services that must be running"),
  },
  example: { project: "workspace", services: ["web", "db"] },
  evaluate(check, ctx) {
    const all = listComposeContainers(ctx, check.project);
    if (all.length === 0) return { passed: false, detail: `Project ${check.project} has no containers; start it with \`docker compose up -d\`.` };
    const problems: string[] = [];
    for (const service of check.services) {
      const mine = all.filter((c) => c.config.Labels[COMPOSE_SERVICE_LABEL] === service);
      if (mine.length === 0) problems.push(`service ${service} has no container`);
      else if (!mine.some((c) => c.state.Running)) problems.push(`${mine[0]?.name} ${mine[0] ? describeState(mine[0]) : ""} (see \`docker compose logs ${service}\`)`);
    }
    if (problems.length === 0) return { passed: true, detail: `Project ${check.project} runs ${check.services.join(", ")}.` };
    return { passed: false, detail: `In project ${check.project}: ${problems.join("; ")}.` };
  },
});
