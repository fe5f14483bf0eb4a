import { parseUrl, type NetworkResponse } from "../shell/commands/network";
import type { HostNetwork } from "../shell/session";
import type { Engine } from "./engine";
import { findPortOwner } from "./ports";
import { deliverContainerHttp } from "./http-servers";
import { findIngressOwner } from "./swarm-services";

/** What an HTTP GET from the host gets: an answer, or how the connection failed. */
export type HostHttpAnswer = ReturnType<HostNetwork["httpGet"]>;

/** The addresses a loopback name stands for, in the order curl tries them (localhost: ::1, then 127.0.0.1). */
function resolveLoopback(host: string): string[] | undefined {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return ["::1", "127.0.0.1"];
  if (bare === "::1") return ["::1"];
  if (bare === "0.0.0.0" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare)) return [bare];
  return undefined;
}

/**
 * What answers an HTTP GET from the host (host `curl`): only the machine's
 * own addresses exist in the sandbox; there, a running container that
 * publishes the port forwards the connection to its container port
 * (docker-proxy), where the process's server model answers
 * (engine/http-servers.ts). Nothing bound on the host port: connection
 * refused. A published port with nothing listening on the container's
 * interface behind it (no server, or one bound to 127.0.0.1 inside): the
 * proxy accepts and then drops the connection (curl's `Recv failure:
 * Connection reset by peer`). A server that speaks no HTTP closes without a
 * reply (curl's `Empty reply from server`).
 */
export function answerHostHttp(engine: Engine, host: string, port: number, path: string): HostHttpAnswer {
  const ips = resolveLoopback(host);
  if (!ips) return "unresolved";
  engine.settle();
  const owner = ips.map((ip) => findPortOwner(engine.state.runtime, ip, port)).find((o) => o !== undefined) ?? findIngressOwner(engine, port);
  if (!owner) return "refused";
  const gateway = Object.values(owner.container.networks ?? {})[0]?.Gateway || "172.17.0.1";
  const outcome = deliverContainerHttp(engine, owner.container, owner.containerPort, { method: "GET", path, headers: { Host: `${host}:${port}`, "User-Agent": "curl/7.88.1", Accept: "*/*" }, body: "", clientAddress: gateway });
  if (outcome.kind === "refused") return "reset";
  if (outcome.kind === "empty") return "empty";
  return outcome.answer;
}

/**
 * One HTTP request from the host to an absolute URL (host `curl` with any
 * method, headers and body): the same route as {@link answerHostHttp}, in
 * the shape curl's model reads. Loopback is all the sandbox's host reaches.
 */
export function answerHostRequest(engine: Engine, url: string, method: string, headers: Record<string, string>, body = ""): NetworkResponse {
  const parsed = parseUrl(url);
  if ("error" in parsed) return { kind: "unresolved" };
  const ips = resolveLoopback(parsed.host);
  if (!ips) return { kind: "unresolved" };
  engine.settle();
  const address = ips[ips.length - 1] as string;
  const owner = ips.map((ip) => findPortOwner(engine.state.runtime, ip, parsed.port)).find((o) => o !== undefined) ?? findIngressOwner(engine, parsed.port);
  if (!owner) return { kind: "refused", address };
  const gateway = Object.values(owner.container.networks ?? {})[0]?.Gateway || "172.17.0.1";
  const outcome = deliverContainerHttp(engine, owner.container, owner.containerPort, { method, path: parsed.path, headers, body, clientAddress: gateway });
  if (outcome.kind === "refused") return { kind: "reset", address };
  if (outcome.kind === "empty") return { kind: "empty", address };
  return { kind: "response", status: outcome.answer.status, headers: outcome.answer.headers, body: outcome.answer.body, address };
}
