import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator/world/world";
import { createMemoryFs } from "@/simulator/vfs/memory-fs";
import { dispatchForgetStartMemos } from "@/simulator/engine/start-memo";

const FILES = {
  "/date/Dockerfile": 'FROM nginx\nRUN printf \'#!/bin/sh\\necho "started at $(date)"\\n\' > /docker-entrypoint.d/05-date.sh && chmod +x /docker-entrypoint.d/05-date.sh\n',
  "/host/Dockerfile": 'FROM nginx\nRUN printf \'#!/bin/sh\\n[ "$HOSTNAME" = "$(cat /etc/hostname)" ] || echo "on $HOSTNAME"\\n\' > /docker-entrypoint.d/05-host.sh && chmod +x /docker-entrypoint.d/05-host.sh\n',
  "/wait/Dockerfile": 'FROM nginx\nRUN printf \'#!/bin/sh\\nsleep 2\\necho waited\\n\' > /docker-entrypoint.d/05-wait.sh && chmod +x /docker-entrypoint.d/05-wait.sh\n',
};

/**
 * Each script is played twice in two worlds: in one the second start of a
 * container may replay the first's entrypoint (engine/start-memo.ts), in the
 * other every start really runs. Same commands, same seeded IDs and clock:
 * what the learner can see must be byte-identical.
 */
function play(lines: string[], forget: boolean): string {
  const world = createWorld({ workspace: createMemoryFs(FILES) });
  const seen: string[] = [];
  for (const line of lines) {
    if (forget) dispatchForgetStartMemos(world.engine);
    const r = world.run(line);
    seen.push(`$ ${line}\n${r.stdout}${r.stderr}[${r.exitCode}]`);
  }
  return seen.join("\n");
}

/** Two containers started the same way, a while apart, and what a learner would look at. */
const starts = (run: (name: string) => string, dir: string): string[] => [
  run("one"),
  "docker logs one",
  "docker diff one",
  "sleep 3",
  run("two"),
  "docker logs two",
  "docker diff two",
  `docker exec two ls -l ${dir}`,
  "docker inspect --format '{{.State.Status}} {{.State.ExitCode}} {{.Config.Hostname}}' two",
  "docker ps -a --format '{{.Names}} {{.Status}}'",
];

describe("replayed container starts", () => {
  const nginxConf = "/etc/nginx/conf.d";
  const cases: [string, string[]][] = [
    ["nginx", ["docker pull nginx", ...starts((n) => `docker run -d --name ${n} -p ${n === "one" ? 8080 : 8081}:80 nginx`, nginxConf), "curl -s localhost:8081"]],
    ["nginx, quiet, with env", ["docker pull nginx", ...starts((n) => `docker run -d --name ${n} -e NGINX_ENTRYPOINT_QUIET_LOGS=1 -e A=b nginx`, nginxConf)]],
    ["httpd", ["docker pull httpd:2.4", ...starts((n) => `docker run -d --name ${n} httpd:2.4`, "/usr/local/apache2/conf")]],
    ["an entrypoint that prints the date", ["docker build -q -t dated date", ...starts((n) => `docker run -d --name ${n} dated`, nginxConf)]],
    ["an entrypoint that reads HOSTNAME", ["docker build -q -t hosty host", ...starts((n) => `docker run -d --name ${n} hosty`, nginxConf)]],
    ["an entrypoint that sleeps", ["docker build -q -t waity wait", ...starts((n) => `docker run -d --name ${n} waity`, nginxConf), "sleep 5", "docker logs two"]],
  ];
  for (const [name, lines] of cases) {
    it(`${name}: the same as a real start`, () => {
      const replayed = play(lines, false);
      expect(replayed).toBe(play(lines, true));
      expect(replayed).not.toMatch(/No such|not found|Error response/);
      if (name.includes("date")) expect(replayed).toMatch(/started at Sat Mar  1 09:00:\d\d UTC 2025[^]*started at Sat Mar  1 09:00:\d\d UTC 2025/);
    });
  }
});
