import { describe, expect, it } from "vitest";
import { calculateDefaultPs1, formatPs1 } from "./shell-prompt";

const root = { user: "root", uid: 0, hostname: "0123456789ab", cwd: "/", home: "/root", shell: "bash" };

describe("shell prompts", () => {
  it("picks each shell's default PS1", () => {
    expect(calculateDefaultPs1("ash", undefined, false)).toBe("\\w \\$ ");
    expect(calculateDefaultPs1("dash", undefined, true)).toBe("\\$ ");
    expect(calculateDefaultPs1("bash", "# System-wide .bashrc\n", true)).toBe("${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ");
    expect(calculateDefaultPs1("bash", "PS1='[\\u] \\W> '\n", false)).toBe("[\\u] \\W> ");
    expect(calculateDefaultPs1("bash", undefined, false)).toBe("\\s-\\v\\$ ");
  });

  it("expands the escapes bash and ash share", () => {
    const debian = calculateDefaultPs1("bash", undefined, true);
    expect(formatPs1(debian, root)).toBe("root@0123456789ab:/# ");
    expect(formatPs1(debian, { ...root, cwd: "/root/app" })).toBe("root@0123456789ab:~/app# ");
    expect(formatPs1(debian, { ...root, user: "app", uid: 1000, home: "/home/app", cwd: "/home/app" })).toBe("app@0123456789ab:~$ ");
    expect(formatPs1("\\w \\$ ", { ...root, cwd: "/etc" })).toBe("/etc # ");
    expect(formatPs1("\\s-\\v\\$ ", root)).toBe("bash-5.2# ");
    expect(formatPs1("\\W|\\H|\\\\", { ...root, hostname: "web.local", cwd: "/srv/site" })).toBe("site|web.local|\\");
  });
});
