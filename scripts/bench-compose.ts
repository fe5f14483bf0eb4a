/**
 * The Compose figure for `npm run bench` (the lead wires it into bench.ts):
 * `docker compose up -d` of a 10-service file, timed as a whole host-shell
 * line through the world (loader, compose front, engine), with the images
 * already local and a `docker compose down` between runs (not timed).
 * Target: ≤ 20 ms median (issue 8).
 */
import { performance } from "node:perf_hooks";
import { createWorld, createMemoryFs, type World } from "../simulator/index";

/** Ten services: web tiers on nginx, workers on alpine, redis, postgres, a healthcheck and depends_on chains. */
export const BENCH_COMPOSE_FILE = `services:
${[1, 2, 3, 4].map((n) => `  web${n}:\n    image: nginx\n    ports: ["${8000 + n}:80"]\n    depends_on: [api]\n    environment: {TIER: web, N: "${n}"}\n`).join("")}  api:
    image: nginx
    depends_on:
      db: {condition: service_started}
      cache: {condition: service_healthy}
    volumes: [static:/srv/static]
${[1, 2, 3].map((n) => `  worker${n}:\n    image: alpine\n    command: sleep 100000\n    depends_on: [cache]\n`).join("")}  cache:
    image: redis
    healthcheck: {test: [CMD, redis-cli, ping], interval: 1s}
  db:
    image: postgres:16
    environment: {POSTGRES_PASSWORD: secret}
    volumes: [dbdata:/var/lib/postgresql/data]
volumes:
  static:
  dbdata:
`;

function createComposeBenchWorld(): World {
  const workspace = createMemoryFs();
  workspace.writeFile("/compose.yaml", BENCH_COMPOSE_FILE);
  const world = createWorld({ workspace });
  for (const line of ["docker pull nginx", "docker pull alpine", "docker pull redis", "docker pull postgres:16"]) {
    const result = world.run(line);
    if (result.exitCode !== 0) throw new Error(`bench setup failed: ${line}: ${result.stderr}`);
  }
  return world;
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** Times `docker compose up -d` of the 10-service file; returns the median and p99 in ms as bench lines. */
export function measureComposeUp(runs = 200, warmup = 50): { name: string; value: number; unit: string }[] {
  const world = createComposeBenchWorld();
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const up = world.run("docker compose up -d");
    const elapsed = performance.now() - start;
    if (up.exitCode !== 0) throw new Error(`docker compose up -d failed: ${up.stderr}`);
    if (i >= warmup) times.push(elapsed);
    const down = world.run("docker compose down -v");
    if (down.exitCode !== 0) throw new Error(`docker compose down failed: ${down.stderr}`);
  }
  times.sort((a, b) => a - b);
  return [
    { name: "engine.compose-up-10-services.median", value: Number(quantile(times, 0.5).toFixed(4)), unit: "ms" },
    { name: "engine.compose-up-10-services.p99", value: Number(quantile(times, 0.99).toFixed(4)), unit: "ms" },
  ];
}
