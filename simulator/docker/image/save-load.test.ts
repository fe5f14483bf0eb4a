import { describe, expect, it } from "vitest";
import { formatArchive, parseArchive } from "../../shell/posix/index";
import { addBuiltImage, createDockerHarness } from "./testing";

describe("docker save and docker load", () => {
  it("round-trips an image with a layer made here: manifest, config, layer blob, tags", () => {
    const h = createDockerHarness();
    h.docker("pull alpine");
    const alpine = Object.values(h.engine.state.images.images)[0]!;
    const app = addBuiltImage(h.engine, { parent: alpine, id: `sha256:${"a".repeat(64)}`, file: "/srv/app", createdBy: "COPY app /srv/app # buildkit", tag: "web:1.0" });
    const layer = app.layers[1]!.digest;
    expect(h.docker("save -o /web.tar web:1.0")).toMatchObject({ stdout: "", stderr: "", exitCode: 0 });
    const members = parseArchive(h.fs.readFile("/web.tar"))!;
    expect(members.map((m) => m.p)).toEqual(expect.arrayContaining(["blobs/", "blobs/sha256/", `blobs/sha256/${"a".repeat(64)}`, `blobs/sha256/${layer.slice(7)}`, "index.json", "manifest.json", "oci-layout", "repositories"]));
    const manifest = JSON.parse(members.find((m) => m.p === "manifest.json")!.d!);
    expect(manifest).toEqual([{ Config: `blobs/sha256/${"a".repeat(64)}`, RepoTags: ["web:1.0"], Layers: app.layers.map((l) => `blobs/sha256/${l.digest.slice(7)}`) }]);

    expect(h.docker("rmi web:1.0 alpine").exitCode).toBe(0);
    expect(h.engine.state.images.builtLayers[layer]).toBeUndefined();
    expect(h.docker("load -i /web.tar").stdout).toBe("Loaded image: web:1.0\n");
    expect(h.engine.state.images.builtLayers[layer]).toBeDefined();
    expect(h.docker("images --format {{.Repository}}:{{.Tag}}").stdout).toBe("web:1.0\n");
    expect(h.docker("history -q web:1.0").stdout.trim().split("\n")).toHaveLength(app.history.length);
  });

  it("on a terminal refuses to write the tar to the screen, and shows each layer it loads", () => {
    const h = createDockerHarness();
    h.docker("pull hello-world");
    expect(h.docker("save hello-world", { tty: true })).toMatchObject({
      stdout: "",
      stderr: "cowardly refusing to save to a terminal. Use the -o flag or redirect\n",
      exitCode: 1,
    });
    const tar = h.docker("save hello-world").stdout;
    h.docker("rmi hello-world");
    expect(h.docker("load", { tty: true, stdin: tar }).stdout).toBe("e6590344b1a5: Loading layer  10.07kB/10.07kB\nLoaded image: hello-world:latest\n");
    h.docker("rmi hello-world");
    expect(h.docker("load -i x", { tty: true, columns: 120, stdin: "" }).stderr).toBe("open x: no such file or directory\n");
    expect(h.docker("load", { tty: true, columns: 120, stdin: tar }).stdout).toBe(
      `e6590344b1a5: Loading layer [${"=".repeat(50)}>]  10.07kB/10.07kB\nLoaded image: hello-world:latest\n`,
    );
    expect(h.docker("load", { tty: true }).stderr).toBe("requested load from stdin, but stdin is empty\n");
  });

  it("fails on archives that are not image archives as the daemon does", () => {
    const h = createDockerHarness();
    const file = (p: string) => ({ p, t: "f" as const, m: 0o644, u: 0, g: 0, time: 0, d: "x" });
    const dir = (p: string) => ({ p, t: "d" as const, m: 0o755, u: 0, g: 0, time: 0 });
    expect(h.docker("load", { stdin: formatArchive([file("notes.txt")], false) }).stderr).toMatch(/^Error response from daemon: open \/var\/lib\/docker\/tmp\/docker-import-\d+\/repositories: no such file or directory\n$/);
    expect(h.docker("load", { stdin: formatArchive([dir("src/"), file("src/a")], false) }).stderr).toMatch(/docker-import-\d+\/src\/json: no such file or directory\n$/);
    expect(h.docker("load", { stdin: "x".repeat(600) }).stderr).toBe("Error response from daemon: archive/tar: invalid tar header\n");
    const manifest = JSON.stringify([{ Config: "blobs/sha256/c", RepoTags: ["a:b"], Layers: ["blobs/sha256/l"] }]);
    const config = JSON.stringify({ id: "sha256:" + "c".repeat(64), layers: [{ digest: "sha256:" + "d".repeat(64), size: 1 }], history: [], config: {} });
    const missing = formatArchive([{ ...file("manifest.json"), d: manifest }, { ...file("blobs/sha256/c"), d: config }], false);
    expect(h.docker("load", { stdin: missing }).stderr).toMatch(/docker-import-\d+\/blobs\/sha256\/l: no such file or directory\n$/);
  });

  it("checks -o's directory and reports daemon errors for unknown names", () => {
    const h = createDockerHarness();
    h.docker("pull alpine");
    expect(h.docker("save -o /nope/x.tar alpine").stderr).toBe('failed to save image: invalid output path: directory "/nope" does not exist\n');
    expect(h.docker("save -o /x.tar alpine:9").stderr).toBe("Error response from daemon: reference does not exist\n");
    h.fs.mkdir("/d");
    expect(h.docker("save -o /d alpine").stderr).toMatch(/^rename \/\.docker_temp_\d+ \/d: file exists\n$/);
  });
});
