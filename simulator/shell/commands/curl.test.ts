import { describe, expect, it } from "vitest";
import { createFakeNetwork, createImageShell } from "../testing/image-shell";
import { parseUrl } from "./network";

const NGINX = "<!DOCTYPE html>\n<title>Welcome to nginx!</title>\n";
const network = () =>
  createFakeNetwork({
    hosts: { web: "172.18.0.2", api: "172.18.0.3", localhost: "127.0.0.1", slow: "10.0.0.9" },
    pages: {
      "http://web/": { body: NGINX },
      "http://api:5000/health": { body: '{"status":"ok"}', headers: { "Content-Type": "application/json" } },
      "http://api:5000/old": { status: 301, body: "", headers: { Location: "/health" } },
      "http://api:5000/items": { status: 201, body: "created\n" },
      "http://web/files/app.tar.gz": { body: "TARBALL" },
    },
    refused: ["localhost:5000"],
    timeout: ["slow:80"],
  });

describe("parseUrl", () => {
  it("defaults the scheme and port, keeps the query", () => {
    expect(parseUrl("web:8080/a?b=1")).toMatchObject({ scheme: "http", host: "web", port: 8080, path: "/a?b=1", href: "http://web:8080/a?b=1" });
    expect(parseUrl("https://example.com")).toMatchObject({ port: 443, path: "/", href: "https://example.com/" });
    expect(parseUrl("ftp://x/")).toEqual({ error: "scheme", scheme: "ftp" });
    expect(parseUrl("http://")).toEqual({ error: "malformed" });
  });
});

