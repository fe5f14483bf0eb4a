import { findPortOwner } from "../../engine/ports";
import type { DiagnosticDetector } from "./types";

/**
 * A container that was created but never started because a host port it
 * publishes is held by another running container ("Bind for 0.0.0.0:5000
 * failed: port is already allocated"): docker run leaves it Created.
 */
export const portConflict: DiagnosticDetector = {
  id: "port-conflict",
  summary: "A container could not start because another container already holds its host port.",
  detect(ctx) {
    const runtime = ctx.snapshot.engine.runtime;
    return ctx.containers({}).flatMap((c) => {
      if (c.state.StartedAt !== 0 || c.state.Status !== "created") return [];
      for (const bindings of Object.values(c.hostConfig.PortBindings ?? {})) {
        for (const b of bindings) {
          const port = Number(b.HostPort);
          if (!Number.isInteger(port) || port <= 0) continue;
          const owner = findPortOwner(runtime, b.HostIp || "0.0.0.0", port) ?? findPortOwner(runtime, "127.0.0.1", port);
          if (owner && owner.container.id !== c.id) {
            return [
              {
                id: "port-conflict",
                subject: c.name,
                message: `Container ${c.name} never started: host port ${port} is already taken by container ${owner.container.name}. Stop or remove ${owner.container.name}, or publish on another host port (\`-p OTHER:${owner.containerPort}\`), then \`docker rm ${c.name}\` and run it again.`,
              },
            ];
          }
        }
      }
      return [];
    });
  },
};
