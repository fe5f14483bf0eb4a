/**
 * The Kubernetes figures for `npm run bench` (the lead wires them into
 * bench.ts), issue 7:
 * - `kubectl create deployment big --image=nginx --replicas=1000`, then
 *   `kubectl set image` to nginx:1.25 and `kubectl rollout status`, each run
 *   to completion (rollout status lets virtual time pass), timed as host-shell
 *   lines through the world. Target ≤ 1 s wall.
 * - `kubectl get pods` with those 1,000 pods, median of several runs. Target ≤ 30 ms.
 */
import { performance } from "node:perf_hooks";
import { createWorld, type World } from "../simulator/index";

/** One bench figure as `npm run bench` prints it. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

function runOk(world: World, line: string): void {
  const result = world.run(line);
  if (result.exitCode !== 0) throw new Error(`bench step failed: ${line}: ${result.stderr}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Measures the two kubectl figures on a fresh world (images pulled first, not timed). */
export function measureKubernetes(): BenchFigure[] {
  const world = createWorld();
  runOk(world, "docker pull nginx");
  runOk(world, "docker pull nginx:1.25");
  runOk(world, "kubectl get nodes");
  const start = performance.now();
  runOk(world, "kubectl create deployment big --image=nginx --replicas=1000");
  // rollout status runs until it ends either way (rolled out, or past the progress deadline): both are "to completion".
  world.run("kubectl rollout status deployment/big");
  runOk(world, "kubectl set image deployment/big nginx=nginx:1.25");
  world.run("kubectl rollout status deployment/big");
  const rollout = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    runOk(world, "kubectl get pods");
    times.push(performance.now() - t);
  }
  return [
    { name: "k8s.create_deployment_1000_then_rolling_update.wall", value: Math.round(rollout), unit: "ms" },
    { name: "k8s.get_pods_1000.median", value: Math.round(median(times) * 10) / 10, unit: "ms" },
  ];
}

if (process.argv[1]?.endsWith("bench-k8s.ts")) {
  for (const figure of measureKubernetes()) console.log(JSON.stringify(figure));
}
