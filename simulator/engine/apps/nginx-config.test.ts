import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateNginxLocation, calculateNginxSite, parseNginxConfig } from "./nginx-config";
import { formatNginxErrorPage } from "./nginx-http";

const files: Record<string, string> = {
  "/etc/nginx/nginx.conf": "user nginx;\nworker_processes auto;\nhttp {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  include /etc/nginx/conf.d/*.conf;\n}\n",
  "/etc/nginx/mime.types": "types {\n  text/html html htm;\n  text/css css;\n}\n",
  "/etc/nginx/conf.d/default.conf": "server {\n  listen 80;\n  listen [::]:80;\n  server_name localhost;\n  location / { root /usr/share/nginx/html; index index.html; }\n  location = /50x.html { root /srv; }\n  location /api/ { proxy_pass http://api:5000/; }\n}\n",
};
const read = (p: string): string | undefined => files[p];
const glob = (pattern: string): string[] => Object.keys(files).filter((f) => f.startsWith(pattern.replace("*.conf", "")) && f.endsWith(".conf")).sort();

describe("parseNginxConfig", () => {
  it("follows includes and reads servers, locations and types", () => {
    const config = parseNginxConfig("/etc/nginx/nginx.conf", read, glob);
    if ("error" in config) throw new Error(config.error);
    const site = calculateNginxSite(config);
    expect(site.servers).toHaveLength(1);
    expect(site.servers[0]?.ports).toEqual([80]);
    expect(site.types.css).toBe("text/css");
    expect(site.workers).toBe("auto");
    const server = site.servers[0];
    if (!server) throw new Error("no server");
    expect(calculateNginxLocation(server, "/50x.html")?.root).toBe("/srv");
    expect(calculateNginxLocation(server, "/api/items")?.proxyPass).toBe("http://api:5000/");
    expect(calculateNginxLocation(server, "/x")?.root).toBe("/usr/share/nginx/html");
  });

  it("reports errors in nginx's words with file and line", () => {
    const one = (text: string) => parseNginxConfig("/c.conf", (p) => (p === "/c.conf" ? text : undefined), () => []);
    expect(one("server {\n  lisen 80;\n}\n")).toEqual({ error: 'unknown directive "lisen" in /c.conf:2' });
    expect(one("server {\n  listen 80;\n")).toEqual({ error: 'unexpected end of file, expecting "}" in /c.conf:3' });
    expect(one("listen 80;\n}\n")).toEqual({ error: 'unexpected "}" in /c.conf:2' });
    expect(one("listen 80\n")).toEqual({ error: 'unexpected end of file, expecting ";" or "}" in /c.conf:2' });
    expect(parseNginxConfig("/missing.conf", () => undefined, () => [])).toEqual({ error: 'open() "/missing.conf" failed (2: No such file or directory)' });
  });

  it("never throws on random input", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("server", "listen", " ", "\n", "{", "}", ";", "#", '"', "'", "\\", "80", "location", "/", "include", "x*") }), (text) => {
        const result = parseNginxConfig("/r.conf", (p) => (p === "/r.conf" ? text : undefined), () => ["/r.conf"]);
        if (!("error" in result)) expect(Array.isArray(calculateNginxSite(result).servers)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("formatNginxErrorPage", () => {
  it("is nginx's CRLF page with the version footer (153 bytes for a 404 of 1.27.4)", () => {
    const page = formatNginxErrorPage(404, "nginx/1.27.4");
    expect(page).toContain("<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.4</center>");
    expect(page.length).toBe(153);
  });
});
