import { describe, expect, it } from "vitest";
import { CATALOG, findCatalogRepository, resolveCatalogReference } from "../catalog";

const all = CATALOG.flatMap((r) => Object.entries(r.images).map(([key, image]) => ({ name: `${r.domain}/${r.path}:${key}`, repo: r, image })));
const img = (path: string, tag: string, domain = "docker.io") => {
  const r = resolveCatalogReference({ domain, path, tag });
  if (!r.ok) throw new Error(`${path}:${tag} ${r.reason}`);
  return r.image;
};
const digests = (path: string, tag: string) => img(path, tag).layers.map((l) => l.digest);
const MB = 1_000_000;

describe("catalog", () => {
  it("covers the required repositories and tags", () => {
    const need: [string, string[]][] = [
      ["library/alpine", ["latest", "3.21.3", "3.20", "3.19"]], ["library/busybox", ["latest"]], ["library/ubuntu", ["20.04", "22.04", "24.04", "latest"]],
      ["library/debian", ["bookworm", "bookworm-slim", "latest"]], ["library/python", ["3.8", "3.9", "3.10", "3.11", "3.12", "3.12-slim", "3.8-alpine", "3.12.8", "3", "latest"]],
      ["library/node", ["16", "18", "20", "22", "18-alpine", "20-slim", "gallium-alpine3.14", "latest", "lts"]], ["library/nginx", ["latest", "alpine", "1.25", "1.25-alpine"]],
      ["library/httpd", ["2.4", "alpine", "latest"]], ["library/postgres", ["15", "16", "alpine", "latest"]], ["library/redis", ["7", "alpine", "latest"]],
      ["library/mysql", ["8", "latest"]], ["library/mongo", ["7", "latest"]], ["library/golang", ["1.22", "1.23", "alpine", "latest"]],
      ["library/eclipse-temurin", ["17", "21", "latest"]], ["library/registry", ["2", "latest"]], ["library/hello-world", ["latest"]], ["docker/getting-started", ["latest"]],
    ];
    for (const [path, tags] of need) for (const tag of tags) expect(resolveCatalogReference({ domain: "docker.io", path, tag }).ok, `${path}:${tag}`).toBe(true);
    for (const tag of ["1", "blue", "green"]) expect(resolveCatalogReference({ domain: "gcr.io", path: "kuar-demo/kuard-amd64", tag }).ok).toBe(true);
    expect(all.length).toBeGreaterThan(60);
  });

  it("resolves latest and short tags to one image key, and fails like Docker Hub otherwise", () => {
    expect(img("library/alpine", "latest")).toBe(img("library/alpine", "3.21.3"));
    expect(img("library/ubuntu", "latest")).toBe(img("library/ubuntu", "24.04"));
    expect(img("library/debian", "latest")).toBe(img("library/debian", "bookworm"));
    expect(img("library/python", "3.12")).toBe(img("library/python", "3.12.8"));
    expect(img("library/node", "lts")).toBe(img("library/node", "22"));
    expect(resolveCatalogReference({ domain: "docker.io", path: "library/python" })).toMatchObject({ ok: true, key: "3.13.2-bookworm" });
    expect(resolveCatalogReference({ domain: "docker.io", path: "library/alpine", tag: "2.0" })).toEqual({ ok: false, reason: "unknown-tag" });
    expect(resolveCatalogReference({ domain: "docker.io", path: "library/nosuch" })).toEqual({ ok: false, reason: "unknown-repository" });
    expect(resolveCatalogReference({ domain: "docker.io", path: "library/scratch" })).toEqual({ ok: false, reason: "scratch" });
    const alpine = img("library/alpine", "latest");
    expect(resolveCatalogReference({ domain: "docker.io", path: "library/alpine", digest: alpine.indexDigest })).toMatchObject({ ok: true, key: "3.21.3" });
    expect(findCatalogRepository("docker.io", "library/hello-world")?.images.linux?.id).toBe("sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602");
  });

  it("gives every image a valid config", () => {
    for (const { name, image } of all) {
      expect(image.config.Env.some((e) => e.startsWith("PATH=/")), name).toBe(true);
      expect((image.config.Cmd?.length ?? 0) + (image.config.Entrypoint?.length ?? 0), name).toBeGreaterThan(0);
      expect(image.id, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(image.indexDigest, name).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(Number.isNaN(Date.parse(image.created)), name).toBe(false);
      for (const l of image.layers) expect(l.digest, name).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    expect(img("library/nginx", "latest").config).toMatchObject({ Entrypoint: ["/docker-entrypoint.sh"], Cmd: ["nginx", "-g", "daemon off;"], StopSignal: "SIGQUIT", ExposedPorts: { "80/tcp": {} } });
    expect(img("library/python", "3.12").config.Env).toContain("PYTHON_VERSION=3.12.8");
    expect(img("library/node", "18-alpine").config).toMatchObject({ Entrypoint: ["docker-entrypoint.sh"], Cmd: ["node"] });
    expect(img("library/redis", "7").config.WorkingDir).toBe("/data");
    expect(img("library/golang", "1.23").config.Env).toContain("GOPATH=/go");
  });

  it("has realistic sizes that add up, and unique IDs", () => {
    for (const { name, image } of all) {
      expect(image.size, name).toBe(image.layers.reduce((n, l) => n + l.uncompressed, 0));
      for (const l of image.layers) expect(l.uncompressed, name).toBeGreaterThanOrEqual(0);
    }
    const near = (path: string, tag: string, mb: number) => expect(Math.abs(img(path, tag).size / MB - mb) / mb, `${path}:${tag}`).toBeLessThan(0.03);
    near("library/python", "3.8", 997); near("library/python", "3.8-slim", 125); near("library/node", "18-alpine", 127);
    near("library/nginx", "1.25", 187); near("library/ubuntu", "22.04", 77.9); near("library/alpine", "latest", 7.83);
    expect(new Set(all.map((a) => a.image.id)).size).toBe(all.length);
    expect(img("library/python", "3.12").layers).toHaveLength(7);
  });

  it("shares base layer digests between images built on the same base", () => {
    const slim = digests("library/debian", "bookworm-slim")[0];
    for (const [p, t] of [["library/python", "3.12-slim"], ["library/node", "20-slim"], ["library/nginx", "latest"], ["library/redis", "7"], ["library/postgres", "16"], ["library/httpd", "2.4"]] as const) expect(digests(p, t)[0], `${p}:${t}`).toBe(slim);
    const alpine = digests("library/alpine", "3.21")[0];
    for (const [p, t] of [["library/python", "3.12-alpine"], ["library/node", "20-alpine"], ["library/nginx", "alpine"], ["library/golang", "alpine"]] as const) expect(digests(p, t)[0]).toBe(alpine);
    expect(digests("library/python", "3.8-alpine")[0]).toBe(digests("library/alpine", "3.20")[0]);
    expect(digests("library/python", "3.12").slice(0, 4)).toEqual(digests("library/node", "22").slice(0, 4));
    expect(digests("library/golang", "1.23").slice(0, 3)).toEqual(digests("library/python", "3.11").slice(0, 3));
    expect(digests("library/eclipse-temurin", "21")[0]).toBe(digests("library/ubuntu", "24.04")[0]);
    expect(digests("library/mongo", "7")[0]).toBe(digests("library/ubuntu", "22.04")[0]);
  });
});
