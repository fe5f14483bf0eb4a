/**
 * What a container's network answers when a program inside it (curl, wget,
 * package managers) opens an HTTP connection. The engine supplies a
 * {@link ContainerNetwork} per container (its networks' DNS, the published
 * servers); without one the container is offline and no host resolves, as
 * with `docker run --network none`.
 */

/** The outcome of one HTTP request, as a client library sees it. */
export type NetworkResponse =
  | {
      kind: "response";
      status: number;
      headers: Record<string, string>;
      body: string;
      /** Content-Length of the real file when `body` is a stand-in for it (a downloaded tarball); else the body's length. */
      size?: number;
      /** The peer's IP address ("172.18.0.3"), for wget's and curl's connection lines. */
      address?: string;
    }
  /** getaddrinfo(3) failed: EAI_NONAME, or EAI_AGAIN on a container without DNS. */
  | { kind: "unresolved" }
  /** The host resolved but nothing listens on the port: ECONNREFUSED. */
  | { kind: "refused"; address?: string }
  /** SYNs went unanswered until the kernel gave up: ETIMEDOUT. */
  | { kind: "timeout"; address?: string }
  /** Connected, then the peer reset the connection (docker-proxy with nothing listening behind it): ECONNRESET. */
  | { kind: "reset"; address?: string }
  /** Connected, and the peer closed without sending a byte (a server that speaks no HTTP). */
  | { kind: "empty"; address?: string };

/** A container's view of the network: DNS plus the HTTP servers it can reach. */
export interface ContainerNetwork {
  /** Sends one request; `url` is absolute (`http://web:8080/path?q`), header names as the client sent them. */
  request(url: string, method: string, headers: Record<string, string>, body?: string): NetworkResponse;
}

/** No network at all: every name is unresolvable. */
export const OFFLINE_NETWORK: ContainerNetwork = { request: () => ({ kind: "unresolved" }) };

/** An http(s) URL split the way curl and wget see it. */
export interface ParsedUrl {
  scheme: string;
  /** Host name or address, without brackets or port. */
  host: string;
  port: number;
  /** Whether the URL spelled the port out. */
  explicitPort: boolean;
  /** Path with query, always starting with "/". */
  path: string;
  /** The URL with a scheme and a path ("http://example.com/"). */
  href: string;
}

/**
 * Parses a URL as curl's and wget's URL handling does for http(s): a missing
 * scheme means http:// (curl: lib/urlapi.c guess_scheme; wget: url.c
 * rewrite_shorthand_url), default ports 80 and 443, an empty path is "/".
 * Returns `{error}` instead for another scheme or a URL without a usable host or port.
 */
export function parseUrl(input: string): ParsedUrl | { error: "scheme"; scheme: string } | { error: "malformed" } {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s.exec(input);
  const scheme = m ? (m[1] as string).toLowerCase() : "http";
  const rest = m ? (m[2] as string) : input;
  if (scheme !== "http" && scheme !== "https") return { error: "scheme", scheme: m?.[1] ?? scheme };
  const cut = rest.search(/[/?#]/);
  const authority = cut < 0 ? rest : rest.slice(0, cut);
  let path = cut < 0 ? "/" : rest.slice(cut);
  path = path.replace(/#.*$/s, "");
  if (path.startsWith("?")) path = `/${path}`;
  if (path === "") path = "/";
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  const hm = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]\s]*)(?::(\d*))?$/.exec(hostPort);
  if (!hm || hm[1] === "" || /\s/.test(input)) return { error: "malformed" };
  const host = (hm[1] as string).replace(/^\[|\]$/g, "").toLowerCase();
  const explicitPort = hm[2] !== undefined && hm[2] !== "";
  const port = explicitPort ? Number(hm[2]) : scheme === "https" ? 443 : 80;
  if (port > 65535) return { error: "malformed" };
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return { scheme, host, port, explicitPort, path, href: `${scheme}://${shownHost}${explicitPort ? `:${port}` : ""}${path}` };
}

/** Whether `host` is an IPv4 or IPv6 literal (no DNS lookup happens for one). */
export function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(":");
}

/**
 * The address a client prints for `host` when the network did not say:
 * the literal itself, 127.0.0.1 for localhost (/etc/hosts), else the
 * default bridge's first container address.
 * Simplification: the engine should pass `address`; this is only a fallback.
 */
export function guessAddress(host: string, address: string | undefined): string {
  if (address) return address;
  if (isIpLiteral(host)) return host;
  if (host === "localhost" || host.endsWith(".localhost")) return "127.0.0.1";
  return "172.17.0.2";
}

/** RFC 9110 reason phrases, as servers send them in the status line. */
export const HTTP_REASONS: Record<number, string> = {
  200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 206: "Partial Content",
  301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
  400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
  409: "Conflict", 413: "Content Too Large", 418: "I'm a teapot", 422: "Unprocessable Content", 429: "Too Many Requests",
  500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
};

/** The header named `name` (case-insensitive), as HTTP clients look headers up. */
export function getHeader(headers: Record<string, string>, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === wanted) return v;
  return undefined;
}

/** How long the kernel tries to connect before ETIMEDOUT (tcp_syn_retries=6: 1+2+4+8+16+32+64 s, plus a little). */
export const CONNECT_TIMEOUT_MS = 130_000;

/** UTF-8 length of a body: the Content-Length a server sends and the byte counts clients print. */
export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
