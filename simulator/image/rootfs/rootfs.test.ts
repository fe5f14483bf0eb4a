import { describe, expect, it } from "vitest";
import { CATALOG, resolveCatalogReference, type CatalogImage } from "../catalog";
import { calculateCatalogLayer, calculateImageRootfs, CATALOG_LAYER_STORE, createImageRootView } from "./index";

const img = (path: string, tag: string, domain = "docker.io"): CatalogImage => {
  const r = resolveCatalogReference({ domain, path, tag });
  if (!r.ok) throw new Error(`${path}:${tag}`);
  return r.image;
};
const osRelease = (image: CatalogImage) => Object.fromEntries(createImageRootView(image).readFile("/etc/os-release").trim().split("\n").map((l) => l.split("=") as [string, string]));

describe("image root filesystems", () => {
  it("builds 20 images' rootfs quickly, sharing layer objects (figures logged)", () => {
    const names: [string, string][] = [
      ["library/alpine", "latest"], ["library/busybox", "latest"], ["library/ubuntu", "24.04"], ["library/ubuntu", "22.04"], ["library/debian", "bookworm"],
      ["library/debian", "bookworm-slim"], ["library/python", "3.12"], ["library/python", "3.12-slim"], ["library/python", "3.12-alpine"], ["library/python", "3.8"],
      ["library/node", "22"], ["library/node", "20-slim"], ["library/node", "18-alpine"], ["library/nginx", "latest"], ["library/nginx", "alpine"],
      ["library/httpd", "2.4"], ["library/postgres", "16"], ["library/redis", "7"], ["library/golang", "1.23"], ["library/eclipse-temurin", "21"],
    ];
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const stacks = names.map(([p, t]) => calculateImageRootfs(img(p, t)));
    const ms = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const entries = CATALOG_LAYER_STORE.list().reduce((n, l) => n + l.entries.size, 0);
    console.log(`rootfs of 20 images: ${ms.toFixed(1)} ms, ${CATALOG_LAYER_STORE.count} layers, ${entries} entries, heap +${heapMb.toFixed(1)} MB`);
    expect(stacks[6]?.[0]).toBe(stacks[4]?.[0]); // python:3.12 and debian:bookworm: one Layer object
    expect(stacks[7]?.[0]).toBe(stacks[11]?.[0]); // python:3.12-slim and node:20-slim
    expect(stacks[8]?.[0]).toBe(stacks[0]?.[0]); // python:3.12-alpine and alpine
    expect(ms).toBeLessThan(3000);
  });

  it("makes every catalog layer exactly as big as it declares", () => {
    for (const repo of CATALOG) for (const [key, image] of Object.entries(repo.images)) {
      for (const layer of image.layers) expect(calculateCatalogLayer(layer).size, `${repo.path}:${key} ${layer.content.kind}`).toBe(layer.uncompressed);
    }
  });

  it("has the right /bin/sh, bash and os-release per distro", () => {
    const cases: [CatalogImage, string, boolean, string, string][] = [
      [img("library/alpine", "latest"), "/bin/busybox", false, "alpine", "3.21.3"],
      [img("library/alpine", "3.19"), "/bin/busybox", false, "alpine", "3.19.7"],
      [img("library/debian", "bookworm"), "dash", true, "debian", '"12"'],
      [img("library/python", "3.12-slim"), "dash", true, "debian", '"12"'],
      [img("library/ubuntu", "24.04"), "dash", true, "ubuntu", '"24.04"'],
      [img("library/ubuntu", "20.04"), "dash", true, "ubuntu", '"20.04"'],
      [img("library/node", "16"), "dash", true, "debian", '"11"'],
      [img("library/mysql", "8"), "bash", true, '"ol"', '"9.5"'],
    ];
    for (const [image, sh, bash, id, version] of cases) {
      const fs = createImageRootView(image);
      expect(fs.readlink("/bin/sh")).toBe(sh);
      expect(image.executables.includes("/bin/sh")).toBe(true);
      expect(fs.stat("/bin/bash") !== null).toBe(bash);
      expect(osRelease(image)).toMatchObject({ ID: id, VERSION_ID: version });
      expect(fs.stat("/tmp")?.mode).toBe(0o1777);
      expect(fs.stat("/root")?.mode).toBe(0o700);
      expect(fs.readFile("/etc/passwd")).toMatch(/^root:x:0:0:root:\/root:/);
      expect(fs.readFile("/etc/passwd")).toMatch(/^nobody:x:65534:/m);
    }
    const debian = createImageRootView(img("library/debian", "bookworm"));
    expect(debian.lstat("/bin")).toMatchObject({ type: "symlink", target: "usr/bin" });
    expect(debian.readdir("/var/lib/apt/lists")).toEqual(["partial"]);
    expect(debian.stat("/usr/bin/apt-get")?.mode).toBe(0o755);
    expect(createImageRootView(img("library/node", "16")).lstat("/bin")?.type).toBe("dir");
    const alpine = createImageRootView(img("library/alpine", "latest"));
    expect(alpine.readFile("/etc/apk/repositories")).toContain("/alpine/v3.21/main");
    expect(alpine.stat("/sbin/apk")?.mode).toBe(0o755);
    const busybox = createImageRootView(img("library/busybox", "latest"));
    expect(busybox.stat("/bin/sh")?.type).toBe("file");
    expect(busybox.stat("/etc/os-release")).toBeNull();
  });

  it("keeps the old alpine and hello-world executables", () => {
    const alpine = img("library/alpine", "latest").executables;
    for (const p of ["/bin/sh", "/bin/ls", "/bin/busybox", "/usr/bin/wget", "/usr/bin/whoami", "/sbin/apk", "/bin/ping", "/usr/bin/top"]) expect(alpine).toContain(p);
    expect(img("library/hello-world", "latest").executables).toEqual(["/hello"]);
    expect(img("kuar-demo/kuard-amd64", "blue", "gcr.io").executables).toContain("/kuard");
  });

  it("puts the runtimes on PATH with their versions", () => {
    for (const [tag, minor] of [["3.8", "3.8"], ["3.12-slim", "3.12"], ["3.11-alpine", "3.11"]] as const) {
      const image = img("library/python", tag);
      const fs = createImageRootView(image);
      for (const p of ["/usr/local/bin/python", "/usr/local/bin/python3", `/usr/local/bin/python${minor}`, "/usr/local/bin/pip"]) expect(image.executables, p).toContain(p);
      expect(fs.readlink("/usr/local/bin/python3")).toBe(`python${minor}`);
      expect(fs.readdir(`/usr/local/lib/python${minor}/site-packages`)).toContain("pip");
    }
    expect(createImageRootView(img("library/python", "3.11")).readdir("/usr/local/lib/python3.11/site-packages")).toContain("setuptools");
    expect(createImageRootView(img("library/python", "3.12")).readdir("/usr/local/lib/python3.12/site-packages")).not.toContain("setuptools");
    for (const tag of ["22", "18-alpine", "20-slim", "gallium-alpine3.14"]) {
      const image = img("library/node", tag);
      for (const p of ["/usr/local/bin/node", "/usr/local/bin/npm", "/usr/local/bin/npx", "/usr/local/bin/yarn", "/usr/local/bin/docker-entrypoint.sh"]) expect(image.executables, `${tag} ${p}`).toContain(p);
      expect(createImageRootView(image).readFile("/etc/passwd")).toMatch(/^node:x:1000:1000:/m);
    }
    expect(createImageRootView(img("library/node", "20")).readFile("/usr/local/lib/node_modules/npm/package.json")).toContain('"version": "10.8.2"');
    expect(img("library/golang", "1.23").executables).toContain("/usr/local/go/bin/go");
    expect(img("library/eclipse-temurin", "21").executables).toContain("/opt/java/openjdk/bin/java");
  });

  it("ships the servers' default content", () => {
    for (const tag of ["latest", "alpine"]) {
      const fs = createImageRootView(img("library/nginx", tag));
      expect(fs.readFile("/usr/share/nginx/html/index.html")).toContain("<h1>Welcome to nginx!</h1>");
      expect(fs.readFile("/etc/nginx/conf.d/default.conf")).toContain("listen       80;");
      expect(fs.stat("/docker-entrypoint.sh")?.mode).toBe(0o755);
      expect(fs.readdir("/docker-entrypoint.d")).toHaveLength(4);
      expect(fs.readFile("/etc/passwd")).toMatch(/^nginx:x:101:101:/m);
    }
    expect(createImageRootView(img("library/httpd", "2.4")).readFile("/usr/local/apache2/htdocs/index.html")).toBe("<html><body><h1>It works!</h1></body></html>\n");
    expect(createImageRootView(img("library/registry", "2")).readFile("/etc/docker/registry/config.yml")).toContain("addr: :5000");
    expect(img("library/registry", "2").executables).toContain("/bin/registry");
    expect(createImageRootView(img("library/postgres", "16")).readFile("/etc/passwd")).toMatch(/^postgres:x:999:999:/m);
    expect(createImageRootView(img("library/redis", "alpine")).stat("/data")?.uid).toBe(999);
  });
});
