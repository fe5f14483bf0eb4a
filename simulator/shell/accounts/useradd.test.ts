import { describe, expect, it } from "vitest";
import { NODE_USER, createImageShell } from "../testing/image-shell";

const line = (text: string, name: string): string | undefined => text.split("\n").find((l) => l.startsWith(`${name}:`));

/** Outputs and statuses checked against shadow-utils 4.13 (Debian 12) run with --prefix on copies of these files. */
describe("useradd", () => {
  it("adds a user with its own group, a locked password and no home unless -m", () => {
    const c = createImageShell("python");
    expect(c.run("useradd app")).toEqual({ out: "", err: "", status: 0 });
    expect(line(c.fs.readFile("/etc/passwd"), "app")).toBe("app:x:1000:1000::/home/app:/bin/sh");
    expect(line(c.fs.readFile("/etc/group"), "app")).toBe("app:x:1000:");
    expect(line(c.fs.readFile("/etc/shadow"), "app")).toBe("app:!:20148:0:99999:7:::");
    expect(c.fs.stat("/home/app")).toBeNull();
    expect(c.run("useradd -m -s /bin/bash -c 'Web App' web").status).toBe(0);
    expect(line(c.fs.readFile("/etc/passwd"), "web")).toBe("web:x:1001:1001:Web App:/home/web:/bin/bash");
    expect(c.fs.stat("/home/web")).toMatchObject({ type: "dir", uid: 1001, gid: 1001, mode: 0o755 });
    expect(c.fs.readFile("/home/web/.bashrc")).toContain("~/.bashrc");
    expect(c.fs.stat("/home/web/.bashrc")?.uid).toBe(1001);
  });

  it("takes the next UID after the node user, system accounts from 999 down", () => {
    const c = createImageShell("node");
    c.run("useradd app && useradd -r svc && useradd -r -M worker");
    const passwd = c.fs.readFile("/etc/passwd");
    expect(line(passwd, "app")).toBe("app:x:1001:1001::/home/app:/bin/sh");
    expect(line(passwd, "svc")).toBe("svc:x:999:999::/home/svc:/bin/sh");
    expect(line(passwd, "worker")).toBe("worker:x:998:998::/home/worker:/bin/sh");
    expect(line(c.fs.readFile("/etc/shadow"), "svc")).toBe("svc:!:20148::::::");
  });

  it("uses -u, -g and -G", () => {
    const c = createImageShell("debian");
    expect(c.run("groupadd -g 2000 devs && useradd -u 1500 -g devs -G users,staff ann").status).toBe(0);
    expect(line(c.fs.readFile("/etc/passwd"), "ann")).toBe("ann:x:1500:2000::/home/ann:/bin/sh");
    expect(line(c.fs.readFile("/etc/group"), "users")).toBe("users:x:100:ann");
    expect(line(c.fs.readFile("/etc/group"), "staff")).toBe("staff:x:50:ann");
    expect(c.run("id ann").out).toBe("uid=1500(ann) gid=2000(devs) groups=2000(devs),50(staff),100(users)\n");
  });

  it("fails as shadow does: 9 exists, 6 unknown group, 4 UID in use, 3 bad name, 2 usage", () => {
    const c = createImageShell("node");
    expect(c.run("useradd node")).toEqual({ out: "", err: "useradd: user 'node' already exists\n", status: 9 });
    expect(c.run("useradd -g nosuch x")).toEqual({ out: "", err: "useradd: group 'nosuch' does not exist\n", status: 6 });
    expect(c.run("useradd -G users,nosuch x")).toEqual({ out: "", err: "useradd: group 'nosuch' does not exist\n", status: 6 });
    expect(c.run("useradd -u 1000 x")).toEqual({ out: "", err: "useradd: UID 1000 is not unique\n", status: 4 });
    expect(c.run("groupadd grp && useradd grp")).toEqual({ out: "", err: "useradd: group grp exists - if you want to add this user to that group, use -g.\n", status: 9 });
    expect(c.run("useradd 'Bad Name'")).toEqual({ out: "", err: "useradd: invalid user name 'Bad Name': use --badname to ignore\n", status: 3 });
    const usage = c.run("useradd");
    expect(usage.err).toMatch(/^Usage: useradd \[options\] LOGIN\n       useradd -D\n/);
    expect(usage.status).toBe(2);
    expect(c.run("useradd -z x").err).toMatch(/^useradd: invalid option -- 'z'\nUsage: useradd/);
  });

  it("warns about an existing home with -m", () => {
    const c = createImageShell("debian");
    c.run("mkdir -p /home/bob");
    expect(c.run("useradd -m bob")).toEqual({ out: "", err: "useradd: warning: the home directory /home/bob already exists.\nuseradd: Not copying any file from skel directory into it.\n", status: 0 });
  });

  it("needs root: cannot lock /etc/passwd", () => {
    const c = createImageShell("node");
    expect(c.run("useradd x", { user: NODE_USER })).toEqual({ out: "", err: "useradd: Permission denied.\nuseradd: cannot lock /etc/passwd; try again later.\n", status: 1 });
    expect(c.fs.readFile("/etc/passwd")).not.toContain("x:x:");
  });
});

describe("groupadd", () => {
  it("adds groups from 1000 up, system groups from 999 down, -g GID", () => {
    const c = createImageShell("node");
    expect(c.run("groupadd web && groupadd -r sys && groupadd -g 4242 fixed").status).toBe(0);
    const group = c.fs.readFile("/etc/group");
    expect(line(group, "web")).toBe("web:x:1001:");
    expect(line(group, "sys")).toBe("sys:x:999:");
    expect(line(group, "fixed")).toBe("fixed:x:4242:");
  });

  it("fails as shadow does: 9 exists, 4 GID in use, 10 not root; -f accepts both", () => {
    const c = createImageShell("node");
    expect(c.run("groupadd node")).toEqual({ out: "", err: "groupadd: group 'node' already exists\n", status: 9 });
    expect(c.run("groupadd -g 1000 x")).toEqual({ out: "", err: "groupadd: GID '1000' already exists\n", status: 4 });
    expect(c.run("groupadd -f node && groupadd -f -g 1000 y")).toEqual({ out: "", err: "", status: 0 });
    expect(line(c.fs.readFile("/etc/group"), "y")).toBe("y:x:1001:");
    expect(c.run("groupadd z", { user: NODE_USER })).toEqual({ out: "", err: "groupadd: Permission denied.\ngroupadd: cannot lock /etc/group; try again later.\n", status: 10 });
  });
});
