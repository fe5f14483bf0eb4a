import { describe, expect, it } from "vitest";
import { NODE_USER, createImageShell } from "../testing/image-shell";

const line = (text: string, name: string): string | undefined => text.split("\n").find((l) => l.startsWith(`${name}:`));

/** Wording from adduser 3.134's source (Debian 12's /usr/sbin/adduser and Debian/AdduserCommon.pm). */
describe("adduser on Debian bookworm (3.134)", () => {
  it("adds a user the Dockerfile way: own group, 0700 home from /etc/skel, the users group", () => {
    const c = createImageShell("python");
    const r = c.run(`adduser --disabled-password --gecos "" app`);
    expect(r).toEqual({
      out: "Adding user `app' ...\nAdding new group `app' (1000) ...\nAdding new user `app' (1000) with group `app (1000)' ...\nCreating home directory `/home/app' ...\nCopying files from `/etc/skel' ...\nAdding new user `app' to supplemental / extra groups `users' ...\nAdding user `app' to group `users' ...\n",
      err: "",
      status: 0,
    });
    expect(line(c.fs.readFile("/etc/passwd"), "app")).toBe("app:x:1000:1000:,,,:/home/app:/bin/bash");
    expect(line(c.fs.readFile("/etc/group"), "users")).toBe("users:x:100:app");
    expect(c.fs.stat("/home/app")).toMatchObject({ uid: 1000, gid: 1000, mode: 0o700 });
    expect(c.fs.stat("/home/app/.profile")?.uid).toBe(1000);
    expect(c.run("id app").out).toBe("uid=1000(app) gid=1000(app) groups=1000(app),100(users)\n");
  });

  it("asks passwd and chfn on stdin when not told otherwise; an empty stdin leaves them unanswered", () => {
    const c = createImageShell("debian");
    const r = c.run("adduser bob");
    expect(r.status).toBe(0);
    expect(r.err).toBe("New password: Retype new password: passwd: Authentication token manipulation error\npasswd: password unchanged\n");
    expect(r.out).toContain("Copying files from `/etc/skel' ...\nTry again? [y/N] Changing the user information for bob\nEnter the new value, or press ENTER for the default\n\tFull Name []: ");
    expect(line(c.fs.readFile("/etc/shadow"), "bob")).toMatch(/^bob:!:20148:0:99999:7:::$/);
  });

  it("adds system users: nogroup and /nonexistent, or their own group", () => {
    const c = createImageShell("debian");
    expect(c.run("adduser --system worker")).toEqual({ out: "Adding system user `worker' (UID 100) ...\nAdding new user `worker' (UID 100) with group `nogroup' ...\nNot creating `/nonexistent'.\n", err: "", status: 0 });
    expect(line(c.fs.readFile("/etc/passwd"), "worker")).toBe("worker:x:100:65534::/nonexistent:/usr/sbin/nologin");
    expect(c.run("adduser --system --group --home /srv/api api")).toEqual({ out: "Adding system user `api' (UID 101) ...\nAdding new group `api' (GID 101) ...\nAdding new user `api' (UID 101) with group `api' ...\nCreating home directory `/srv/api' ...\n", err: "", status: 0 });
    expect(c.fs.stat("/srv/api")).toMatchObject({ uid: 101, gid: 101, mode: 0o755 });
    expect(c.run("adduser --system worker")).toEqual({ out: "The system user `worker' already exists. Exiting.\n", err: "", status: 0 });
  });

  it("adds groups and members with addgroup and adduser USER GROUP", () => {
    const c = createImageShell("debian");
    expect(c.run("addgroup devs")).toEqual({ out: "Adding group `devs' (GID 1000) ...\nDone.\n", err: "", status: 0 });
    expect(c.run("addgroup --system svc")).toEqual({ out: "Adding group `svc' (GID 101) ...\nDone.\n", err: "", status: 0 });
    c.run("adduser --disabled-password --gecos '' ann");
    expect(c.run("adduser ann devs")).toEqual({ out: "Adding user `ann' to group `devs' ...\nDone.\n", err: "", status: 0 });
    expect(c.run("adduser ann devs")).toEqual({ out: "", err: "adduser: The user `ann' is already a member of `devs'.\n", status: 0 });
    expect(line(c.fs.readFile("/etc/group"), "devs")).toBe("devs:x:1000:ann");
  });

  it("fails with adduser's messages and exit 1", () => {
    const c = createImageShell("debian");
    expect(c.run("adduser --disabled-password --gecos '' www-data")).toEqual({ out: "", err: "adduser: The user `www-data' already exists.\n", status: 1 });
    expect(c.run("addgroup users")).toEqual({ out: "", err: "addgroup: The group `users' already exists.\n", status: 1 });
    expect(c.run("adduser --ingroup nosuch --disabled-password x")).toEqual({ out: "", err: "adduser: The group `nosuch' does not exist.\n", status: 1 });
    expect(c.run("adduser nosuchuser users")).toEqual({ out: "", err: "adduser: The user `nosuchuser' does not exist.\n", status: 1 });
    expect(c.run("adduser")).toEqual({ out: "", err: "adduser: Only one or two names allowed.\n", status: 1 });
    expect(c.run("adduser --disabled-password BadName").err).toContain("Please enter a username matching the regular expression\n            configured via the NAME_REGEX configuration variable.");
    expect(c.run("adduser x", { user: { name: "www-data", uid: 33, gid: 33, home: "/var/www" } })).toEqual({ out: "", err: "adduser: Only root may add a user or group to the system.\n", status: 1 });
  });
});

