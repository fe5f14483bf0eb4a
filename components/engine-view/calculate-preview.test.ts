import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answerHostHttp, createWorld } from "@/simulator";
import { calculatePreview, parsePreviewAddress, type PreviewAddress } from "./calculate-preview";

function parsed(text: string): PreviewAddress {
  const result = parsePreviewAddress(text);
  if ("error" in result) throw new Error(result.error);
  return result;
}

describe("parsePreviewAddress", () => {
  it("splits host, port and path like a browser", () => {
    expect(parsed("localhost:5111")).toEqual({ host: "localhost", port: 5111, path: "/", display: "localhost:5111" });
    expect(parsed("http://127.0.0.1:8080/v2/_catalog")).toMatchObject({ host: "127.0.0.1", port: 8080, path: "/v2/_catalog" });
    expect(parsed("[::1]:5000/")).toMatchObject({ host: "[::1]", port: 5000, path: "/" });
    expect(parsed("LOCALHOST")).toMatchObject({ host: "localhost", port: 80 });
  });

  it("explains what it cannot open", () => {
    expect(parsePreviewAddress("")).toEqual({ error: "Type an address, like localhost:5111" });
    expect(parsePreviewAddress("https://localhost:5111")).toEqual({ error: "Only http:// works in the preview, not https://" });
    expect(parsePreviewAddress("localhost:99999")).toEqual({ error: "Port 99999 is out of range (1-65535)" });
    expect(parsePreviewAddress("local host")).toEqual({ error: "Not an address: local host" });
  });

  it("never throws, and a parsed port is always in range", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parsePreviewAddress(text);
        if (!("error" in result)) {
          expect(result.port).toBeGreaterThanOrEqual(1);
          expect(result.port).toBeLessThanOrEqual(65535);
          expect(result.path.startsWith("/")).toBe(true);
        }
      }),
    );
  });
});

describe("calculatePreview", () => {
  it("shows Chromium's error pages for failed connections", () => {
    const w = createWorld();
    const at = parsed("localhost:5111");
    expect(calculatePreview(at, answerHostHttp(w.engine, at.host, at.port, at.path))).toMatchObject({
      kind: "error",
      detail: "localhost refused to connect.",
      code: "ERR_CONNECTION_REFUSED",
    });
    const away = parsed("example.com");
    expect(calculatePreview(away, answerHostHttp(w.engine, away.host, away.port, away.path))).toMatchObject({ code: "ERR_NAME_NOT_RESOLVED" });
    expect(calculatePreview(at, "reset")).toMatchObject({ code: "ERR_CONNECTION_RESET" });
    expect(calculatePreview(at, "empty")).toMatchObject({ code: "ERR_EMPTY_RESPONSE" });
  });

  it("shows what a published port serves", () => {
    const w = createWorld();
    w.run("docker run -d -p 5000:5000 registry:2");
    const at = parsed("localhost:5000/v2/_catalog");
    const view = calculatePreview(at, answerHostHttp(w.engine, at.host, at.port, at.path));
    expect(view).toMatchObject({ kind: "page", status: 200, html: false });
    if (view.kind === "page") expect(view.body).toContain('"repositories"');
  });
});
