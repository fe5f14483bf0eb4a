import { describe, expect, it } from "vitest";
import { createWorld } from "../../simulator/world/world";

describe("host utilities", () => {
  it("filter docker's output and the workspace files through pipes, as a learner's terminal does", () => {
    const world = createWorld();
    world.workspace.writeFile("/app.py", "import flask\nprint('hi')\n");
    world.run("docker run -d --name web alpine sleep 100");
    world.run("docker run -d --name db alpine sleep 100");
    expect(world.run("docker ps --format '{{.Names}}' | sort | head -1").stdout).toBe("db\n");
    expect(world.run("grep -c import app.py").stdout).toBe("1\n");
    expect(world.run("cat app.py | wc -l").stdout).toBe("2\n");
    expect(world.run("docker ps -q | xargs docker rm -f").exitCode).toBe(0);
    expect(world.run("docker ps -aq | wc -l").stdout).toBe("0\n");
  });

  it("report missing files and runaway writers in the tools' own words, never a crash", () => {
    const world = createWorld();
    const missing = world.run("wc -l nosuch");
    expect(missing.stderr).toBe("wc: nosuch: No such file or directory\n");
    expect(missing.exitCode).toBe(1);
    expect(world.run("yes | head -2").stdout).toBe("y\ny\n");
    expect(world.run("echo a | xargs nosuch")).toMatchObject({ stderr: "xargs: nosuch: No such file or directory\n", exitCode: 127 });
  });
});
