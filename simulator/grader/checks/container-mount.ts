import { z } from "zod";
import { definePredicate } from "../define";
import { normalizeWorkspacePath } from "../context";
import { selectContainers, SELECTOR } from "../params";

/** Where the workspace sits on the simulated host (bind sources are host paths). */
const WORKSPACE = "/home/learner/workspace";

/**
 * A container mounts a volume or a bind mount at a destination (`-v NAME:/dest`,
 * `-v "$PWD/dir:/dest"`; `docker inspect` .Mounts).
 */
export const containerMount = definePredicate({
  kind: "container-mount",
  source: "container",
  summary: "A container mounts a named volume or a bind mount at a path.",
  params: {
    ...SELECTOR,
    destination: z.string().regex(/^\//).describe("mount point inside the container"),
    type: z.enum(["volume", "bind"]).optional().describe("volume or bind"),
    source: z.string().min(1).optional().describe("volume name, or the bind source as a workspace path (`data`) or host path"),
    readOnly: z.boolean().optional().describe("mounted with :ro"),
  },
  example: { name: "db", type: "volume", source: "pgdata", destination: "/var/lib/postgresql/data" },
  evaluate(check, ctx) {
    const selected = selectContainers(ctx, check);
    if ("missing" in selected) return { passed: false, detail: selected.missing };
    const seen: string[] = [];
    for (const c of selected.containers) {
      for (const m of c.mounts ?? []) {
        seen.push(`${c.name}: ${m.Type} ${m.Name ?? m.Source} at ${m.Destination}`);
        if (m.Destination !== check.destination) continue;
        if (check.type !== undefined && m.Type !== check.type) continue;
        if (check.readOnly !== undefined && m.RW === check.readOnly) continue;
        if (check.source !== undefined) {
          const source = m.Type === "volume" ? m.Name : m.Source;
          const asHost = check.source.startsWith("/") ? check.source : `${WORKSPACE}${normalizeWorkspacePath(check.source)}`;
          if (source !== check.source && source !== asHost.replace(/\/$/, "")) continue;
        }
        return { passed: true, detail: `Container ${c.name} mounts ${m.Type} ${m.Name ?? m.Source} at ${m.Destination}${m.RW ? "" : " (read-only)"}.` };
      }
    }
    return { passed: false, detail: seen.length > 0 ? `No matching mount at ${check.destination}; found ${seen.slice(0, 3).join("; ")}.` : `No matching container mounts anything at ${check.destination} (use -v).` };
  },
});
