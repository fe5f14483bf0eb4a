import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import { answerHostHttp } from "../../engine/host-network";
import { openRegistry } from "../../engine/registries";
import { parseImageReference } from "../../image/reference";
import { addImage } from "../../image/store";
import { dispatchExit } from "../../runtime/containers";
import { runDocker } from "../root";

function createEngine(): Engine {
  return new Engine(createEngineState(), new VirtualClock(Date.parse("2025-03-01T09:00:00Z")), new SeededIds(11));
}

function docker(engine: Engine, line: string): { stdout: string; stderr: string; exitCode: number } {
  const out = new Output();
  const code = runDocker(line.split(" "), engine, out);
  return out.result(code);
}

/** `docker tag SOURCE TARGET` at the image-store level (the tag verb lives elsewhere). */
function tag(engine: Engine, source: string, target: string): void {
  const image = engine.findImage(source, parseImageReference(source));
  if (!image) throw new Error(`no image ${source}`);
  addImage(engine.state.images, image, parseImageReference(target));
}

/** Removes every tag of an image and the image, as `docker rmi` of its last tag does. */
function removeImage(engine: Engine, name: string): void {
  const image = engine.findImage(name, parseImageReference(name));
  if (!image) return;
  for (const key of image.tags) delete engine.state.images.tags[key];
  delete engine.state.images.images[image.id];
  for (const l of image.layers) delete engine.state.images.layers[l.digest];
}

function curl(engine: Engine, port: number, path: string) {
  return answerHostHttp(engine, "localhost", port, path);
}

describe("a registry:2 container as a private registry", () => {
  it("stores pushes in its own storage, serves them back, and refuses connections once stopped", () => {
    const engine = createEngine();
    docker(engine, "pull -q alpine");
    tag(engine, "alpine", "localhost:5000/hello");
    expect(docker(engine, "push localhost:5000/hello").stderr).toBe('Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n');
    expect(curl(engine, 5000, "/v2/_catalog")).toBe("refused");

    expect(docker(engine, "run -d -p 5000:5000 --name registry registry:2").exitCode).toBe(0);
    const pushed = docker(engine, "push localhost:5000/hello");
    expect(pushed.exitCode).toBe(0);
    expect(pushed.stdout).toMatch(/: Pushed\nlatest: digest: sha256:[0-9a-f]{64} size: 52[0-9]\n$/);
    expect(engine.state.registries.repositories).toEqual({});
    expect(curl(engine, 5000, "/v2/_catalog")).toMatchObject({ status: 200, body: '{"repositories":["hello"]}\n' });
    expect(curl(engine, 5000, "/v2/hello/tags/list")).toMatchObject({ status: 200, body: '{"name":"hello","tags":["latest"]}\n' });

    removeImage(engine, "localhost:5000/hello");
    removeImage(engine, "alpine");
    const pulled = docker(engine, "pull localhost:5000/hello");
    expect(pulled.stdout).toMatch(/^Using default tag: latest\nlatest: Pulling from hello\nf18232174bc9: Pull complete\nDigest: sha256:[0-9a-f]{64}\n/);
    expect(pulled.stdout).toContain("Status: Downloaded newer image for localhost:5000/hello:latest\nlocalhost:5000/hello:latest\n");

    const registry = engine.getContainer("registry");
    if (registry.ok) dispatchExit(registry.value, 2, engine.clock.now());
    expect(docker(engine, "push localhost:5000/hello").stderr).toBe('Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n');
    expect(docker(engine, "pull localhost:5000/hello:v2").stderr).toBe(
      'Error response from daemon: Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n',
    );
    expect(docker(engine, "login localhost:5000 -u a -p b").stderr).toContain(
      'Error response from daemon: Get "http://localhost:5000/v2/": dial tcp [::1]:5000: connect: connection refused\n',
    );
    expect(curl(engine, 5000, "/v2/_catalog")).toBe("refused");
  });

  it("loses its data with the container unless a named volume holds /var/lib/registry", () => {
    const engine = createEngine();
    docker(engine, "pull -q alpine");
    tag(engine, "alpine", "localhost:5000/hello");
    docker(engine, "run -d -p 5000:5000 --name registry registry:2");
    docker(engine, "push localhost:5000/hello");
    const first = engine.getContainer("registry");
    expect(first.ok && first.value.mounts?.[0]).toMatchObject({ Type: "volume", Destination: "/var/lib/registry", Mode: "", RW: true });
    // docker rm -f registry, then a fresh registry: a new anonymous volume, empty.
    if (first.ok) delete engine.state.runtime.containers[first.value.id];
    docker(engine, "run -d -p 5000:5000 --name registry registry:2");
    expect(curl(engine, 5000, "/v2/_catalog")).toMatchObject({ status: 200, body: '{"repositories":[]}\n' });

    const again = engine.getContainer("registry");
    if (again.ok) delete engine.state.runtime.containers[again.value.id];
    expect(docker(engine, "run -d -p 5000:5000 -v regdata:/var/lib/registry --name registry registry:2").exitCode).toBe(0);
    expect(engine.state.volumes.regdata).toMatchObject({ Name: "regdata", Driver: "local", Mountpoint: "/var/lib/docker/volumes/regdata/_data", Labels: {} });
    docker(engine, "push localhost:5000/hello");
    const third = engine.getContainer("registry");
    if (third.ok) delete engine.state.runtime.containers[third.value.id];
    docker(engine, "run -d -p 5001:5000 -v regdata:/var/lib/registry --name registry2 registry:2");
    expect(curl(engine, 5001, "/v2/_catalog")).toMatchObject({ status: 200, body: '{"repositories":["hello"]}\n' });
    const layerLine = docker(engine, "push localhost:5001/hello");
    expect(layerLine.stderr).toBe("An image does not exist locally with the tag: localhost:5001/hello\n");
    tag(engine, "alpine", "localhost:5001/hello");
    expect(docker(engine, "push localhost:5001/hello").stdout).toContain(": Layer already exists\n");
  });

  it("keeps a bind-mounted directory's registry data across containers that bind it", () => {
    const engine = createEngine();
    docker(engine, "pull -q alpine");
    tag(engine, "alpine", "localhost:5000/hello");
    docker(engine, "run -d -p 5000:5000 -v /srv/registry:/var/lib/registry --name one registry:2");
    docker(engine, "push localhost:5000/hello");
    const one = engine.getContainer("one");
    if (one.ok) delete engine.state.runtime.containers[one.value.id];
    docker(engine, "run -d -p 5000:5000 -v /srv/registry:/var/lib/registry --name two registry:2");
    expect(curl(engine, 5000, "/v2/_catalog")).toMatchObject({ status: 200, body: '{"repositories":["hello"]}\n' });
  });

  it("answers 127.0.0.1, refuses unknown hosts by DNS and tries https for 0.0.0.0", () => {
    const engine = createEngine();
    const state = { ...engine.state, volumes: engine.state.volumes };
    expect(openRegistry(state, "127.0.0.1:5000", 0)).toEqual({ ok: false, message: 'Get "http://127.0.0.1:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused' });
    expect(openRegistry(state, "registry.example.com:5000", 0)).toEqual({
      ok: false,
      message: 'Get "https://registry.example.com:5000/v2/": dial tcp: lookup registry.example.com: no such host',
    });
    expect(openRegistry(state, "ghcr.io", 0)).toMatchObject({ ok: true, kind: "public" });
    docker(engine, "run -d -p 5000:5000 registry:2");
    expect(openRegistry(state, "0.0.0.0:5000", 0)).toEqual({ ok: false, message: 'Get "https://0.0.0.0:5000/v2/": http: server gave HTTP response to HTTPS client' });
    expect(openRegistry(state, "127.0.0.1:5000", 0)).toMatchObject({ ok: true, kind: "local" });
    expect(answerHostHttp(engine, "example.com", 80, "/")).toBe("unresolved");
  });
});

