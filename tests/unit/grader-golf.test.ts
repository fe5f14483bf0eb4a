import { describe, expect, it } from "vitest";
import { createEngineState } from "@/simulator/engine/engine";
import { createWorld } from "@/simulator/world/world";
import { GradeContext } from "@/simulator/grader/context";
import { calculateGolf } from "@/simulator/grader/golf";

describe("calculateGolf", () => {
  it("counts typed commands (not blanks or comments) against the reference", () => {
    const result = calculateGolf({ engine: createEngineState(), workspace: {}, history: ["docker ps", " ", "# note", "docker images"] }, { commands: 4 });
    expect(result.commands).toEqual({ used: 2, reference: 4, ratio: 0.5 });
    expect(result.summary).toBe("2 commands (reference: 4)");
  });

  it("compares the named image's size with the reference's", () => {
    const world = createWorld();
    world.run("docker pull alpine:3.20");
    const size = new GradeContext(world.snapshot()).findImage("alpine:3.20")?.size ?? 0;
    const result = calculateGolf(world.snapshot(), { commands: 1, image: { reference: "alpine:3.20", size: size * 2 } });
    expect(result.image?.ratio).toBe(0.5);
    const missing = calculateGolf(world.snapshot(), { commands: 1, image: { reference: "nothing-here", size: 1e6 } });
    expect(missing.image?.size).toBeNull();
    expect(missing.summary).toMatch(/no nothing-here image yet/);
  });
});
