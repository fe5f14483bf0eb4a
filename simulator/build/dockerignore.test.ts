import { describe, expect, it } from "vitest";
import { isIgnored, parseDockerignore } from "./dockerignore";

const ignored = (file: string, text: string) => isIgnored(parseDockerignore(text), file);

describe(".dockerignore (moby/patternmatcher semantics, docker docs examples)", () => {
  it("matches at the root only unless the pattern has directories or **", () => {
    const text = "*.md\n*/temp*\ntemp?\n**/*.go\n";
    expect(ignored("README.md", text)).toBe(true);
    expect(ignored("docs/README.md", text)).toBe(false);
    expect(ignored("sub/temporary.txt", text)).toBe(true);
    expect(ignored("a/b/temporary.txt", text)).toBe(false);
    expect(ignored("temp1", text)).toBe(true);
    expect(ignored("temp12", text)).toBe(false);
    expect(ignored("main.go", text)).toBe(true);
    expect(ignored("cmd/app/main.go", text)).toBe(true);
  });

  it("the last matching line wins, and ! re-includes", () => {
    const text = "*.md\n!README*.md\nREADME-secret.md\n";
    expect(ignored("CHANGELOG.md", text)).toBe(true);
    expect(ignored("README.md", text)).toBe(false);
    expect(ignored("README-secret.md", text)).toBe(true);
  });

  it("a directory pattern excludes what is inside it", () => {
    const text = "node_modules\n/build/\n.git\n";
    expect(ignored("node_modules/express/index.js", text)).toBe(true);
    expect(ignored("build/out.js", text)).toBe(true);
    expect(ignored("src/build.js", text)).toBe(false);
    expect(ignored(".git/HEAD", text)).toBe(true);
  });

  it("comments, blank lines, leading slashes, and . are handled as Docker does", () => {
    const text = "# comment\n\n/secret.txt\n.\n  spaced.txt  \n";
    expect(ignored("# comment", text)).toBe(false);
    expect(ignored("secret.txt", text)).toBe(true);
    expect(ignored("spaced.txt", text)).toBe(true);
    expect(ignored("app.py", text)).toBe(false);
    expect(parseDockerignore(text).map((p) => p.text)).toEqual(["secret.txt", "spaced.txt"]);
  });

  it("? and [] stay within one path element; ** at the end matches everything below", () => {
    expect(ignored("a/b", "a?b")).toBe(false);
    expect(ignored("x1.txt", "x[0-9].txt")).toBe(true);
    expect(ignored("logs/2024/jan.log", "logs/**")).toBe(true);
    expect(ignored("a.b", "a.b")).toBe(true);
    expect(ignored("axb", "a.b")).toBe(false);
  });
});
