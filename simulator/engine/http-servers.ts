import { getOwn } from "../core/own";
import type { ContainerRecord, ListeningPort } from "../runtime/types";
import type { Engine } from "./engine";
import { findRegistryStorage, type PushedImage, type RegistryView } from "./registries";
import { answerRegistryHttp } from "./registry-http";
import { answerFlask } from "./apps/flask-http";
import { answerNode } from "./apps/node-http";
import { answerHttpd } from "./apps/httpd-http";
import { answerKuard } from "./apps/kuard-http";
import { answerNginx } from "./apps/nginx-http";
import { createVolumeStore } from "./volumes";

/** One HTTP request as it reaches a server inside a container. */
export interface ServerRequest {
  method: string;
  /** Path with query string, as sent on the request line (`/api?x=1`). */
  path: string;
  /** Header names as the client sent them. */
  headers: Record<string, string>;
  body: string;
  /** The client's address as the server sees it: the bridge gateway for the host, the peer's IP for a container. */
  clientAddress: string;
}

/** What a server answers. */
export interface ServerAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a server model's HTTP handler sees. */
export interface ServerContext {
  engine: Engine;
  container: ContainerRecord;
  listen: ListeningPort;
  /** Appends a line to the container's log (access logs), stamped with the engine's clock. */
  log(stream: "stdout" | "stderr", text: string): void;
}

/** An HTTP server model: answers one request for a container whose process listens with that `service`. */
export type HttpServer = (ctx: ServerContext, request: ServerRequest) => ServerAnswer;

/** A read-only view of a registry's repositories record. */
function createReadView(record: Record<string, Record<string, PushedImage>>): RegistryView {
  return {
    find: (path) => getOwn(record, path),
    ensure: (path) => getOwn(record, path) ?? {},
    paths: () => Object.keys(record).sort(),
  };
}

/** registry:2's v2 API (engine/registry-http.ts) over the registry volume's repositories. */
const answerRegistry: HttpServer = ({ engine, container }, request) => {
  engine.state.volumes ??= createVolumeStore();
  const storage = findRegistryStorage(engine.state.volumes, container, engine.clock.now());
  const answer = answerRegistryHttp(createReadView(storage.registry ?? {}), request.path);
  return { status: answer.status, headers: { "Content-Type": "application/json; charset=utf-8" }, body: answer.body };
};

/**
 * Server models by `ListeningPort.service`: the place to add apps that
 * answer HTTP. A process model decides at start where it listens and under
 * which service; the handler here answers each request.
 */
export const HTTP_SERVERS: Record<string, HttpServer> = {
  registry: answerRegistry,
  flask: answerFlask,
  node: answerNode,
  nginx: answerNginx,
  kuard: answerKuard,
  httpd: answerHttpd,
};

/** How a connection to a container port ended. */
export type ContainerHttpOutcome =
  | { kind: "response"; answer: ServerAnswer }
  /** Nothing accepts there: ECONNREFUSED. */
  | { kind: "refused" }
  /** Something accepts but speaks no HTTP (a database port): the peer closes without a reply. */
  | { kind: "empty" };

/** Whether a socket bound to `address` accepts connections arriving on the container's network interface. */
function acceptsExternal(address: string | undefined): boolean {
  return address === undefined || address === "" || address === "0.0.0.0" || address === "::" || address === "*";
}

/**
 * Delivers an HTTP request to a running container's port: the process's
 * listening socket there answers through its server model. A socket bound
 * to loopback only answers `fromInside` (curl inside the same container);
 * connections from the docker-proxy or other containers arrive on eth0 and
 * are refused, as the kernel refuses them.
 */
export function deliverContainerHttp(engine: Engine, container: ContainerRecord, port: number, request: ServerRequest, fromInside = false): ContainerHttpOutcome {
  if (!container.state.Running) return { kind: "refused" };
  const listen = container.process?.listens?.find((l) => l.port === port && (fromInside || acceptsExternal(l.address)));
  if (!listen) return { kind: "refused" };
  const server = getOwn(HTTP_SERVERS, listen.service);
  if (!server) return { kind: "empty" };
  const log = (stream: "stdout" | "stderr", text: string): void => {
    container.logs.push({ stream, text, time: engine.clock.now() });
  };
  return { kind: "response", answer: server({ engine, container, listen, log }, request) };
}
