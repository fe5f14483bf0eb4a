import { describe, expect, it } from "vitest";
import { createWorld, type World } from "@/simulator";
import { MemoryFs } from "@/simulator/vfs/memory-fs";

/**
 * The course's Compose flow, typed as a learner types it: a web service
 * built from a Dockerfile (ports 4000:8080, a named volume, environment,
 * depends_on) and postgres with POSTGRES_USER/POSTGRES_PASSWORD; up -d,
 * ps, logs, exec, up --scale, down -v. Checks the engine's state, not the
 * applications' output (their process models live elsewhere).
 */
const COMPOSE = `services:
  web:
    build: .
    ports:
      - "4000:8080"
    volumes:
      - uploads:/app/uploads
    environment:
      DATABASE_URL: postgres://learner:secret@db:5432/app
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: learner
      POSTGRES_PASSWORD: secret
volumes:
  uploads:
`;

function createCourseWorld(): World {
  const workspace = new MemoryFs(() => Date.UTC(2025, 2, 1, 9));
  workspace.writeFile("/Dockerfile", 'FROM node:20-alpine\nWORKDIR /app\nCOPY server.js .\nEXPOSE 8080\nCMD ["node", "server.js"]\n');
  workspace.writeFile("/server.js", 'require("http").createServer((req, res) => res.end("hello")).listen(8080);\n');
  workspace.writeFile("/docker-compose.yml", COMPOSE);
  return createWorld({ workspace });
}

function containers(world: World) {
  return Object.values(world.engine.state.runtime.containers).sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe("the course's compose flow", () => {
  it("up -d builds web, pulls postgres, creates the network and volume, and starts db before web", () => {
    const world = createCourseWorld();
    const up = world.run("docker compose up -d");
    expect(up.exitCode).toBe(0);
    const events = up.stderr.split("\n").filter((l) => /^ (Network|Volume|Container) /.test(l));
    expect(events).toEqual([
      " Network workspace_default  Creating",
      " Network workspace_default  Created",
      ' Volume "workspace_uploads"  Creating',
      ' Volume "workspace_uploads"  Created',
      " Container workspace-db-1  Creating",
      " Container workspace-db-1  Created",
      " Container workspace-web-1  Creating",
      " Container workspace-web-1  Created",
      " Container workspace-db-1  Starting",
      " Container workspace-db-1  Started",
      " Container workspace-web-1  Starting",
      " Container workspace-web-1  Started",
    ]);
    expect(up.stderr).toContain(" db Pulling\n db Pulled\n");
    expect(up.stderr).toContain("naming to docker.io/library/workspace-web done");
    const [db, web] = containers(world);
    expect(db?.name).toBe("workspace-db-1");
    expect(web?.name).toBe("workspace-web-1");
    expect(web?.config.Image).toBe("workspace-web");
    expect(db?.config.Labels).toMatchObject({ "com.docker.compose.project": "workspace", "com.docker.compose.service": "db", "com.docker.compose.container-number": "1", "com.docker.compose.oneoff": "False" });
    expect(db?.config.Env).toEqual(expect.arrayContaining(["POSTGRES_USER=learner", "POSTGRES_PASSWORD=secret"]));
    expect(web?.config.Env).toContain("DATABASE_URL=postgres://learner:secret@db:5432/app");
    expect(web?.hostConfig.PortBindings).toEqual({ "8080/tcp": [{ HostIp: "", HostPort: "4000" }] });
    expect(web?.mounts?.map((m) => [m.Type, m.Name, m.Destination])).toEqual([["volume", "workspace_uploads", "/app/uploads"]]);
    // Both on the project network, each under its service name: web reaches db as db:5432.
    expect(db?.networks?.workspace_default?.Aliases).toEqual(["workspace-db-1", "db"]);
    expect(web?.networks?.workspace_default?.Aliases).toEqual(["workspace-web-1", "web"]);
    expect(db!.state.StartedAt).toBeLessThanOrEqual(web!.state.StartedAt);
    expect(world.engine.state.volumes.workspace_uploads?.Labels).toMatchObject({ "com.docker.compose.project": "workspace", "com.docker.compose.volume": "uploads" });
  });

  it("ps, logs and exec see the project; --scale adds web-2; down -v removes everything", () => {
    const world = createCourseWorld();
    world.run("docker compose up -d");
    const ps = world.run("docker compose ps -a");
    expect(ps.exitCode).toBe(0);
    const lines = ps.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$/);
    expect(lines.slice(1).map((l) => l.split(/ +/).slice(0, 2))).toEqual([
      ["workspace-db-1", "postgres:16"],
      ["workspace-web-1", "workspace-web"],
    ]);
    const logs = world.run("docker compose logs db");
    expect(logs.exitCode).toBe(0);
    for (const line of logs.stdout.trimEnd().split("\n")) expect(line).toMatch(/^db-1  \|( |$)/);

    const db = containers(world)[0]!;
    const exec = world.run("docker compose exec db printenv POSTGRES_USER");
    if (db.state.Running) expect(exec).toMatchObject({ exitCode: 0, stdout: "learner\n" });
    else expect(exec).toMatchObject({ exitCode: 1, stderr: 'service "db" is not running\n' });

    const web1Running = containers(world)[1]!.state.Running;
    const scaled = world.run("docker compose up -d --scale web=2");
    expect(containers(world).map((c) => c.name)).toEqual(["workspace-db-1", "workspace-web-1", "workspace-web-2"]);
    if (web1Running) {
      // Both replicas want host port 4000 (fidelity-reference §6.4).
      expect(scaled.exitCode).toBe(1);
      expect(scaled.stderr).toContain("Bind for 0.0.0.0:4000 failed: port is already allocated");
    } else {
      expect(scaled.exitCode).toBe(0);
    }

    const down = world.run("docker compose down -v");
    expect(down.exitCode).toBe(0);
    expect(down.stderr).toContain(" Network workspace_default  Removed\n");
    expect(down.stderr).toContain(" Volume workspace_uploads  Removed\n");
    expect(down.stderr.indexOf("Container workspace-web-1  Removed")).toBeLessThan(down.stderr.indexOf("Container workspace-db-1  Removed"));
    expect(containers(world)).toEqual([]);
    expect(world.run("docker network ls").stdout).not.toContain("workspace_default");
    expect(world.run("docker volume ls -q").stdout).not.toContain("workspace_uploads");
  });

  it("docker-compose, v1's spelling, names containers project_service_1", () => {
    const world = createCourseWorld();
    expect(world.run("docker-compose up -d").exitCode).toBe(0);
    expect(containers(world).map((c) => c.name)).toEqual(["workspace_db_1", "workspace_web_1"]);
    expect(world.run("docker-compose down").exitCode).toBe(0);
    expect(containers(world)).toEqual([]);
  });

  it("a snapshot taken after up restores the project", () => {
    const world = createCourseWorld();
    world.run("docker compose up -d");
    const snapshot = JSON.parse(JSON.stringify(world.snapshot()));
    const other = createCourseWorld();
    other.restore(snapshot);
    expect(other.run("docker compose ps -a --services").stdout).toBe("db\nweb\n");
  });
});

