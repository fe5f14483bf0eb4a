import { z } from "zod";
import { definePredicate } from "../define";
import { getOwn } from "../../core/own";

/** The CLI holds a login for a registry (`docker login [SERVER]`; docker/cli keeps it in ~/.docker/config.json). */
export const registryLogin = definePredicate({
  kind: "registry-login",
  source: "registry",
  summary: "`docker login` succeeded for a registry (docker.io by default).",
  params: { registry: z.string().min(1).default("docker.io").describe("registry host, e.g. `docker.io`, `localhost:5000`") },
  example: { registry: "docker.io" },
  evaluate(check, ctx) {
    const login = getOwn(ctx.snapshot.engine.registries.logins, check.registry);
    if (login) return { passed: true, detail: `You are logged in to ${check.registry} as ${login.username}.` };
    return { passed: false, detail: `You are not logged in to ${check.registry}; run \`docker login${check.registry === "docker.io" ? "" : ` ${check.registry}`}\`.` };
  },
});
