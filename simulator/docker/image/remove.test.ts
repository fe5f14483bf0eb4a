import { describe, expect, it } from "vitest";
import { addBuiltImage, createDockerHarness } from "./testing";

const ID = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

/** alpine, then a classic build on it: step1 (untagged intermediate) → app:latest. */
function classicBuild() {
  const h = createDockerHarness();
  h.docker("pull alpine");
  const alpine = Object.values(h.engine.state.images.images)[0]!;
  const step1 = addBuiltImage(h.engine, { parent: alpine, id: ID(1), file: "/app/one", createdBy: "/bin/sh -c #(nop) COPY file:aa in /app/one " });
  const app = addBuiltImage(h.engine, { parent: step1, id: ID(2), file: "/app/two", createdBy: "/bin/sh -c echo two > /app/two", tag: "app:latest" });
  return { ...h, alpine, step1, app };
}

describe("docker rmi", () => {
  it("refuses to delete a parent of other images, even with -f", () => {
    const { docker, alpine } = classicBuild();
    const short = alpine.id.slice(7, 19);
    for (const line of [`rmi ${short}`, `rmi -f ${short}`]) {
      const r = docker(line);
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toBe(`Error response from daemon: conflict: unable to delete ${short} (cannot be forced) - image has dependent child images\n`);
    }
  });

  it("removes untagged parents with the image unless --no-prune, and stops at a tagged one", () => {
    const pruned = classicBuild();
    const r = pruned.docker("rmi app");
    expect(r.stdout.split("\n").filter((l) => l.startsWith("Deleted: ")).slice(0, 1)).toEqual([`Deleted: ${ID(2)}`]);
    expect(r.stdout).toContain(`Deleted: ${ID(1)}\n`);
    expect(r.stdout.startsWith("Untagged: app:latest\n")).toBe(true);
    expect(Object.keys(pruned.engine.state.images.images)).toEqual([pruned.alpine.id]);
    expect(Object.keys(pruned.engine.state.images.builtLayers)).toEqual([]);

    const kept = classicBuild();
    const k = kept.docker("rmi --no-prune app");
    expect(k.stdout).not.toContain(ID(1));
    expect(Object.keys(kept.engine.state.images.images).sort()).toEqual([kept.alpine.id, ID(1)].sort());
    expect(kept.docker("images -a").stdout).toContain("<none>");
  });

  it("deletes one layer line per released layer, top first, keeping shared ones", () => {
    const { docker } = classicBuild();
    const r = docker("rmi app");
    // app and step1 each release their own layer; alpine's stays with alpine.
    expect(r.stdout.match(/^Deleted: /gm)).toHaveLength(4);
  });
});

describe("docker history", () => {
  it("shows the IDs of a classic build's local parents, <missing> below the base", () => {
    const { docker, alpine } = classicBuild();
    const ids = docker("history -q app").stdout.trim().split("\n");
    expect(ids).toEqual([ID(2).slice(7, 19), ID(1).slice(7, 19), alpine.id.slice(7, 19), "<missing>"]);
    const table = docker("history app").stdout.split("\n");
    expect(table[1]).toMatch(/^222222222222   Less than a second ago   \/bin\/sh -c echo two > \/app\/two   +72B +$/);
  });
});

describe("docker image prune", () => {
  it("leaves a classic build's untagged intermediates alone (they have children)", () => {
    const { docker, engine } = classicBuild();
    expect(docker("image prune -f").stdout).toBe("Total reclaimed space: 0B\n");
    expect(engine.state.images.images[ID(1)]).toBeDefined();
  });

  it("goes ahead when stdin answers y, and is cancelled by anything else", () => {
    const { docker, engine } = classicBuild();
    engine.state.images.images[ID(2)]!.tags = [];
    delete engine.state.images.tags["docker.io/library/app:latest"];
    const no = docker("image prune", { stdin: "n\n" });
    expect(no).toMatchObject({ stdout: "WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ", exitCode: 0 });
    const yes = docker("image prune", { stdin: " Y \n" });
    expect(yes.stdout).toContain(`Deleted Images:\ndeleted: ${ID(2)}\n`);
    expect(yes.stdout).toMatch(/\n\nTotal reclaimed space: \d+B\n$/);
    expect(engine.state.images.images[ID(1)]).toBeUndefined();
  });
});
