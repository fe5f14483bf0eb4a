import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import { parseImageReference } from "../../image/reference";
import { addImage } from "../../image/store";
import { MemoryFs } from "../../vfs/memory-fs";
import type { DockerHost } from "../command";
import { runDocker } from "../root";
import { formatPushProgress } from "./push-progress";

function createEngine(): Engine {
  return new Engine(createEngineState(), new VirtualClock(Date.parse("2025-03-01T09:00:00Z")), new SeededIds(3));
}

function docker(engine: Engine, argv: string[], host: Partial<DockerHost> = {}): { stdout: string; stderr: string; exitCode: number } {
  const out = new Output();
  const code = runDocker(argv, engine, out, { fs: new MemoryFs(() => 0), cwd: "/", env: { HOME: "/home/learner" }, tty: false, ...host });
  return out.result(code);
}

describe("the push progress stream as the CLI draws it", () => {
  const messages = [
    { status: "The push refers to repository [docker.io/myuser/app]" },
    { id: "aaaaaaaaaaaa", status: "Preparing" },
    { id: "bbbbbbbbbbbb", status: "Preparing" },
    { id: "bbbbbbbbbbbb", status: "Waiting" },
    { id: "aaaaaaaaaaaa", status: "Pushed" },
    { id: "bbbbbbbbbbbb", status: "Layer already exists" },
    { status: "latest: digest: sha256:abc size: 739" },
  ];

  it("prints every status on its own line when stdout is not a terminal", () => {
    expect(formatPushProgress(messages, false)).toBe(
      "The push refers to repository [docker.io/myuser/app]\naaaaaaaaaaaa: Preparing\nbbbbbbbbbbbb: Preparing\nbbbbbbbbbbbb: Waiting\n" +
        "aaaaaaaaaaaa: Pushed\nbbbbbbbbbbbb: Layer already exists\nlatest: digest: sha256:abc size: 739\n",
    );
  });

  it("leaves each layer's last status on a terminal, lines rewritten in place", () => {
    expect(formatPushProgress(messages, true)).toBe(
      "The push refers to repository [docker.io/myuser/app]\naaaaaaaaaaaa: Pushed \nbbbbbbbbbbbb: Layer already exists \nlatest: digest: sha256:abc size: 739\n",
    );
  });

  it("starts a new block of lines after a message without an ID (push -a)", () => {
    const twice = [...messages, { id: "aaaaaaaaaaaa", status: "Layer already exists" }, { status: "v1: digest: sha256:abc size: 739" }];
    expect(formatPushProgress(twice, true).split("\n").filter((l) => l.startsWith("aaaaaaaaaaaa"))).toEqual(["aaaaaaaaaaaa: Pushed ", "aaaaaaaaaaaa: Layer already exists "]);
  });
});

describe("docker login", () => {
  it("reads the password from stdin without its trailing newline", () => {
    const engine = createEngine();
    expect(docker(engine, ["login", "-u", "me", "--password-stdin"], { stdin: "s3cret\r\n" }).stdout).toBe("Login Succeeded\n");
    expect(docker(engine, ["login", "-u", "me", "-p", "s3cret"]).stderr).toBe("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n");
    expect(docker(engine, ["login", "-u", "me", "--password-stdin"], { stdin: "\n" }).stderr).toBe(
      "Error: Cannot perform an interactive login from a non TTY device\n",
    );
  });

  it("warns once about unencrypted storage, naming DOCKER_CONFIG when set", () => {
    const engine = createEngine();
    const first = docker(engine, ["login", "-u", "me", "-p", "a"], { env: { DOCKER_CONFIG: "/cfg" } });
    expect(first.stderr).toContain("\nWARNING! Your credentials are stored unencrypted in '/cfg/config.json'.\n");
    expect(docker(engine, ["login", "-u", "me", "-p", "b"]).stderr).toContain("'/home/learner/.docker/config.json'");
    expect(docker(engine, ["login", "-u", "me", "-p", "b"]).stderr).not.toContain("unencrypted");
  });

  it("says so instead of prompting on a terminal", () => {
    const result = docker(createEngine(), ["login"], { tty: true });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^Dockyard: interactive login prompts are not simulated yet/);
  });
});

describe("registry verbs never throw", () => {
  const word = fc.oneof(
    fc.constantFrom("-u", "-p", "--password-stdin", "-a", "-q", "--all-tags", "--quiet", "--platform", "linux/amd64", "--disable-content-trust"),
    fc.constantFrom("docker.io", "localhost:5000", "127.0.0.1:5000", "ghcr.io", "quay.io", "example.com", "https://index.docker.io/v1/", "http://localhost:5000/x"),
    fc.constantFrom("myuser/app", "myuser/app:v1", "alpine", "localhost:5000/app", "app@sha256:" + "0".repeat(64), "UPPER/case", ""),
    fc.string({ maxLength: 12 }),
  );

  it("for random argument lists to login, logout and push", () => {
    const engine = createEngine();
    docker(engine, ["pull", "-q", "alpine"]);
    const alpine = engine.findImage("alpine", parseImageReference("alpine"));
    if (alpine) for (const name of ["myuser/app", "myuser/app:v1", "localhost:5000/app"]) addImage(engine.state.images, alpine, parseImageReference(name));
    docker(engine, ["run", "-d", "-p", "5000:5000", "registry:2"]);
    fc.assert(
      fc.property(fc.constantFrom("login", "logout", "push", "image"), fc.array(word, { maxLength: 6 }), fc.string({ maxLength: 8 }), fc.boolean(), (verb, args, stdin, tty) => {
        const argv = verb === "image" ? ["image", "push", ...args] : [verb, ...args];
        const result = docker(engine, argv, { stdin, tty });
        expect([0, 1, 125]).toContain(result.exitCode);
      }),
      { numRuns: 1500 },
    );
  });
});
