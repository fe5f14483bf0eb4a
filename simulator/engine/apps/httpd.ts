/**
 * Apache httpd as the official image runs it (docker-library/httpd:
 * httpd-foreground execs `httpd -DFOREGROUND`): the AH00558 notice twice
 * when no ServerName is set (once per config pass), the mpm's "resuming
 * normal operations" and the command line, then it serves DocumentRoot
 * (engine/apps/httpd-http.ts); logs go to stderr (errors) and stdout (access).
 * Simplification: only Listen, DocumentRoot and ServerName are read from httpd.conf.
 */
import type { AppModel } from "./types";
import { formatApacheErrorTime, readText } from "./app-support";

/** The thread id Apache prints beside pid 1 (a pthread_t address on x86_64; a typical value). */
const TID = "139987622856584";

/**
 * `httpd [-DFOREGROUND] [-v] [-t]`: -v prints the version, -t checks the
 * configuration (`Syntax OK`), a start without FOREGROUND detaches (the
 * container's process ends with 0), with it the server keeps running.
 */
export const runHttpdApp: AppModel = (ctx) => {
  const args = ctx.argv.slice(1);
  const version = ctx.env.HTTPD_VERSION ?? "2.4.63";
  const root = ctx.env.HTTPD_PREFIX ?? "/usr/local/apache2";
  if (args.includes("-v")) {
    ctx.out.out(`Server version: Apache/${version} (Unix)\nServer built:   Jan 21 2025 15:45:58\n`);
    return { kind: "exit", code: 0 };
  }
  const conf = readText(ctx.fs, `${root}/conf/httpd.conf`);
  if (conf === undefined) {
    ctx.out.err(`httpd: Could not open configuration file ${root}/conf/httpd.conf: No such file or directory\n`);
    return { kind: "exit", code: 1 };
  }
  const directive = (name: string): string | undefined => new RegExp(`^\\s*${name}\\s+"?([^"\\n]+?)"?\\s*$`, "mi").exec(conf)?.[1];
  const port = Number(/(\d+)$/.exec(directive("Listen") ?? "80")?.[1] ?? 80);
  const docRoot = directive("DocumentRoot") ?? `${root}/htdocs`;
  const address = Object.values(ctx.container.networks ?? {}).find((n) => n.IPAddress)?.IPAddress ?? "127.0.0.1";
  const ah00558 = directive("ServerName") ? "" : `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${address}. Set the 'ServerName' directive globally to suppress this message\n`;
  if (args.includes("-t")) {
    ctx.out.err(`${ah00558}Syntax OK\n`);
    return { kind: "exit", code: 0 };
  }
  const t = formatApacheErrorTime(ctx.engine.clock.now());
  ctx.out.err(ah00558 + ah00558);
  if (!args.some((a) => a === "-DFOREGROUND" || a === "FOREGROUND")) return { kind: "exit", code: 0 };
  ctx.out.err(`[${t}] [mpm_event:notice] [pid 1:tid ${TID}] AH00489: Apache/${version} (Unix) configured -- resuming normal operations\n[${t}] [core:notice] [pid 1:tid ${TID}] AH00094: Command line: 'httpd -D FOREGROUND'\n`);
  return { kind: "serve", listens: [{ port, service: "httpd", config: { docRoot: docRoot.startsWith("/") ? docRoot : `${root}/${docRoot}`, version } }] };
};
