import type { DiagnosticDetector } from "./types";

/**
 * A running container publishes a port whose server is bound to 127.0.0.1
 * inside the container: the published port's proxy connects to the
 * container's own address, so nothing answers from the host (Flask's
 * default `app.run()`; flask.palletsprojects.com quickstart "Externally Visible Server").
 */
export const boundToLoopback: DiagnosticDetector = {
  id: "bound-to-loopback",
  summary: "A published port's server listens on 127.0.0.1 inside the container, so the host cannot reach it.",
  detect(ctx) {
    return ctx.containers({}).flatMap((c) => {
      if (!c.state.Running) return [];
      const published = Object.keys(c.hostConfig.PortBindings ?? {}).map((k) => Number(k.split("/")[0]));
      const local = (c.process?.listens ?? []).filter((l) => (l.address === "127.0.0.1" || l.address === "::1") && published.includes(l.port));
      return local.map((l) => ({
        id: "bound-to-loopback",
        subject: c.name,
        message: `In container ${c.name}, the app listens on ${l.address}:${l.port}, which only the container itself can reach; the published port cannot get to it. Make the app listen on 0.0.0.0 (for Flask: \`app.run(host="0.0.0.0")\`).`,
      }));
    });
  },
};