describe("Docker Hub pushes and logins", () => {
  it("records logins per host and stores pushes under the canonical repository", () => {
    const engine = createEngine();
    docker(engine, "pull -q alpine");
    tag(engine, "alpine", "myuser/hello:1.0");
    expect(docker(engine, "push myuser/hello:1.0").stderr).toBe("denied: requested access to the resource is denied\n");
    expect(docker(engine, "login -u myuser -p pw").stdout).toBe("Login Succeeded\n");
    expect(engine.state.registries.logins["docker.io"]).toMatchObject({ username: "myuser", serverAddress: "https://index.docker.io/v1/" });
    const pushed = docker(engine, "push myuser/hello:1.0");
    expect(pushed.stdout).toMatch(/^The push refers to repository \[docker\.io\/myuser\/hello\]\n[0-9a-f]{12}: Preparing\n[0-9a-f]{12}: Mounted from library\/alpine\n1\.0: digest: sha256:[0-9a-f]{64} size: 52[0-9]\n$/);
    expect(Object.keys(engine.state.registries.repositories)).toEqual(["docker.io/myuser/hello"]);
    expect(Object.keys(engine.state.registries.repositories["docker.io/myuser/hello"] ?? {})).toEqual(["1.0"]);
    const image = engine.findImage("myuser/hello:1.0", parseImageReference("myuser/hello:1.0"));
    expect(image?.repoDigests.some((d) => d.startsWith("myuser/hello@sha256:"))).toBe(true);

    // `docker logout docker.io` erases docker.io-keyed credentials, not Docker Hub's (docker/cli logout.go).
    docker(engine, "logout docker.io");
    expect(engine.state.registries.logins["docker.io"]).toBeDefined();
    docker(engine, "logout");
    expect(engine.state.registries.logins).toEqual({});
    expect(docker(engine, "push myuser/hello:1.0").stderr).toBe("denied: requested access to the resource is denied\n");
  });

  it("refuses an anonymous push to other public registries as distribution does", () => {
    const engine = createEngine();
    docker(engine, "pull -q alpine");
    tag(engine, "alpine", "ghcr.io/myuser/hello");
    expect(docker(engine, "push ghcr.io/myuser/hello").stderr).toBe("unauthorized: authentication required\n");
    docker(engine, "login ghcr.io -u myuser -p token");
    expect(docker(engine, "push ghcr.io/myuser/hello").exitCode).toBe(0);
    removeImage(engine, "ghcr.io/myuser/hello");
    expect(docker(engine, "pull ghcr.io/myuser/hello").stdout).toContain("Status: Downloaded newer image for ghcr.io/myuser/hello:latest\n");
  });
});
