import { describe, expect, it } from "vitest";
import { createFakeNetwork, createImageShell } from "../testing/image-shell";

const PAGE = "<h1>It works!</h1>\n";
const network = () =>
  createFakeNetwork({
    hosts: { web: "172.18.0.2", localhost: "127.0.0.1", slow: "10.0.0.9" },
    pages: { "http://web/": { body: PAGE }, "http://web/app.tgz": { body: "x".repeat(3000), headers: { "Content-Type": "application/gzip" } } },
    refused: ["localhost:5000"],
    timeout: ["slow:80"],
  });

/** Checked against GNU Wget 1.21.3 and BusyBox 1.35 wget on Debian 12. */
describe("GNU wget (Debian)", () => {
  it("logs the request, the dot progress and the save on stderr", () => {
    const c = createImageShell("node", { network: network() });
    const r = c.run("wget http://web/");
    expect(r.status).toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /^--2025-03-01 09:00:00--  http:\/\/web\/\nResolving web \(web\)\.\.\. 172\.18\.0\.2\nConnecting to web \(web\)\|172\.18\.0\.2\|:80\.\.\. connected\.\nHTTP request sent, awaiting response\.\.\. 200 OK\nLength: 19 \[text\/html\]\nSaving to: 'index\.html'\n\n     0K {55} 100% +[\d.]+[KM]=0s\n\n2025-03-01 09:00:00 \([\d.]+ [KM]B\/s\) - 'index\.html' saved \[19\/19\]\n\n$/,
    );
    expect(c.fs.readFile("/app/index.html")).toBe(PAGE);
    expect(c.run("wget -q http://web/").status).toBe(0);
    expect(c.fs.readFile("/app/index.html.1")).toBe(PAGE);
  });

  it("writes to stdout with -O -, quietly with -q", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("wget -qO- http://web/")).toEqual({ out: PAGE, err: "", status: 0 });
    const r = c.run("wget -O - http://web/");
    expect(r.out).toBe(PAGE);
    expect(r.err).toContain("Saving to: 'STDOUT'\n");
    expect(r.err).toMatch(/- written to stdout \[19\/19\]\n\n$/);
    expect(c.run("wget -q -O /tmp/a.tgz http://web/app.tgz").status).toBe(0);
    expect(c.fs.stat("/tmp/a.tgz")?.size).toBe(3000);
  });

  it("fails with exit 4 when the host does not resolve or refuses, 8 on an HTTP error", () => {
    const c = createImageShell("node", { network: network() });
    expect(c.run("wget http://example.com/")).toEqual({ out: "", err: "--2025-03-01 09:00:00--  http://example.com/\nResolving example.com (example.com)... failed: Name or service not known.\nwget: unable to resolve host address 'example.com'\n", status: 4 });
    expect(c.run("wget -q http://example.com/")).toEqual({ out: "", err: "", status: 4 });
    expect(c.run("wget http://localhost:5000/").err).toBe("--2025-03-01 09:00:00--  http://localhost:5000/\nResolving localhost (localhost)... 127.0.0.1\nConnecting to localhost (localhost)|127.0.0.1|:5000... failed: Connection refused.\n");
    expect(c.run("wget http://localhost:5000/").status).toBe(4);
    const r = c.run("wget http://web/missing");
    expect(r.err).toMatch(/HTTP request sent, awaiting response\.\.\. 404 Not Found\n2025-03-01 09:00:0\d ERROR 404: Not Found\.\n\n$/);
    expect(r.status).toBe(8);
    expect(c.run("wget -q http://slow/").status).toBe(4);
  });

  it("uses curly quotes in a UTF-8 locale (the python images set LANG=C.UTF-8)", () => {
    const c = createImageShell("python", { network: network() });
    expect(c.run("wget http://nowhere/").err).toBe("--2025-03-01 09:00:00--  http://nowhere/\nResolving nowhere (nowhere)... failed: Name or service not known.\nwget: unable to resolve host address \u2018nowhere\u2019\n");
  });

  it("needs a URL", () => {
    const c = createImageShell("node");
    expect(c.run("wget")).toEqual({ out: "", err: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", status: 1 });
  });
});

describe("BusyBox wget (Alpine)", () => {
  it("connects, saves and prints its status bar", () => {
    const c = createImageShell("alpine", { network: network() });
    const r = c.run("wget http://web/");
    expect(r).toEqual({ out: "", err: `Connecting to web (172.18.0.2:80)\nsaving to 'index.html'\nindex.html           100% |${"*".repeat(32)}|    19  0:00:00 ETA\n'index.html' saved\n`, status: 0 });
    expect(c.fs.readFile("/app/index.html")).toBe(PAGE);
    expect(c.run("wget http://web/")).toEqual({ out: "", err: "Connecting to web (172.18.0.2:80)\nwget: can't open 'index.html': File exists\n", status: 1 });
    expect(c.run("wget -q -O - http://web/")).toEqual({ out: PAGE, err: "", status: 0 });
  });

  it("fails with bad address, refused connection and server errors, exit 1", () => {
    const c = createImageShell("alpine", { network: network() });
    expect(c.run("wget -q http://example.com/")).toEqual({ out: "", err: "wget: bad address 'example.com'\n", status: 1 });
    expect(c.run("wget http://localhost:5000/")).toEqual({ out: "", err: "Connecting to localhost:5000 (127.0.0.1:5000)\nwget: can't connect to remote host (127.0.0.1): Connection refused\n", status: 1 });
    expect(c.run("wget -q -O /dev/null http://web/nope")).toEqual({ out: "", err: "wget: server returned error: HTTP/1.1 404 Not Found\n", status: 1 });
  });

  it("is offline without a network", () => {
    const c = createImageShell("alpine");
    expect(c.run("wget -q -O- http://registry.npmjs.org/")).toEqual({ out: "", err: "wget: bad address 'registry.npmjs.org'\n", status: 1 });
  });
});
