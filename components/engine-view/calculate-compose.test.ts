import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createMemoryFs, createWorld } from "@/simulator";
import { calculateComposeProjects } from "./calculate-compose";

const PROJECT = {
  "/shop/compose.yaml": [
    "services:",
    "  web:",
    "    image: nginx",
    "    ports:",
    '      - "8080:80"',
    "    volumes:",
    "      - site:/usr/share/nginx/html",
    "    networks: [front, back]",
    "  cache:",
    "    image: redis",
    "    networks: [back]",
    "volumes:",
    "  site:",
    "networks:",
    "  front:",
    "  back:",
    "",
  ].join("\n"),
};

describe("calculateComposeProjects", () => {
  it("groups a project's containers by service, with its networks and volumes", () => {
    const w = createWorld({ workspace: createMemoryFs(PROJECT), seed: 5 });
    expect(w.run("cd shop && docker compose up -d --scale cache=2").exitCode).toBe(0);
    w.run("docker run -d --name loner nginx");
    const [shop, ...rest] = calculateComposeProjects(w.snapshot().engine);
    expect(rest).toEqual([]);
    expect(shop?.name).toBe("shop");
    expect(shop?.status).toBe("running(3)");
    expect(shop?.services.map((s) => [s.name, s.containers.map((c) => c.name), s.running])).toEqual([
      ["cache", ["shop-cache-1", "shop-cache-2"], 2],
      ["web", ["shop-web-1"], 1],
    ]);
    expect(shop?.services[1]?.containers[0]?.ports.map((p) => p.address)).toContain("localhost:8080");
    expect(shop?.networks).toEqual([
      { name: "shop_back", key: "back" },
      { name: "shop_front", key: "front" },
    ]);
    expect(shop?.volumes).toEqual([{ name: "shop_site", key: "site" }]);

    w.run("docker compose stop web");
    expect(calculateComposeProjects(w.snapshot().engine)[0]?.status).toBe("exited(1), running(2)");
    w.run("docker compose down");
    // down keeps named volumes (without -v): the project still shows by its volume.
    expect(calculateComposeProjects(w.snapshot().engine).map((p) => [p.name, p.services.length, p.networks.length, p.volumes.length])).toEqual([["shop", 0, 0, 1]]);
  });

  it("draws each labelled container once, under its project and service, and nothing else (property)", () => {
    const label = fc.constantFrom("a", "b", "c");
    const entry = fc.record({ project: fc.option(label, { nil: undefined }), service: fc.option(label, { nil: undefined }), stop: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (entries) => {
        const w = createWorld({ workspace: createMemoryFs({}), seed: 9 });
        entries.forEach((e, i) => {
          const labels = [e.project && `--label com.docker.compose.project=${e.project}`, e.service && `--label com.docker.compose.service=${e.service}`].filter(Boolean).join(" ");
          w.run(`docker run -d --name c${i} ${labels} alpine sleep 1000`);
          if (e.stop) w.run(`docker stop c${i}`);
        });
        const projects = calculateComposeProjects(w.snapshot().engine);
        const drawn = projects.flatMap((p) => p.services.flatMap((s) => s.containers.map((c) => `${p.name}/${s.name}/${c.name}`)));
        const expected = entries.flatMap((e, i) => (e.project && e.service ? [`${e.project}/${e.service}/c${i}`] : []));
        expect(drawn.sort()).toEqual(expected.sort());
        expect(projects.map((p) => p.name)).toEqual([...new Set(projects.map((p) => p.name))].sort());
        for (const p of projects) {
          const total = p.status === "" ? 0 : p.status.split(", ").reduce((n, part) => n + Number(/\((\d+)\)$/.exec(part)?.[1]), 0);
          expect(total).toBe(p.services.reduce((n, s) => n + s.containers.length, 0));
        }
      }),
      { numRuns: 30 },
    );
  });
});
