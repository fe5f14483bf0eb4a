import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateLineDiff, formatUnifiedDiff } from "./line-diff";

describe("calculateLineDiff", () => {
  it("keeps common lines and puts removals before additions", () => {
    expect(calculateLineDiff("a\nb\nc\n", "a\nB\nc\n")).toEqual([
      { kind: " ", text: "a" },
      { kind: "-", text: "b" },
      { kind: "+", text: "B" },
      { kind: " ", text: "c" },
    ]);
  });

  it("reconstructs both texts from any diff", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "FROM x", ""), { maxLength: 12 }).map((lines) => lines.map((l) => `${l}\n`).join(""));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const diff = calculateLineDiff(before, after);
        const join = (lines: string[]) => lines.map((l) => `${l}\n`).join("");
        expect(join(diff.filter((l) => l.kind !== "+").map((l) => l.text))).toBe(before);
        expect(join(diff.filter((l) => l.kind !== "-").map((l) => l.text))).toBe(after);
      }),
    );
  });
});

describe("formatUnifiedDiff", () => {
  it("prints git diff's unified format", () => {
    const before = "FROM python:3.8\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\nCMD [\"python\", \"app.py\"]\n";
    const after = before.replace("COPY . /app\nWORKDIR /app\n", "WORKDIR /app\nCOPY requirements.txt .\n");
    expect(formatUnifiedDiff("Dockerfile", before, after)).toBe(
      [
        "diff --git a/Dockerfile b/Dockerfile",
        "--- a/Dockerfile",
        "+++ b/Dockerfile",
        "@@ -1,5 +1,5 @@",
        " FROM python:3.8",
        "-COPY . /app",
        " WORKDIR /app",
        "+COPY requirements.txt .",
        " RUN pip install -r requirements.txt",
        ' CMD ["python", "app.py"]',
        "",
      ].join("\n"),
    );
  });

  it("diffs new and deleted files against /dev/null, and nothing for equal texts", () => {
    expect(formatUnifiedDiff("a.txt", null, "x\n")).toBe("diff --git a/a.txt b/a.txt\nnew file mode 100644\n--- /dev/null\n+++ b/a.txt\n@@ -0,0 +1 @@\n+x\n");
    expect(formatUnifiedDiff("a.txt", "x\ny\n", null)).toContain("--- a/a.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n");
    expect(formatUnifiedDiff("a.txt", "same\n", "same\n")).toBe("");
  });

  it("splits far-apart changes into separate hunks", () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join("\n") + "\n";
    const after = before.replace("line 1\n", "line one\n").replace("line 18\n", "line eighteen\n");
    const hunks = formatUnifiedDiff("f", before, after).split("\n").filter((l) => l.startsWith("@@"));
    expect(hunks).toEqual(["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"]);
  });
});
