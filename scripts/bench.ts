/**
 * `npm run bench`: one JSON line per figure, {"name","value","unit"}.
 *
 * Engine figures time whole host-shell lines through the world (parse,
 * docker front, engine), in Node, after a warm-up. The first-load figure is
 * the gzip size of the JavaScript the lesson page's HTML loads, read from the
 * production build (built first if stale).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { createMemoryFs, createWorld, lintDockerfile, parseDockerfile, type World } from "../simulator/index";
import { measureComposeUp } from "./bench-compose";
import { measureKubernetes } from "./bench-k8s";
import { measureServiceCreate } from "./bench-swarm";
import { measureFirstLoadJs } from "./measure-first-load";

const RUNS = 1000;
const WARMUP = 1000;

function emit(name: string, value: number, unit: string): void {
  process.stdout.write(JSON.stringify({ name, value: Number(value.toFixed(4)), unit }) + "\n");
}

function quantile(sorted: number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/** A world with both images pulled, one exited and one running container. */
function createBenchWorld(): World {
  const world = createWorld();
  for (const line of ["docker pull alpine", "docker run hello-world", "docker run -d --name sleeper alpine sleep 1000"]) {
    const result = world.run(line);
    if (result.exitCode !== 0) throw new Error(`bench setup failed: ${line}: ${result.stderr}`);
  }
  return world;
}

function benchLine(label: string, line: string): void {
  const world = createBenchWorld();
  for (let i = 0; i < WARMUP; i++) world.run(line);
  const bench = createBenchWorld();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = bench.run(line);
    times.push(performance.now() - start);
    if (result.exitCode !== 0) throw new Error(`${line} failed: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  emit(`engine.${label}.median`, quantile(times, 0.5), "ms");
  emit(`engine.${label}.p99`, quantile(times, 0.99), "ms");
}

/** `docker ps -a` over 1,000 containers (half running, half exited), the table figure. */
function benchPsThousand(): void {
  const world = createBenchWorld();
  for (let i = 0; i < 500; i++) {
    world.run(`docker run -d --name up${i} alpine sleep 100000`);
    world.run(`docker run --name done${i} alpine true`);
  }
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const start = performance.now();
    const result = world.run("docker ps -a");
    times.push(performance.now() - start);
    if (result.stdout.split("\n").length < 1000) throw new Error("docker ps -a did not list the 1,000 containers");
  }
  times.sort((a, b) => a - b);
  emit("engine.docker_ps_a_1000_containers.median", quantile(times, 0.5), "ms");
}

/** The course's Flask app, built once: then `docker run -d -p` of it, each in a fresh port. */
function benchRunFlask(): void {
  const workspace = createMemoryFs({
    "/app.py": 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hello World!"\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n',
    "/requirements.txt": "flask\n",
    "/Dockerfile": 'FROM python:3.8\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD [ "python", "app.py" ]\n',
  });
  const world = createWorld({ workspace });
  if (world.run("docker build -q -t python-helloworld .").exitCode !== 0) throw new Error("bench: the Flask app did not build");
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const start = performance.now();
    const result = world.run(`docker run -d -p ${10000 + i}:5000 python-helloworld`);
    times.push(performance.now() - start);
    if (result.exitCode !== 0) throw new Error(`bench: docker run of the Flask app failed: ${result.stderr}`);
  }
  const answer = world.run("curl -s localhost:10000");
  if (answer.stdout !== "Hello World!") throw new Error(`bench: the Flask app did not answer: ${answer.stdout}${answer.stderr}`);
  times.sort((a, b) => a - b);
  emit("engine.docker_run_detached_flask.median", quantile(times.slice(50), 0.5), "ms");
}

/** A realistic 300-line Dockerfile: multi-stage blocks of the instructions learners write, repeated. */
export function createBenchDockerfile(lines = 300): string {
  const block = [
    "# syntax=docker/dockerfile:1",
    "ARG PYTHON_VERSION=3.12",
    "FROM python:${PYTHON_VERSION}-slim AS build",
    "LABEL org.opencontainers.image.title=\"demo\" maintainer=\"team@example.com\"",
    "ENV PIP_NO_CACHE_DIR=1 \\",
    "    PYTHONDONTWRITEBYTECODE=1",
    "WORKDIR /app",
    "RUN apt-get update \\",
    "    && apt-get install -y --no-install-recommends build-essential=12.9 curl=7.88.1-10 \\",
    "    && rm -rf /var/lib/apt/lists/*",
    "COPY requirements.txt .",
    "RUN --mount=type=cache,target=/root/.cache pip install --no-cache-dir -r requirements.txt",
    "COPY . .",
    "RUN python -m compileall -q . && useradd --create-home app",
    "FROM python:3.12-slim",
    "COPY --from=build --chown=app:app /app /app",
    "USER app",
    "EXPOSE 8000",
    'HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost:8000/health"]',
    'ENTRYPOINT ["python"]',
    'CMD ["app.py"]',
  ];
  const out: string[] = [];
  while (out.length < lines) out.push(...block.slice(out.length === 0 ? 0 : 1));
  return out.slice(0, lines).join("\n") + "\n";
}

function benchDockerfile(name: string, text: string): void {
  for (let i = 0; i < WARMUP; i++) lintDockerfile(parseDockerfile(text));
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    lintDockerfile(parseDockerfile(text));
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  emit(`dockerfile.parse_lint_${name}.median`, quantile(times, 0.5), "ms");
}

/** The course's Python hello-world: FROM python:3.8, COPY, WORKDIR, RUN pip install -r, CMD. */
const COURSE_DOCKERFILE = 'FROM python:3.8\nLABEL maintainer="Katie Gamanji"\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD [ "python", "app.py" ]\n';
const COURSE_APP = 'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hello World!"\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0")\n';

/** A world whose workspace holds the course's python-app. */
function createCourseWorld(): World {
  const world = createWorld();
  world.workspace.mkdir("/python-app", { recursive: true });
  world.workspace.writeFile("/python-app/Dockerfile", COURSE_DOCKERFILE);
  world.workspace.writeFile("/python-app/requirements.txt", "flask\n");
  world.workspace.writeFile("/python-app/app.py", COURSE_APP);
  return world;
}

const BUILD = "docker build -t python-helloworld python-app";

/** Cold build (a fresh engine: no build cache, base not yet fetched), fully cached rebuild, and the heap 100 images on one base add. */
export function benchBuilds(): void {
  const runs = 200;
  for (let i = 0; i < 20; i++) createCourseWorld().run(BUILD);
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) {
    const world = createCourseWorld();
    let start = performance.now();
    const first = world.run(BUILD);
    cold.push(performance.now() - start);
    if (first.exitCode !== 0) throw new Error(`build failed: ${first.stderr}`);
    start = performance.now();
    const again = world.run(BUILD);
    cached.push(performance.now() - start);
    if (!again.stderr.includes("CACHED")) throw new Error("rebuild was not cached");
  }
  cold.sort((a, b) => a - b);
  cached.sort((a, b) => a - b);
  emit("build.python_course_cold.median", quantile(cold, 0.5), "ms");
  emit("build.python_course_cached.median", quantile(cached, 0.5), "ms");

  const gc = (globalThis as { gc?: () => void }).gc;
  const world = createCourseWorld();
  world.run(BUILD);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 100; i++) {
    world.workspace.writeFile("/python-app/app.py", `${COURSE_APP}# build ${i}\n`);
    const r = world.run(`docker build -t app-${i} python-app`);
    if (r.exitCode !== 0) throw new Error(`build ${i} failed`);
  }
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (Object.keys(world.engine.state.images.images).length < 100) throw new Error("expected 100 images");
  emit(`build.memory_100_images_one_base${gc ? "" : "_no_gc"}`, (after - before) / 1024 / 1024, "MB");
}

