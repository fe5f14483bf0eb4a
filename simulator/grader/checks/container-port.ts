import { z } from "zod";
import { definePredicate } from "../define";
import { describeSelector, selectContainers, SELECTOR } from "../params";
import { getOwn } from "../../core/own";

/**
 * A container publishes a container port on a host port (`-p HOST:CONTAINER`;
 * HostConfig.PortBindings, `docker port`). `running: true` also needs it
 * running, so the port is actually bound.
 */
export const containerPort = definePredicate({
  kind: "container-port",
  source: "container",
  summary: "A container publishes a container port on a host port (`-p 5111:5000`).",
  params: {
    ...SELECTOR,
    containerPort: z.number().int().min(1).max(65535).describe("port inside the container"),
    hostPort: z.number().int().min(1).max(65535).optional().describe("host port (any if omitted)"),
    running: z.boolean().default(true).describe("the container must be running"),
  },
  example: { image: "python-helloworld", hostPort: 5111, containerPort: 5000 },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const key = `${check.containerPort}/tcp`;
    const described: string[] = [];
    for (const c of selected.containers) {
      const bindings = getOwn(c.hostConfig.PortBindings ?? {}, key) ?? [];
      const ok = bindings.some((b) => check.hostPort === undefined || b.HostPort === String(check.hostPort));
      if (ok && (!check.running || c.state.Running)) return { passed: true, detail: `Container ${c.name} publishes ${check.hostPort ?? bindings[0]?.HostPort}->${check.containerPort}.` };
      if (ok) described.push(`${c.name} publishes it but is not running`);
      else {
        const all = Object.entries(c.hostConfig.PortBindings ?? {}).flatMap(([p, bs]) => bs.map((b) => `${b.HostPort}->${p.replace("/tcp", "")}`));
        described.push(all.length > 0 ? `${c.name} publishes ${all.join(", ")}` : `${c.name} publishes no ports`);
      }
    }
    const want = `${check.hostPort ?? "a host port"}:${check.containerPort}`;
    return { passed: false, detail: `No running ${describeSelector(check).replace(/^a /, "")} publishes ${want}: ${described.join("; ")}. Use \`-p ${check.hostPort ?? "HOST"}:${check.containerPort}\` (host port first).` };
  },
});
