import { describe, expect, it } from "vitest";
import { createMemoryFs, createWorld } from "@/simulator";
import { WorldTimeline, type TimelineEvent } from "./world-timeline";

function timeline() {
  return new WorldTimeline(createWorld({ workspace: createMemoryFs({ "/notes.txt": "one\n" }), seed: 9 }), 5);
}

describe("WorldTimeline", () => {
  it("undo steps back over the last command: engine, shell and files", () => {
    const t = timeline();
    const w = t.world;
    w.run("docker run --name first hello-world");
    w.run("echo two >> notes.txt");
    w.run("mkdir sub && cd sub");
    expect(w.prompt()).toContain("sub");
    expect(t.nextUndo).toBe("mkdir sub && cd sub");

    expect(t.undo()?.label).toBe("mkdir sub && cd sub");
    expect(w.prompt()).not.toContain("sub");
    expect(w.workspace.readdir("/")).toEqual(["notes.txt"]);

    expect(w.run("undo").stdout).toBe("Undid: echo two >> notes.txt\n");
    expect(w.workspace.readFile("/notes.txt")).toBe("one\n");
    expect(w.run("docker ps -a --format '{{.Names}}'").stdout).toBe("first\n");
  });

  it("says so when there is nothing to undo", () => {
    const out = timeline().world.run("  undo ");
    expect(out).toMatchObject({ stdout: "", stderr: "undo: nothing to undo\n", exitCode: 1 });
  });

  it("tells listeners about commands and undos, with the state before and after", () => {
    const t = timeline();
    const events: TimelineEvent[] = [];
    const stop = t.subscribe((e) => events.push(e));
    t.world.run("docker pull alpine:3.20");
    t.world.run("");
    t.undo();
    stop();
    t.world.run("ls");
    expect(events.map((e) => [e.kind, e.line])).toEqual([
      ["command", "docker pull alpine:3.20"],
      ["undo", "docker pull alpine:3.20"],
    ]);
    expect(Object.keys(events[0]?.before.engine.images.images ?? {})).toHaveLength(0);
    expect(Object.keys(events[0]?.after.engine.images.images ?? {})).toHaveLength(1);
    expect(Object.keys(events[1]?.after.engine.images.images ?? {})).toHaveLength(0);
  });

  it("keeps only the last N commands", () => {
    const t = timeline();
    for (let i = 0; i < 8; i++) t.world.run(`echo ${i}`);
    expect(t.depth).toBe(5);
  });

  it("reports when a foreground command finishes", () => {
    const t = new WorldTimeline(createWorld({ interactive: true, seed: 2 }));
    const events: TimelineEvent[] = [];
    t.subscribe((e) => events.push(e));
    expect(t.world.run("sleep 5").running).toBe(true);
    expect(t.world.interrupt()?.running).toBeFalsy();
    expect(events.map((e) => [e.kind, e.line])).toEqual([
      ["command", "sleep 5"],
      ["update", "sleep 5"],
    ]);
  });

  it("inside a container's shell, undo is that shell's word, not Dockyard's", () => {
    const t = new WorldTimeline(createWorld({ interactive: true, seed: 2 }));
    t.world.run("docker pull alpine:3.20");
    t.world.run("docker run -it alpine sh");
    expect(t.world.session()).toBeDefined();
    const out = t.world.run("undo");
    expect(out.stderr).toContain("undo: not found");
    expect(t.world.session()).toBeDefined();
  });
});
