import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../../core/clock";
import { SeededIds } from "../../core/ids";
import { Output } from "../../core/io";
import { createEngineState, Engine } from "../../engine/engine";
import { MemoryFs } from "../../vfs/memory-fs";
import { runDocker } from "../root";

const FILE = `services:
  web:
    image: nginx
    ports: ["8080:80"]
    depends_on: [cache]
  cache:
    image: redis
    healthcheck: {test: [CMD, redis-cli, ping], interval: 2s}
`;

const WORDS = ["up", "down", "ps", "logs", "exec", "run", "build", "pull", "start", "stop", "restart", "rm", "config", "images", "top", "port", "ls", "version",
  "-d", "-a", "-f", "-p", "-v", "-q", "-T", "--scale", "--rmi", "--tail", "--index", "--services", "--volumes", "--build", "--wait", "--force-recreate",
  "--no-recreate", "web", "cache", "toString", "__proto__", "web=2", "all", "3", "80", "compose.yaml", "x.yaml", "", "-", "=", "echo", "hi", "--help"];

/**
 * Random arguments to `docker compose`: every verb answers with an exit
 * status and text, never an exception, and never crashes on names like
 * `toString`.
 */
describe("docker compose with random arguments", () => {
  it("never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }), { minLength: 1, maxLength: 4 }), (lines) => {
        const clock = new VirtualClock();
        const engine = new Engine(createEngineState(), clock, new SeededIds(7));
        const fs = new MemoryFs(() => clock.now());
        fs.mkdir("/p", { recursive: true });
        fs.writeFile("/p/compose.yaml", FILE);
        engine.hostFs = fs;
        for (const words of lines) {
          const out = new Output();
          const status = runDocker(["compose", ...words], engine, out, { fs, cwd: "/p", env: {}, tty: false });
          expect(Number.isInteger(status)).toBe(true);
          expect(JSON.stringify(out.result(status))).not.toMatch(/TypeError|at Object\.|undefined is not/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