describe("adduser on Ubuntu noble (3.137)", () => {
  it("prefixes info: and shows the id selection", () => {
    const c = createImageShell("ubuntu");
    const r = c.run("adduser --disabled-password --gecos 'Test User' tester");
    expect(r.out).toBe("info: Adding user `tester' ...\ninfo: Selecting UID/GID from range 1000 to 59999 ...\ninfo: Adding new group `tester' (1000) ...\ninfo: Adding new user `tester' (1000) with group `tester (1000)' ...\ninfo: Creating home directory `/home/tester' ...\ninfo: Copying files from `/etc/skel' ...\ninfo: Adding new user `tester' to supplemental / extra groups `users' ...\ninfo: Adding user `tester' to group `users' ...\n");
    expect(line(c.fs.readFile("/etc/passwd"), "tester")).toBe("tester:x:1000:1000:Test User,,,:/home/tester:/bin/bash");
    expect(c.fs.stat("/home/tester")?.mode).toBe(0o750);
    expect(c.run("adduser --system svc").out).toBe("info: Selecting UID from range 100 to 999 ...\n\ninfo: Adding system user `svc' (UID 100) ...\ninfo: Adding new user `svc' (UID 100) with group `nogroup' ...\ninfo: Not creating `/nonexistent'.\n");
  });
});

describe("BusyBox adduser and addgroup (Alpine)", () => {
  it("adds users and groups silently, the Alpine way", () => {
    const c = createImageShell("alpine");
    expect(c.run("addgroup -S app && adduser -S -G app app")).toEqual({ out: "", err: "", status: 0 });
    expect(line(c.fs.readFile("/etc/group"), "app")).toBe("app:x:101:");
    expect(line(c.fs.readFile("/etc/passwd"), "app")).toBe("app:x:100:101:Linux User,,,:/home/app:/sbin/nologin");
    expect(c.fs.stat("/home/app")).toMatchObject({ uid: 100, gid: 101, mode: 0o755 });
    expect(c.run("adduser -D -u 1000 -s /bin/ash bob")).toEqual({ out: "", err: "", status: 0 });
    expect(line(c.fs.readFile("/etc/passwd"), "bob")).toBe("bob:x:1000:1000:Linux User,,,:/home/bob:/bin/ash");
    expect(line(c.fs.readFile("/etc/group"), "bob")).toBe("bob:x:1000:");
    expect(line(c.fs.readFile("/etc/shadow"), "bob")).toBe("bob:!:20148:0:99999:7:::");
    expect(c.run("adduser -D -H nohome && ls /home")).toMatchObject({ out: "app\nbob\n" });
    expect(c.run("addgroup bob app && grep ^app: /etc/group").out).toBe("app:x:101:bob\n");
  });

  it("fails with BusyBox's messages and exit 1", () => {
    const c = createImageShell("alpine");
    expect(c.run("adduser -D guest")).toEqual({ out: "", err: "adduser: user 'guest' in use\n", status: 1 });
    expect(c.run("adduser -D -G nosuch x")).toEqual({ out: "", err: "adduser: unknown group nosuch\n", status: 1 });
    expect(c.run("addgroup wheel")).toEqual({ out: "", err: "addgroup: group 'wheel' in use\n", status: 1 });
    expect(c.run("addgroup -g 10 x")).toEqual({ out: "", err: "addgroup: gid '10' in use\n", status: 1 });
    expect(c.run("adduser -D x", { user: NODE_USER })).toEqual({ out: "", err: "adduser: permission denied (are you root?)\n", status: 1 });
  });

  it("runs passwd without -D, which fails on an empty stdin", () => {
    const c = createImageShell("alpine");
    expect(c.run("adduser carol")).toEqual({ out: "Changing password for carol\nNew password: \n", err: "passwd: password for carol is unchanged\n", status: 1 });
    expect(line(c.fs.readFile("/etc/passwd"), "carol")).toBe("carol:x:1000:1000:Linux User,,,:/home/carol:/bin/sh");
  });
});
