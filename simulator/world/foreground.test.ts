import { describe, expect, it } from "vitest";
import { createWorld } from "./world";

describe("foreground commands and Ctrl+C", () => {
  it("an attached registry:2 holds the terminal; Ctrl+C is proxied as SIGINT and its status comes back", () => {
    const world = createWorld({ tty: true });
    world.run("docker pull -q registry:2");
    const run = world.run("docker run --name reg registry:2");
    expect(run.running).toBe(true);
    expect(run.stdout + run.stderr).toContain("listening on [::]:5000");
    expect(world.poll()).toMatchObject({ running: true, stdout: "" });
    const stopped = world.interrupt();
    // The registry (a Go program without signal.Notify) dies through dieFromSignal: exit(2) as PID 1.
    expect(stopped?.exitCode).toBe(2);
    expect(stopped?.running).toBeUndefined();
    expect(world.poll()).toBeUndefined();
    expect(world.run("echo $?").stdout).toBe("2\n");
    expect(world.run("docker ps -a --format '{{.Status}}'").stdout).toMatch(/^Exited \(2\)/);
  });

  it("a process that ignores SIGINT keeps the client until the third Ctrl+C lets it go", () => {
    const world = createWorld({ tty: true });
    expect(world.run("docker run --name tl alpine tail -f /dev/null").running).toBe(true);
    expect(world.interrupt()?.running).toBe(true);
    expect(world.interrupt()?.running).toBe(true);
    const third = world.interrupt();
    expect(third?.exitCode).toBe(130);
    expect(third?.stderr).toMatch(/^Dockyard: tl's main process ignores SIGINT/);
    expect(world.run("docker ps --format '{{.Names}}'").stdout).toBe("tl\n");
  });

  it("-t without -i: no signal proxy, Ctrl+C ends the client only (130)", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -t --name tt alpine tail -f /dev/null");
    expect(world.interrupt()?.exitCode).toBe(130);
    expect(world.run("docker ps --format '{{.Names}}'").stdout).toBe("tt\n");
  });

  it("docker logs -f streams new lines, ends with the container, and Ctrl+C gives 130", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -dit --name web alpine");
    expect(world.run("docker logs -f web").running).toBe(true);
    expect(world.interrupt()?.exitCode).toBe(130);
    world.run("docker logs -f web");
    world.run("docker kill web");
    // kill ran as a line of its own while logs -f held the foreground (a simplification); the next poll sees the end.
    expect(world.poll()).toMatchObject({ exitCode: 0 });
  });

  it("docker attach to a non-shell process streams until Ctrl+C; stopped containers are refused", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -d --name tl alpine tail -f /dev/null");
    expect(world.run("docker attach --sig-proxy=false tl").running).toBe(true);
    expect(world.interrupt()?.exitCode).toBe(130);
    world.run("docker rm -f tl");
    expect(world.run("docker attach tl").stderr).toBe("Error response from daemon: No such container: tl\n");
  });

  it("a lone sleep waits for the clock in a terminal and Ctrl+C ends it with 130", () => {
    const world = createWorld({ tty: true });
    expect(world.run("sleep 30").running).toBe(true);
    expect(world.poll()?.running).toBe(true);
    world.engine.clock.advance(30_000);
    expect(world.poll()).toMatchObject({ exitCode: 0 });
    world.run("sleep 30");
    expect(world.interrupt()?.exitCode).toBe(130);
    expect(world.run("echo $?").stdout).toBe("130\n");
    // Inside a longer line, sleep moves the clock at once, as in scripts.
    expect(world.run("sleep 5 && echo done").running).toBeUndefined();
  });

  it("in a script nothing holds the foreground: the command returns with a note", () => {
    const world = createWorld();
    const run = world.run("docker run --name tl alpine tail -f /dev/null");
    expect(run.running).toBeUndefined();
    expect(run.stderr).toMatch(/Dockyard: container tl runs until Ctrl\+C, which a script cannot send/);
    expect(world.interrupt()).toBeUndefined();
  });

  it("docker stats redraws its table every second of the clock until Ctrl+C; --no-stream and scripts print one frame", () => {
    const world = createWorld({ tty: true });
    world.run("docker run -d --name web alpine sleep 1000");
    const first = world.run("docker stats");
    expect(first.running).toBe(true);
    expect(first.stdout).toMatch(/^CONTAINER ID +NAME +CPU %/);
    expect(world.poll()?.stdout).toBe("");
    world.engine.clock.advance(1000);
    const frame = world.poll();
    expect(frame?.stdout.startsWith("\x1b[2J\x1b[HCONTAINER ID")).toBe(true);
    expect(frame?.stdout).toContain(" web ");
    expect(world.interrupt()?.exitCode).toBe(130);
    expect(world.run("docker stats --no-stream").running).toBeUndefined();
    expect(createWorld().run("docker stats").running).toBeUndefined();
  });

  it("a restore drops the foreground command", () => {
    const world = createWorld({ tty: true });
    const snap = world.snapshot();
    world.run("docker run alpine tail -f /dev/null");
    world.restore(snap);
    expect(world.poll()).toBeUndefined();
  });
});
