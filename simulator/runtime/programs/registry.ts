import { calculateSha256Hex } from "../../core/sha256";
import type { OutputChunk } from "../../core/io";
import type { ListeningPort } from "../types";
import { calculateImmediateExit, type Program } from "./types";

/**
 * distribution-library-image's /entrypoint.sh (registry:2): a config file
 * (`*.yaml|*.yml`) becomes `registry serve FILE`; `serve`, `garbage-collect`,
 * `help` or a flag becomes `registry ARGS`; anything else is exec'd as given
 * (docker/distribution-library-image: entrypoint.sh).
 */
export function calculateRegistryEntrypointArgv(argv: readonly string[]): string[] {
  const args = argv.slice(1);
  const first = args[0];
  if (first === undefined) return [];
  if (/\.(yaml|yml)$/.test(first)) return ["registry", "serve", ...args];
  if (["serve", "garbage-collect", "help"].includes(first) || first.startsWith("-")) return ["registry", ...args];
  return args;
}

/** The version the catalog's registry:2 image reports (distribution v2.8.3, built with go1.20.8). */
const REGISTRY_FIELDS_VERSION = "go.version=go1.20.8";

/** Go's time.RFC3339Nano: fractional seconds without trailing zeros. */
function formatRfc3339Nano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.?0+Z$/, "Z").replace(/\.Z$/, "Z");
}

/**
 * A version-4 UUID for the registry's instance.id.
 * Simplification: derived from the container's hostname instead of crypto/rand.
 */
function calculateInstanceId(hostname: string): string {
  const hex = calculateSha256Hex(`registry-instance:${hostname}`);
  const variant = "89ab"[parseInt(hex[16] as string, 16) % 4] as string;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Where `registry serve` listens: REGISTRY_HTTP_ADDR, else config.yml's
 * `http.addr: :5000` (registry:2's /etc/docker/registry/config.yml; the
 * environment overrides the file, distribution: configuration/parser.go).
 * Returns the address Go's listener reports (`[::]:5000`) and the port.
 */
function calculateListenAddress(env: Record<string, string>): { shown: string; host: string; port: number } | undefined {
  const addr = env.REGISTRY_HTTP_ADDR ?? ":5000";
  const m = /^(\[[0-9a-fA-F:]*\]|[^:]*):(\d+)$/.exec(addr);
  if (!m) return undefined;
  const host = (m[1] as string).replace(/^\[|\]$/g, "");
  const port = Number(m[2]);
  if (port > 65535) return undefined;
  const shown = host === "" || host === "::" ? `[::]:${port}` : host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  return { shown, host, port };
}

/**
 * `registry serve CONFIG` (distribution v2.8.3: registry/registry.go): logs
 * its start-up to stderr in logrus text format, as `docker logs registry`
 * shows it, then serves the v2 API until stopped. The engine answers the
 * HTTP requests (engine/registry-http.ts); this model says where it listens.
 * Listening on a loopback address inside the container is not reachable
 * through a published port, so only the wildcard addresses are reported.
 * Simplification: `registry` with other subcommands exits 0 without output;
 * the upload purge delay is fixed at 20m0s where the real one is random.
 */
export const runRegistryProgram: Program = (ctx) => {
  if (ctx.argv[1] !== "serve") return calculateImmediateExit("");
  const listen = calculateListenAddress(ctx.env);
  // Simplification: an unusable REGISTRY_HTTP_ADDR makes the server exit 1 without Go's listen error.
  if (!listen) return calculateImmediateExit("", 1);
  const time = formatRfc3339Nano(ctx.now);
  const fields = `${REGISTRY_FIELDS_VERSION} instance.id=${calculateInstanceId(ctx.hostname)} service=registry version=2.8.3 `;
  const line = (level: string, msg: string): string => `time="${time}" level=${level} msg="${msg}" ${fields}\n`;
  const text =
    line(
      "warning",
      "No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.",
    ) +
    line("info", "redis not configured") +
    line("info", "Starting upload purge in 20m0s") +
    line("info", "using inmemory blob descriptor cache") +
    line("info", `listening on ${listen.shown}`);
  const output: OutputChunk[] = [{ stream: "stderr", text }];
  const reachable = listen.host === "" || listen.host === "::" || listen.host === "0.0.0.0";
  const listens: ListeningPort[] = reachable ? [{ port: listen.port, service: "registry" }] : [];
  return { output, exit: null, listens };
};
