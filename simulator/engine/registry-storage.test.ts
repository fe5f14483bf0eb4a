import { describe, expect, it } from "vitest";
import { VirtualClock } from "../core/clock";
import { SeededIds } from "../core/ids";
import { parseImageReference } from "../image/reference";
import { createEngineState, Engine } from "./engine";
import { answerHostHttp } from "./host-network";
import { calculateImageManifest } from "./manifest";
import { dispatchPush } from "./push";
import { answerRegistryHttp } from "./registry-http";
import { calculateRegistryHost, openRegistry, type PushedImage, type RegistryView } from "./registries";
import { dispatchContainerMounts, findVolumeFlagError } from "./volumes";

function createEngine(): Engine {
  return new Engine(createEngineState(), new VirtualClock(Date.parse("2025-03-01T09:00:00Z")), new SeededIds(5));
}

/** Pulls `image`, creates and starts a container from it with the given ports and volumes. */
function startContainer(engine: Engine, image: string, name: string, extra: { ports?: Record<string, { HostIp: string; HostPort: string }[]>; volumes?: string[] } = {}) {
  const pulled = engine.pull(parseImageReference(image));
  if (!pulled.ok) throw new Error(pulled.error.message);
  const created = engine.createContainer({
    imageText: image,
    image: pulled.value.image,
    name,
    cmd: [],
    env: [],
    tty: false,
    interactive: false,
    autoRemove: false,
    labels: {},
    ...(extra.ports ? { portBindings: extra.ports } : {}),
    ...(extra.volumes ? { volumes: extra.volumes } : {}),
  });
  if (!created.ok) throw new Error(created.error.message);
  const started = engine.start(created.value);
  if (!started.ok) throw new Error(started.error.message);
  return created.value;
}

describe("the schema2 manifest a push uploads", () => {
  it("is MarshalIndent'ed with three spaces, config first, layers bottom to top", () => {
    const engine = createEngine();
    const pulled = engine.pull(parseImageReference("hello-world"));
    if (!pulled.ok) throw new Error("pull");
    const manifest = calculateImageManifest(pulled.value.image);
    expect(manifest.json).toMatch(
      /^\{\n   "schemaVersion": 2,\n   "mediaType": "application\/vnd\.docker\.distribution\.manifest\.v2\+json",\n   "config": \{\n      "mediaType": "application\/vnd\.docker\.container\.image\.v1\+json",\n      "size": \d+,\n      "digest": "sha256:[0-9a-f]{64}"\n   \},\n   "layers": \[\n      \{\n         "mediaType": "application\/vnd\.docker\.image\.rootfs\.diff\.tar\.gzip",\n         "size": \d+,\n         "digest": "sha256:[0-9a-f]{64}"\n      \}\n   \]\n\}$/,
    );
    expect(manifest.size).toBe(manifest.json.length);
    expect(calculateImageManifest(pulled.value.image).digest).toBe(manifest.digest);
  });
});

describe("registry:2's HTTP API", () => {
  const record: Record<string, Record<string, PushedImage>> = {};
  const view: RegistryView = { find: (p) => record[p], ensure: (p) => (record[p] ??= {}), paths: () => Object.keys(record).sort() };

  it("answers the base, catalog and tags endpoints with json.Encoder's trailing newline", () => {
    expect(answerRegistryHttp(view, "/v2/_catalog")).toMatchObject({ status: 200, body: '{"repositories":[]}\n' });
    expect(answerRegistryHttp(view, "/v2/")).toMatchObject({ status: 200, body: "{}" });
    expect(answerRegistryHttp(view, "/")).toMatchObject({ status: 200, body: "" });
    expect(answerRegistryHttp(view, "/v2/x/tags/list")).toEqual({
      status: 404,
      body: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"x"}}]}\n',
    });
    expect(answerRegistryHttp(view, "/nothing")).toMatchObject({ status: 404, body: "404 page not found\n" });
  });
});

describe("registry resolution and storage", () => {
  it("names Docker Hub docker.io, whatever the login server spelling", () => {
    expect(calculateRegistryHost("https://index.docker.io/v1/")).toBe("docker.io");
    expect(calculateRegistryHost("index.docker.io")).toBe("docker.io");
    expect(calculateRegistryHost("localhost:5000")).toBe("localhost:5000");
    expect(calculateRegistryHost("http://localhost:5000/v2/")).toBe("localhost:5000");
  });

  it("reaches a registry container through its published port and keeps the pushed image on its volume", () => {
    const engine = createEngine();
    const registry = startContainer(engine, "registry:2", "registry", { ports: { "5000/tcp": [{ HostIp: "", HostPort: "5000" }] } });
    expect(registry.mounts).toEqual([
      expect.objectContaining({ Type: "volume", Destination: "/var/lib/registry", Source: expect.stringMatching(/^\/var\/lib\/docker\/volumes\/[0-9a-f]{64}\/_data$/) }),
    ]);
    const anonymous = registry.mounts?.[0]?.Name ?? "";
    expect(engine.state.volumes[anonymous]?.Labels).toEqual({ "com.docker.volume.anonymous": "" });
    const hello = engine.pull(parseImageReference("hello-world"));
    if (!hello.ok) throw new Error("pull");
    engine.state.images.tags["localhost:5000/hello:latest"] = hello.value.image.id;
    const report = dispatchPush(engine, parseImageReference("localhost:5000/hello:latest"), false);
    expect(report.error).toBeUndefined();
    expect(Object.keys(engine.state.volumes[anonymous]?.registry ?? {})).toEqual(["hello"]);
    expect(answerHostHttp(engine, "127.0.0.1", 5000, "/v2/hello/tags/list")).toMatchObject({ status: 200, body: '{"name":"hello","tags":["latest"]}\n' });
    expect(openRegistry({ ...engine.state }, "localhost:5001", engine.clock.now())).toEqual({
      ok: false,
      message: 'Get "http://localhost:5001/v2/": dial tcp [::1]:5001: connect: connection refused',
    });
  });

  it("validates -v specs as the CLI and the daemon do", () => {
    expect(findVolumeFlagError("a:b:c:d")).toBe("invalid spec: a:b:c:d: too many colons");
    expect(findVolumeFlagError("a::b")).toBe("invalid spec: a::b: empty section between colons");
    expect(findVolumeFlagError("")).toBe("invalid empty volume spec");
    const volumes = {};
    expect(dispatchContainerMounts(volumes, "c1", ["data:rel"], [], 0)).toEqual({
      ok: false,
      error: `invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute`,
    });
    expect(volumes).toEqual({});
    const ok = dispatchContainerMounts(volumes, "c1", ["data:/data:ro", "/srv:/srv"], ["/var/lib/registry"], 0);
    expect(ok.ok && ok.mounts.map((m) => [m.Type, m.Name ?? m.Source, m.Destination, m.Mode, m.RW])).toEqual([
      ["volume", "data", "/data", "ro", false],
      ["bind", "/srv", "/srv", "", true],
      ["volume", expect.stringMatching(/^[0-9a-f]{64}$/), "/var/lib/registry", "", true],
    ]);
  });
});
