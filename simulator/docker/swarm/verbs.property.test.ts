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
    deploy: {replicas: 2}
`;

const GROUPS = ["swarm", "node", "service", "stack"];
const VERBS = ["init", "join", "join-token", "leave", "ls", "ps", "inspect", "update", "create", "scale", "rollback", "rm", "logs", "deploy", "services", "bogus"];
const WORDS = ["swarm", "node", "service", "stack", "init", "join", "join-token", "leave", "ls", "ps", "inspect", "update", "create", "scale", "rollback", "rm", "logs",
  "deploy", "services", "worker", "manager", "self", "--force", "--pretty", "--availability", "drain", "active", "--replicas", "--name", "--mode", "global",
  "-p", "80:80", "x:y", "-d", "-q", "-c", "compose.yaml", "--image", "nginx", "nginx:1.27", "alpine", "web", "web=3", "web=x", "toString", "__proto__",
  "--update-delay", "10s", "bogus", "--update-parallelism", "2", "", "=", "--help", "shop"];

/**
 * Random arguments to the swarm, node, service and stack verbs: every one
 * answers with an exit status and text, never an exception, and names like
 * `toString` act as unknown names.
 */
describe("swarm verbs with random arguments", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom(...VERBS), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 })), { minLength: 1, maxLength: 4 }),
        (init, lines) => {
        const clock = new VirtualClock();
        const engine = new Engine(createEngineState(), clock, new SeededIds(7));
        const fs = new MemoryFs(() => clock.now());
        fs.mkdir("/p", { recursive: true });
        fs.writeFile("/p/compose.yaml", FILE);
        engine.hostFs = fs;
        const run = (words: string[]): void => {
          const out = new Output();
          const status = runDocker(words, engine, out, { fs, cwd: "/p", env: {}, tty: false });
          expect(Number.isInteger(status)).toBe(true);
          expect(JSON.stringify(out.result(status))).not.toMatch(/TypeError|at Object\.|undefined is not/);
        };
        if (init) run(["swarm", "init"]);
        for (const [group, verb, words] of lines) run([group, verb, ...words]);
        expect(JSON.parse(JSON.stringify(engine.state))).toEqual(structuredClone(engine.state));
        },
      ),
      { numRuns: 60 },
    );
  });
});
