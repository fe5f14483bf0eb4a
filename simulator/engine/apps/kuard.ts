/**
 * kuard, the demo server of "Kubernetes: Up and Running"
 * (kubernetes-up-and-running/kuard: cmd/kuard/main.go, pkg/app/app.go):
 * Go's log lines for its version, the sensitive-information banner, its
 * configuration as indented JSON, no TLS certificates in /tls, then HTTP on
 * :8080 (engine/apps/kuard-http.ts).
 */
import type { AppModel } from "./types";
import { formatNginxErrorTime, readBinaryMarker } from "./app-support";

/** kuard's default configuration as `Config:` prints it (json.MarshalIndent, two spaces). */
const KUARD_CONFIG = `{
  "address": ":8080",
  "debug": false,
  "debug-sitedata-dir": "./sitedata",
  "keygen": {
    "enable": false,
    "exit-code": 0,
    "exit-on-complete": false,
    "memq-queue": "",
    "memq-server": "",
    "num-to-gen": 0,
    "time-to-run": 0
  },
  "liveness": {
    "fail-next": 0
  },
  "readiness": {
    "fail-next": 0
  },
  "tls-address": ":8443",
  "tls-dir": "/tls"
}`;

/**
 * `/kuard`: logs its start (Go's log package: `2006/01/02 15:04:05 `
 * prefix) and serves on :8080; the TLS listener starts only when
 * /tls/kuard.crt and /tls/kuard.key exist.
 * Simplification: command-line flags (--address, --keygen-enable…) are not read.
 */
export const runKuardApp: AppModel = (ctx) => {
  const t = formatNginxErrorTime(ctx.engine.clock.now());
  const version = readBinaryMarker(ctx.fs, ctx.argv[0]?.startsWith("/") ? ctx.argv[0] : "/kuard", "version") ?? "v0.10.0-blue";
  const star = "*".repeat(70);
  const lines = [`Starting kuard version: ${version}`, star, "* WARNING: This server may expose sensitive", "* and secret information. Be careful.", star];
  let text = lines.map((l) => `${t} ${l}\n`).join("") + `${t} Config:\n${KUARD_CONFIG}\n`;
  const tls = ctx.fs.stat("/tls/kuard.crt")?.type === "file" && ctx.fs.stat("/tls/kuard.key")?.type === "file";
  text += tls ? `${t} Serving on HTTPS on :8443\n` : `${t} Could not find certificates to serve TLS\n`;
  text += `${t} Serving on HTTP on :8080\n`;
  ctx.out.err(text);
  return { kind: "serve", listens: [{ port: 8080, service: "kuard", config: { version, requests: 0 } }] };
};
