import { describe, expect, it } from "vitest";
import { CATALOG } from "./catalog";
import { calculateCatalogHistory } from "./catalog-history";

function historyOf(path: string, key: string) {
  const image = CATALOG.find((r) => r.path === path)?.images[key];
  if (!image) throw new Error(`${path}:${key}`);
  return calculateCatalogHistory(image);
}

describe("catalog image history", () => {
  it("pairs every non-empty entry with a layer, for every catalog image", () => {
    for (const repository of CATALOG) {
      for (const [key, image] of Object.entries(repository.images)) {
        const history = calculateCatalogHistory(image);
        expect(history.filter((e) => !e.emptyLayer).length, `${repository.path}:${key}`).toBe(image.layers.length);
        expect(history.every((e) => e.createdBy.trim() !== ""), `${repository.path}:${key}`).toBe(true);
      }
    }
  });

  it("words the distribution bases as they are built", () => {
    expect(historyOf("library/alpine", "3.21.3").map((e) => e.createdBy)).toEqual(["ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit", 'CMD ["/bin/sh"]']);
    expect(historyOf("library/debian", "bookworm")).toEqual([
      { created: Date.UTC(2025, 1, 3), createdBy: "# debian.sh --arch 'amd64' out/ 'bookworm' '@1738540800'", comment: "debuerreotype 0.15" },
    ]);
    const ubuntu = historyOf("library/ubuntu", "24.04").map((e) => e.createdBy);
    expect(ubuntu[0]).toBe("/bin/sh -c #(nop)  ARG RELEASE");
    expect(ubuntu[4]).toMatch(/^\/bin\/sh -c #\(nop\) ADD file:[0-9a-f]{64} in \/ $/);
    expect(ubuntu[5]).toBe('/bin/sh -c #(nop)  CMD ["/bin/bash"]');
    expect(historyOf("library/busybox", "1.37.0").map((e) => e.createdBy)).toEqual(["BusyBox 1.37.0 (glibc), Debian 12"]);
  });

  it("builds derived images on their base's history, ENV steps before the step that uses them", () => {
    const python = historyOf("library/python", "3.13.2-slim").map((e) => e.createdBy);
    expect(python[0]).toMatch(/^# debian\.sh/);
    expect(python.indexOf("ENV PYTHON_VERSION=3.13.2")).toBe(python.findIndex((l) => l.includes("savedAptMark")) - 1);
    expect(python[python.length - 1]).toBe('CMD ["python3"]');
    const nginx = historyOf("library/nginx", "1.27.4").map((e) => e.createdBy);
    expect(nginx.slice(-4)).toEqual(['ENTRYPOINT ["/docker-entrypoint.sh"]', "EXPOSE map[80/tcp:{}]", "STOPSIGNAL SIGQUIT", 'CMD ["nginx" "-g" "daemon off;"]']);
    expect(nginx).toContain("LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>");
    const hello = historyOf("library/hello-world", "linux");
    expect(hello.map((e) => [e.createdBy, e.comment])).toEqual([["COPY hello / # buildkit", "buildkit.dockerfile.v0"], ['CMD ["/hello"]', "buildkit.dockerfile.v0"]]);
  });
});
