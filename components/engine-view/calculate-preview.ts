import type { HostHttpAnswer } from "@/simulator";

/** An address bar's text, split the way a browser would (`localhost:5111/about` → host, port, path). */
export interface PreviewAddress {
  host: string;
  port: number;
  path: string;
  /** Normalized for display: `localhost:5111/about`. */
  display: string;
}

/**
 * Parses what a learner types into the preview's address bar. Accepts an
 * optional `http://`, a host (name, IPv4 or `[v6]`), an optional port (80 by
 * default, as a browser assumes) and a path. `https://` and other schemes
 * are refused: the sandbox serves plain HTTP only (Simplification).
 */
export function parsePreviewAddress(text: string): PreviewAddress | { error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { error: "Type an address, like localhost:5111" };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (scheme && scheme[1]?.toLowerCase() !== "http") return { error: `Only http:// works in the preview, not ${scheme[1]}://` };
  const rest = scheme ? trimmed.slice(scheme[0].length) : trimmed;
  const match = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^\s]*)?$/.exec(rest);
  if (!match) return { error: `Not an address: ${trimmed}` };
  const host = (match[1] as string).toLowerCase();
  const port = match[2] === undefined ? 80 : Number(match[2]);
  if (port < 1 || port > 65535) return { error: `Port ${match[2]} is out of range (1-65535)` };
  const path = match[3] ?? "/";
  const display = `${host}${match[2] === undefined ? "" : `:${port}`}${path === "/" ? "" : path}`;
  return { host, port, path, display };
}

/** What the preview shows for an answer: a page, or a browser's error page. */
export type PreviewView =
  | { kind: "page"; status: number; contentType: string; body: string; html: boolean }
  | { kind: "error"; title: string; detail: string; code: string };

/**
 * Turns the engine's answer to a host HTTP GET (engine/host-network.ts
 * answerHostHttp) into what Chromium would show: the body, or its network
 * error page with the same headline and `net::ERR_*` code
 * (chromium: net/base/net_error_list.h; components/error_page strings).
 */
export function calculatePreview(address: PreviewAddress, answer: HostHttpAnswer): PreviewView {
  const where = address.host.replace(/^\[|\]$/g, "");
  switch (answer) {
    case "refused":
      return { kind: "error", title: "This site can’t be reached", detail: `${where} refused to connect.`, code: "ERR_CONNECTION_REFUSED" };
    case "reset":
      return { kind: "error", title: "This site can’t be reached", detail: "The connection was reset.", code: "ERR_CONNECTION_RESET" };
    case "empty":
      return { kind: "error", title: "This page isn’t working", detail: `${where} didn’t send any data.`, code: "ERR_EMPTY_RESPONSE" };
    case "unresolved":
      return {
        kind: "error",
        title: "This site can’t be reached",
        detail: `${where}’s server IP address could not be found. The sandbox has no internet; published container ports answer on localhost.`,
        code: "ERR_NAME_NOT_RESOLVED",
      };
    default: {
      const headers = answer.headers ?? {};
      const typeKey = Object.keys(headers).find((k) => k.toLowerCase() === "content-type");
      const contentType = typeKey ? (headers[typeKey] ?? "") : "text/plain";
      return { kind: "page", status: answer.status, contentType, body: answer.body, html: /text\/html/i.test(contentType) };
    }
  }
}