/** The official php:8.3 bookworm-apache Dockerfile (295 lines), read in place from the shared corpus. */
const REAL_300_LINE_DOCKERFILE = path.resolve(__dirname, "../../shared/corpus/dockerfiles-real/php__8.3__bookworm-apache.Dockerfile");

async function main(): Promise<void> {
  benchLine("docker_ps", "docker ps");
  benchLine("docker_run_detached", "docker run -d alpine sleep 1000");
  benchLine("docker_images", "docker images");
  // A real 300-line file (long RUN scripts, as official images have) and a dense worst case
  // (about 280 short instructions in 14 stages, which no real Dockerfile has).
  if (fs.existsSync(REAL_300_LINE_DOCKERFILE)) benchDockerfile("300_lines_real", fs.readFileSync(REAL_300_LINE_DOCKERFILE, "utf8"));
  benchDockerfile("300_lines_dense", createBenchDockerfile());
  benchBuilds();
  benchPsThousand();
  benchRunFlask();
  for (const figure of measureComposeUp(60, 20)) emit(figure.name, figure.value, figure.unit);
  for (const figure of measureKubernetes()) emit(figure.name, figure.value, figure.unit);
  for (const figure of measureServiceCreate()) emit(figure.name, figure.value, figure.unit);

  const root = path.resolve(__dirname, "..");
  const build = spawnSync(process.execPath, [path.join(root, "scripts", "ensure-build.mjs")], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (build.status !== 0) {
    process.stderr.write("bench: the site did not build; no first-load figures\n");
    process.exitCode = 1;
    return;
  }
  for (const [name, route] of [["home", "/"], ["lesson", "/lessons/first-container"]] as const) {
    const size = await measureFirstLoadJs(route);
    emit(`site.${name}.first_load_js_gzip`, size.gzipBytes / 1024, "KB");
  }
  // Terminal ready, Monaco ready and keystroke figures, with Playwright and Debian's Chromium against the static export.
  const measured = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "measure-workspace.ts"), "--runs", "3"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (measured.status !== 0) process.stderr.write("bench: the workspace figures could not be measured\n");
}

if (process.argv[1]?.endsWith("bench.ts")) void main();
