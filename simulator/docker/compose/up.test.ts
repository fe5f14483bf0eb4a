import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import { MemoryFs } from "../../vfs/memory-fs";
import { runDocker } from "../root";

function setup(file: string, tty = false) {
  const clock = new VirtualClock();
  const engine = new Engine(createEngineState(), clock, new SeededIds(3));
  const fs = new MemoryFs(() => clock.now());
  fs.mkdir("/home/me/shop", { recursive: true });
  fs.writeFile("/home/me/shop/compose.yaml", file);
  engine.hostFs = fs;
  const run = (line: string) => {
    const out = new Output();
    const status = runDocker(line.split(" "), engine, out, { fs, cwd: "/home/me/shop", env: {}, tty, columns: 60 });
    return out.result(status);
  };
  const names = () => Object.values(engine.state.runtime.containers).map((c) => c.name).sort();
  return { engine, fs, run, names };
}

const FILE = "services:\n  web:\n    image: nginx\n    environment: [MODE=a]\n  cache:\n    image: redis\n";

describe("docker compose up", () => {
  it("scales up and down by replica number, highest first", () => {
    const w = setup(FILE);
    expect(w.run("compose up -d --scale web=3").exitCode).toBe(0);
    expect(w.names()).toEqual(["shop-cache-1", "shop-web-1", "shop-web-2", "shop-web-3"]);
    const down = w.run("compose up -d --scale web=1");
    expect(down.stderr).toContain(" Container shop-web-3  Stopping\n Container shop-web-3  Stopped\n Container shop-web-3  Removing\n Container shop-web-3  Removed\n Container shop-web-2  Stopping");
    expect(w.names()).toEqual(["shop-cache-1", "shop-web-1"]);
  });

  it("recreates a service whose configuration changed, and only that one", () => {
    const w = setup(FILE);
    w.run("compose up -d");
    const before = w.engine.state.runtime.containers;
    const cacheId = Object.values(before).find((c) => c.name === "shop-cache-1")?.id;
    w.fs.writeFile("/home/me/shop/compose.yaml", FILE.replace("MODE=a", "MODE=b"));
    const again = w.run("compose up -d");
    expect(again.stderr).toBe(" Container shop-cache-1  Running\n Container shop-web-1  Recreate\n Container shop-web-1  Recreated\n Container shop-web-1  Starting\n Container shop-web-1  Started\n");
    const web = Object.values(w.engine.state.runtime.containers).find((c) => c.name === "shop-web-1");
    expect(web?.config.Env).toContain("MODE=b");
    expect(Object.values(w.engine.state.runtime.containers).find((c) => c.name === "shop-cache-1")?.id).toBe(cacheId);
    expect(w.run("compose up -d --no-recreate --force-recreate")).toMatchObject({ exitCode: 1, stderr: "--force-recreate and --no-recreate are incompatible\n" });
    expect(w.run("compose up -d --force-recreate cache").stderr).toContain(" Container shop-cache-1  Recreate\n");
  });

  it("prints the TTY view's final frame, padded to the longest ID with the time at the right edge", () => {
    const w = setup(FILE, true);
    w.run("pull nginx");
    w.run("pull redis");
    const up = w.run("compose up -d");
    expect(up.stderr).toBe(
      "[+] Running 3/3\n" +
        " ✔ Network shop_default    Created                     0.0s \n" +
        " ✔ Container shop-cache-1  Started                     0.0s \n" +
        " ✔ Container shop-web-1    Started                     0.0s \n",
    );
  });

  it("waits for a healthy dependency and refuses one without a healthcheck", () => {
    const w = setup("services:\n  web:\n    image: nginx\n    depends_on:\n      cache: {condition: service_healthy}\n  cache:\n    image: redis\n");
    const up = w.run("compose up -d");
    expect(up.exitCode).toBe(1);
    expect(up.stderr).toContain("dependency failed to start: container shop-cache-1 has no healthcheck configured\n");
  });

  it("attaches to the logs without -d", () => {
    const w = setup("services:\n  hello:\n    image: hello-world\n");
    const up = w.run("compose up");
    expect(up.exitCode).toBe(0);
    expect(up.stdout).toMatch(/^Attaching to hello-1\nhello-1  \| \nhello-1  \| Hello from Docker!\n[\s\S]*hello-1 exited with code 0\n$/);
  });
});

describe("secrets and configs from files", () => {
  it("are mounted read-only at /run/secrets/<name> and at their target", () => {
    const w = setup(
      "services:\n  app:\n    image: alpine\n    command: cat /run/secrets/db-password /etc/app.conf\n    secrets: [db-password]\n    configs:\n      - source: conf\n        target: /etc/app.conf\n" +
        "secrets:\n  db-password:\n    file: ./pw.txt\nconfigs:\n  conf:\n    file: ./app.conf\n",
    );
    w.fs.writeFile("/home/me/shop/pw.txt", "s3cret\n");
    w.fs.writeFile("/home/me/shop/app.conf", "level=debug\n");
    const run = w.run("compose run --rm app");
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe("s3cret\nlevel=debug\n");
  });
});

describe("docker compose down", () => {
  it("--rmi all removes every service's image; without files, -p finds the project by its labels", () => {
    const w = setup(FILE);
    w.run("compose up -d");
    const other = w.run("compose -p nothing down");
    expect(other).toMatchObject({ exitCode: 0, stderr: 'Warning: No resource found to remove for project "nothing".\n' });
    const down = w.run("compose down --rmi all");
    expect(down.stderr).toContain(" Image nginx  Removing\n Image nginx  Removed\n Image redis  Removing\n Image redis  Removed\n");
    expect(w.engine.listImages()).toHaveLength(0);
    expect(w.run("compose down --rmi some")).toMatchObject({ exitCode: 1, stderr: "invalid value for --rmi: some\n" });
  });
});

describe("service_healthy through the engine's health checks", () => {
  it("waits probe by probe for healthy, and fails on unhealthy", () => {
    const file = (test: string) =>
      `services:\n  web:\n    image: nginx\n    depends_on:\n      cache: {condition: service_healthy}\n  cache:\n    image: redis\n    healthcheck:\n      test: ${test}\n      interval: 2s\n      retries: 2\n`;
    const ok = setup(file("[CMD, redis-cli, ping]"));
    const up = ok.run("compose up -d");
    expect(up.exitCode).toBe(0);
    expect(up.stderr).toContain(" Container shop-cache-1  Waiting\n Container shop-cache-1  Healthy\n Container shop-web-1  Starting\n");
    expect(ok.run("compose ps").stdout).toMatch(/shop-cache-1 .* Up \d+ seconds \(healthy\)/);
    const bad = setup(file("[CMD, redis-cli, -p, '1', ping]"));
    const failed = bad.run("compose up -d");
    expect(failed).toMatchObject({ exitCode: 1 });
    expect(failed.stderr).toContain("dependency failed to start: container shop-cache-1 is unhealthy\n");
    expect(bad.run("compose up -d --wait cache").stderr).toContain("container shop-cache-1 is unhealthy\n");
  });
});
