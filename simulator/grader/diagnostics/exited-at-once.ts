import type { DiagnosticDetector } from "./types";

/** How soon after its start an exit counts as "at once" (virtual ms). */
const AT_ONCE_MS = 2000;

/**
 * A container whose main process ended right after it started: with an
 * error, or cleanly although its image exposes a port (a server that should
 * have stayed in the foreground). A container lives only as long as its main
 * process (docs.docker.com engine/containers/run "Foreground and background").
 */
export const exitedAtOnce: DiagnosticDetector = {
  id: "exited-at-once",
  summary: "A container exited right after it started (an error, or a server that did not stay in the foreground).",
  detect(ctx) {
    return ctx.containers({}).flatMap((c) => {
      const s = c.state;
      if (s.Running || s.StartedAt === 0 || s.FinishedAt - s.StartedAt > AT_ONCE_MS) return [];
      const image = ctx.snapshot.engine.images.images[c.imageId];
      const exposes = Object.keys(image?.config.ExposedPorts ?? {});
      if (s.ExitCode === 0 && exposes.length === 0) return [];
      const last = c.logs.map((l) => l.text).join("").trim().split("\n").at(-1) ?? "";
      const why =
        s.ExitCode === 0
          ? `its image exposes ${exposes.join(", ")}, so it was meant to keep serving, but its main process finished. A container stops when its main process does.`
          : `with code ${s.ExitCode}${last ? `; its last words were: ${last.slice(0, 120)}` : ""}. \`docker logs ${c.name}\` shows the whole output.`;
      return [{ id: "exited-at-once", subject: c.name, message: `Container ${c.name} exited right after it started, ${why}` }];
    });
  },
};
