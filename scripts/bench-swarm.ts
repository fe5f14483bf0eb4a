/**
 * The Swarm figure for `npm run bench` (the lead wires it into bench.ts):
 * `docker service create --replicas 100` until it converged (the CLI's
 * progress wait: 100 tasks through their states to Running, each a real
 * engine container), timed as a whole host-shell line through the world,
 * with nginx already local and a `docker service rm` between runs (not
 * timed). Target: ≤ 100 ms median (issue 8).
 */
import { performance } from "node:perf_hooks";
import { createWorld, type World } from "../simulator/index";

function createSwarmBenchWorld(): World {
  const world = createWorld({});
  for (const line of ["docker pull nginx", "docker pull alpine", "docker swarm init"]) {
    const result = world.run(line);
    if (result.exitCode !== 0) throw new Error(`bench setup failed: ${line}: ${result.stderr}`);
  }
  return world;
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/**
 * Times a converged `docker service create --replicas 100`; returns the
 * median and p99 in ms as bench lines. The image's own start dominates:
 * nginx runs its docker-entrypoint.sh in the simulated shell per task, so
 * both nginx and `alpine sleep 1d` (the task machinery alone) are reported.
 */
export function measureServiceCreate(runs = 20, warmup = 5): { name: string; value: number; unit: string }[] {
  return [...measureImage("nginx", "nginx", runs, warmup), ...measureImage("alpine", "alpine sleep 1d", runs, warmup)];
}

function measureImage(label: string, image: string, runs: number, warmup: number): { name: string; value: number; unit: string }[] {
  const world = createSwarmBenchWorld();
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const start = performance.now();
    const created = world.run(`docker service create --replicas 100 --name web ${image}`);
    const elapsed = performance.now() - start;
    if (created.exitCode !== 0 || !created.stdout.includes("converged")) throw new Error(`docker service create failed: ${created.stderr}${created.stdout}`);
    if (i >= warmup) times.push(elapsed);
    const removed = world.run("docker service rm web");
    if (removed.exitCode !== 0) throw new Error(`docker service rm failed: ${removed.stderr}`);
  }
  times.sort((a, b) => a - b);
  return [
    { name: `engine.service-create-100-replicas-${label}.median`, value: Number(quantile(times, 0.5).toFixed(4)), unit: "ms" },
    { name: `engine.service-create-100-replicas-${label}.p99`, value: Number(quantile(times, 0.99).toFixed(4)), unit: "ms" },
  ];
}

if (process.argv[1]?.endsWith("bench-swarm.ts")) {
  for (const line of measureServiceCreate()) console.log(JSON.stringify(line));
}
