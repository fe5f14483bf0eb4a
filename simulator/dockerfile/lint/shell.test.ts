import { describe, expect, it } from "vitest";
import { splitShell } from "./shell";

const names = (script: string) => splitShell(script).commands.map((c) => [c.name, ...c.args].join(" "));

describe("splitShell", () => {
  it("splits lists and pipes, removing quotes and redirections", () => {
    expect(names(`apt-get update && apt-get install -y "curl" 'git' > /dev/null 2>&1; echo done | tee log`)).toEqual([
      "apt-get update",
      "apt-get install -y curl git",
      "echo done",
      "tee log",
    ]);
    const s = splitShell("a && b | c; d");
    expect(s.items).toBe(3);
    expect(s.pipes).toBe(true);
  });

  it("keeps NAME=value prefixes apart from the command", () => {
    const [c] = splitShell("PIP_NO_CACHE_DIR=1 DEBIAN_FRONTEND=noninteractive pip install x").commands;
    expect(c?.name).toBe("pip");
    expect(c?.assignments).toEqual([
      { name: "PIP_NO_CACHE_DIR", value: "1" },
      { name: "DEBIAN_FRONTEND", value: "noninteractive" },
    ]);
  });

  it("finds commands inside compound statements and substitutions", () => {
    expect(names('if [ -f x ]; then sudo rm x; fi; for f in a b; do cd "$f"; done')).toEqual(["[ -f x ]", "sudo rm x", 'cd $f']);
    expect(names('case "$arch" in amd64) apk add x ;; arm64|aarch64) apk add y ;; esac')).toEqual(["apk add x", "apk add y"]);
    expect(names('echo "$(which python)" `id -u`')).toEqual(["echo $(which python) `id -u`", "which python", "id -u"]);
  });

  it("skips comments and here-document bodies", () => {
    expect(names("cat <<EOF > /etc/x\nrm -rf /\nEOF\necho ok # rm -rf /")).toEqual(["cat", "echo ok"]);
  });

  it("never throws on broken input", () => {
    for (const s of ["'unterminated", '"open', "$(oops", "a &&", "|| b", "${", "`", "case x in", "((", "\\"]) expect(() => splitShell(s)).not.toThrow();
  });
});
