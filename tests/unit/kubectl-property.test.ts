import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createWorld } from "@/simulator";
import { KUBECTL_COMMANDS } from "@/simulator/kubectl/registry";

const WORDS = ["get", "apply", "delete", "describe", "scale", "rollout", "set", "create", "logs", "expose", "run", "config", "pods", "deploy", "svc", "all", "web", "toString", "constructor", "-f", "-n", "-A", "-o", "yaml", "json", "wide", "--replicas=2", "--image=nginx", "-l", "app=web", "status", "undo", "history", "image", "web=nginx:2", "deployment/web", "pod/x", "deployment", "namespace", "dev", "--bogus", "-", "x.yaml", "=", ",", "/"];

describe("kubectl front, random arguments", () => {
  it("never throws and never prints a stack trace", () => {
    const world = createWorld();
    world.run("kubectl create deployment web --image=nginx");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 6 }), (words) => {
        const line = `kubectl ${words.map((w) => `'${w.replace(/'/g, "")}'`).join(" ")}`;
        const r = world.run(line);
        expect(r.stderr).not.toMatch(/\n\s+at |TypeError|ReferenceError/);
        return true;
      }),
      { numRuns: 150 },
    );
  });

  it("every verb answers --help", () => {
    const world = createWorld();
    for (const c of KUBECTL_COMMANDS) expect(world.run(`kubectl ${c.name} --help`).exitCode).toBe(0);
  });
});