describe("attached docker compose up in a terminal", () => {
  it("streams prefixed logs, and Ctrl+C gracefully stops the project (130)", () => {
    const workspace = new MemoryFs(() => Date.UTC(2025, 2, 1, 9));
    workspace.writeFile("/compose.yaml", "services:\n  web:\n    image: nginx\n  hello:\n    image: hello-world\n");
    const world = createWorld({ workspace, tty: true });
    const up = world.run("docker compose up");
    expect(up.running).toBe(true);
    expect(up.stdout).toMatch(/^Attaching to hello-1, web-1\n/);
    const step = world.poll();
    expect(step?.running).toBe(true);
    // eslint-disable-next-line no-control-regex
    const seen = (up.stdout + (step?.stdout ?? "")).replace(/\x1b\[[0-9;]*m/g, "");
    expect(seen).toContain("hello-1  | Hello from Docker!\n");
    expect(seen).toContain("hello-1 exited with code 0\n");
    expect(seen).toMatch(/web-1    \| .*nginx/);
    const stopped = world.interrupt();
    expect(stopped?.exitCode).toBe(130);
    expect(stopped?.stdout).toContain("Gracefully Stopping... press Ctrl+C again to force\n");
    expect(stopped?.stderr).toContain(" ✔ Container workspace-web-1  Stopped");
    expect(stopped?.stdout).toMatch(/web-1 exited with code \d+\n$/);
    expect(world.run("docker compose ps --format x 2>/dev/null; docker ps -q").stdout).toBe("");
  });

  it("logs -f follows until Ctrl+C", () => {
    const workspace = new MemoryFs(() => Date.UTC(2025, 2, 1, 9));
    workspace.writeFile("/compose.yaml", "services:\n  web:\n    image: nginx\n");
    const world = createWorld({ workspace, tty: true });
    world.run("docker compose up -d");
    const logs = world.run("docker compose logs -f");
    expect(logs.running).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(logs.stdout + (world.poll()?.stdout ?? "")).toMatch(/^\x1b\[36mweb-1  \|\x1b\[0m /);
    expect(world.interrupt()?.exitCode).toBe(130);
  });
});