/** Messages and exit codes checked against curl 7.88.1 on Debian 12. */
describe("curl", () => {
  it("prints the body, with the progress meter on stderr when stdout is not a terminal", () => {
    const c = createImageShell("node", { network: network() });
    const r = c.run("curl http://web/");
    expect(r.out).toBe(NGINX);
    expect(r.err).toMatch(/^  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100    49  100    49    0     0 +\d+      0 --:--:-- --:--:-- --:--:-- +\d+\n$/);
    expect(r.status).toBe(0);
    expect(c.run("curl -s http://web/")).toEqual({ out: NGINX, err: "", status: 0 });
  });

  it("is offline without a network: every host is unresolvable (6)", () => {
    const c = createImageShell("node");
    expect(c.run("curl -sS http://example.com/")).toEqual({ out: "", err: "curl: (6) Could not resolve host: example.com\n", status: 6 });
    expect(c.run("curl -s http://example.com/; echo $?")).toEqual({ out: "6\n", err: "", status: 0 });
  });

  it("draws the meter's first state before an error, as curl 7.88 does", () => {
    const c = createImageShell("node", { network: network() });
    const zero = "\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0";
    const header = "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n";
    expect(c.run("curl http://nowhere/").err).toBe(`${header}${zero}curl: (6) Could not resolve host: nowhere\n`);
    expect(c.run("curl http://localhost:5000/").err).toBe(`${header}${zero}${zero}\ncurl: (7) Failed to connect to localhost port 5000 after 0 ms: Couldn't connect to server\n`);
    expect(c.run("curl -f http://web/nope").err).toBe(`${header}${zero}\r  0    23    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\ncurl: (22) The requested URL returned error: 404\n`);
  });

  it("reports refused connections (7), timeouts (28) and HTTP errors with -f (22)", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("curl -s -S localhost:5000")).toEqual({ out: "", err: "curl: (7) Failed to connect to localhost port 5000 after 0 ms: Couldn't connect to server\n", status: 7 });
    const t0 = c.clock.now();
    expect(c.run("curl -sS http://slow/").err).toBe("curl: (28) Failed to connect to slow port 80 after 130000 ms: Couldn't connect to server\n");
    expect(c.clock.now() - t0).toBeGreaterThanOrEqual(130_000);
    expect(c.run("curl -sS --connect-timeout 5 http://slow/")).toMatchObject({ err: "curl: (28) Connection timed out after 5001 milliseconds\n", status: 28 });
    expect(c.run("curl -fsS http://web/nope")).toEqual({ out: "", err: "curl: (22) The requested URL returned error: 404\n", status: 22 });
    expect(c.run("curl -s http://web/nope")).toEqual({ out: "<h1>404 Not Found</h1>\n", err: "", status: 0 });
  });

  it("follows redirects with -L, shows headers with -I and -i, and writes -w", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("curl -s http://api:5000/old").out).toBe("");
    expect(c.run("curl -sL http://api:5000/old").out).toBe('{"status":"ok"}');
    expect(c.run("curl -sI http://api:5000/health").out).toBe("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n");
    expect(c.run("curl -si http://api:5000/health").out).toBe('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{"status":"ok"}');
    expect(c.run("curl -s -o /dev/null -w '%{http_code}\\n' http://web/nope").out).toBe("404\n");
    expect(c.run("curl -s -w '%{http_code}' http://localhost:5000").out).toBe("000");
  });

  it("sends -X, -H and -d to the server", () => {
    const net = network();
    const c = createImageShell("node", { network: net });
    expect(c.run(`curl -s -X POST -H 'Authorization: Bearer t' -d 'name=x' http://api:5000/items`).out).toBe("created\n");
    expect(net.requests.at(-1)).toMatchObject({ url: "http://api:5000/items", method: "POST", body: "name=x", headers: { Host: "api:5000", "User-Agent": "curl/7.88.1", Authorization: "Bearer t", "Content-Type": "application/x-www-form-urlencoded" } });
    c.run(`curl -s --json '{"a":1}' http://api:5000/items`);
    expect(net.requests.at(-1)).toMatchObject({ method: "POST", headers: { "Content-Type": "application/json" } });
  });

  it("saves with -o and -O", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("curl -sSO http://web/files/app.tar.gz && curl -sSo /tmp/page.html http://web/").status).toBe(0);
    expect(c.fs.readFile("/app/app.tar.gz")).toBe("TARBALL");
    expect(c.fs.readFile("/tmp/page.html")).toBe(NGINX);
    expect(c.run("curl -sSO http://web/")).toEqual({ out: "", err: "curl: (23) Failed writing received data to disk/application\n", status: 23 });
    expect(c.run("curl -O http://web/")).toEqual({ out: "", err: "curl: Remote file name has no length!\ncurl: (23) Failed writing received data to disk/application\n", status: 23 });
    expect(c.run("curl -sS -o /nodir/x http://web/")).toEqual({ out: "", err: "curl: (23) Failure writing output to destination\n", status: 23 });
    expect(c.run("curl -o /nodir/x http://web/").err).toMatch(/ {5}0Warning: Failed to open the file \/nodir\/x: No such file or directory\n100    49  100    49 .*\ncurl: \(23\) Failure writing output to destination\n$/);
  });

  it("rejects bad options, missing URLs and other schemes", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("curl --bogus http://web/")).toEqual({ out: "", err: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", status: 2 });
    expect(c.run("curl")).toMatchObject({ err: "curl: try 'curl --help' or 'curl --manual' for more information\n", status: 2 });
    expect(c.run("curl -sS ftp://web/x")).toMatchObject({ err: 'curl: (1) Protocol "ftp" not supported or disabled in libcurl\n', status: 1 });
  });

  it("reaches the network from nested shells too", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run(`sh -c 'curl -s http://web/ | head -1'`).out).toBe("<!DOCTYPE html>\n");
    expect(c.run(`echo 'curl -s -o /dev/null -w "%{http_code}" http://web/' > /tmp/probe.sh && sh /tmp/probe.sh`).out).toBe("200");
  });

  it("does not exist where the image has no curl (debian slim)", () => {
    const c = createImageShell("debian-slim", { network: network() });
    expect(c.run("curl -s http://web/")).toEqual({ out: "", err: "/bin/sh: 1: curl: not found\n", status: 127 });
  });
});
