import { describe, expect, it } from "vitest";
import * as engine from "@/simulator";
import { concreteTag, parseImageRef, shortName, tagsBySpecificity } from "./catalog-images";
import { completionsAt } from "./completion-items";
import { createEngineAnalyzer } from "./engine-analyzer";

const { CATALOG } = engine;
const engineAnalyzer = createEngineAnalyzer(engine);
import { codeOfMarkerMessage, markerMessage, normaliseFinding, type EditorFinding } from "./findings";
import { FLAG_DOCS, flagsFor } from "./flag-docs";
import { hoverAt } from "./hover-content";
import { INSTRUCTION_DOCS, INSTRUCTION_KEYWORDS } from "./instruction-docs";
import { quickFixesFor, simpleCommandWords, type QuickFix } from "./quick-fixes";
import { escapeTokenOf, linesOf, scanInstructions } from "./text-model";

/** Applies a fix's edits (single-line or multi-line ranges, in reverse order) to the text. */
function apply(text: string, fix: QuickFix): string {
  const lines = text.split("\n");
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  let out = text;
  const edits = [...fix.edits].sort(
    (a, b) => offset(b.range.startLineNumber, b.range.startColumn) - offset(a.range.startLineNumber, a.range.startColumn),
  );
  for (const edit of edits) {
    const start = offset(edit.range.startLineNumber, edit.range.startColumn);
    const end = offset(edit.range.endLineNumber, edit.range.endColumn);
    out = out.slice(0, start) + edit.text + out.slice(end);
  }
  return out;
}

function fixes(text: string, code: string, line: number, message = "msg"): QuickFix[] {
  return quickFixesFor(code, message, line, linesOf(text), CATALOG);
}

describe("docs data", () => {
  it("covers all 18 instructions with a summary, syntax, example and snippet", () => {
    expect(INSTRUCTION_KEYWORDS).toHaveLength(18);
    for (const keyword of INSTRUCTION_KEYWORDS) {
      const doc = INSTRUCTION_DOCS[keyword];
      expect(doc.summary.length, keyword).toBeGreaterThan(10);
      expect(doc.syntax.length, keyword).toBeGreaterThan(0);
      expect(doc.example.length, keyword).toBeGreaterThan(3);
      expect(doc.snippet.toUpperCase().startsWith(keyword), keyword).toBe(true);
    }
  });

  it("covers the 17 builder flags, each on instructions that exist", () => {
    const expected = [
      "--from", "--chown", "--chmod", "--link", "--mount", "--platform", "--interval", "--timeout", "--start-period",
      "--start-interval", "--retries", "--network", "--security", "--exclude", "--parents", "--checksum", "--keep-git-dir",
    ];
    expect(Object.keys(FLAG_DOCS).sort()).toEqual([...expected].sort());
    for (const [name, doc] of Object.entries(FLAG_DOCS)) {
      for (const instruction of doc.instructions) expect(INSTRUCTION_KEYWORDS, name).toContain(instruction);
      expect(doc.snippet.startsWith(name), name).toBe(true);
    }
    expect(flagsFor("copy")).toEqual(["--from", "--chown", "--chmod", "--link", "--exclude", "--parents"]);
    expect(flagsFor("CMD")).toEqual([]);
  });
});

describe("text model", () => {
  it("groups continuation lines, inner comments and heredoc bodies into one instruction", () => {
    const text = [
      "# syntax=docker/dockerfile:1",
      "FROM alpine AS base",
      "RUN --mount=type=cache,target=/c \\",
      "# a comment inside",
      "    apk add curl",
      "",
      "COPY <<EOF /etc/motd",
      "hello",
      "EOF",
      "onbuild run echo hi",
    ].join("\n");
    const spans = scanInstructions(linesOf(text));
    expect(spans.map((s) => [s.keyword.text, s.startLine, s.endLine])).toEqual([
      ["FROM", 2, 2],
      ["RUN", 3, 5],
      ["COPY", 7, 9],
      ["onbuild", 10, 10],
    ]);
    expect(spans[1]?.commentLines).toEqual([4]);
    expect(spans[1]?.flags.map((w) => w.text)).toEqual(["--mount=type=cache,target=/c"]);
    expect(spans[1]?.args.map((w) => w.text)).toEqual(["apk", "add", "curl"]);
    expect(spans[2]?.heredocLines).toEqual([8, 9]);
    expect(spans[3]?.trigger?.text).toBe("run");
  });

  it("honours the escape directive", () => {
    const src = linesOf("# escape=`\nFROM x\nRUN a `\n  b\nRUN c \\\nRUN d");
    expect(escapeTokenOf(src)).toBe("`");
    expect(scanInstructions(src).map((s) => [s.startLine, s.endLine])).toEqual([[2, 2], [3, 4], [5, 5], [6, 6]]);
  });
});

describe("catalog images", () => {
  it("resolves names to the catalog and finds the concrete tag behind a floating one", () => {
    expect(parseImageRef("alpine")).toMatchObject({ name: "alpine", domain: "docker.io", path: "library/alpine" });
    expect(parseImageRef("docker.io/library/alpine:3")).toMatchObject({ tag: "3", path: "library/alpine" });
    expect(parseImageRef("localhost:5000/app:1")).toMatchObject({ domain: "localhost:5000", path: "app", tag: "1" });
    expect(parseImageRef("$BASE")).toBeUndefined();
    const alpine = CATALOG.find((r) => r.path === "library/alpine");
    expect(alpine).toBeDefined();
    if (!alpine) return;
    expect(shortName(alpine)).toBe("alpine");
    expect(concreteTag(alpine)).toBe("3.21.3");
    expect(concreteTag(alpine, "3.21")).toBe("3.21.3");
    expect(concreteTag(alpine, "3.21.3")).toBeUndefined();
    expect(tagsBySpecificity(alpine)).toEqual(["3.21.3", "3.20.6", "3.19.7", "3.21", "3.20", "3.19", "3", "latest"]);
  });
});

describe("analysis", () => {
  const analyze = (text: string) => engineAnalyzer.analyze(text).map((f) => normaliseFinding(f, text.split("\n").length));

  it("reports a parse error in Docker's wording and nothing for an empty editor", () => {
    expect(analyze("   \n")).toEqual([]);
    const [finding] = analyze("FROM alpine:3.21.3\nENV ONLYNAME\n");
    expect(finding).toMatchObject({ code: "parse-error", severity: "error", line: 2 });
    expect(finding?.message).toMatch(/^dockerfile parse error on line 2: /);
  });

  it("reports the linter's findings, an unknown instruction in Docker's wording, and explains them", () => {
    const findings = analyze("FROM alpine\nRUNN echo hi\nCMD python3 app.py\n");
    const byCode = new Map(findings.map((f) => [f.code, f]));
    expect(byCode.get("DL3006")).toMatchObject({ severity: "warning", line: 1, endLine: 1 });
    expect(byCode.get("unknown-instruction")).toMatchObject({
      severity: "error",
      line: 2,
      message: "dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)",
    });
    expect([...byCode.keys()]).toEqual(expect.arrayContaining(["DL3025"]));
    expect(engineAnalyzer.explain("DL3006")?.why.length).toBeGreaterThan(10);
    expect(engineAnalyzer.explain("no-such-rule")).toBeUndefined();
  });

  it("offers a quick fix for every finding the tie-ins name", () => {
    const text = "FROM alpine\nMAINTAINER Ada\nCMD python3 app.py\nRUNN echo hi\nFROM alpine:latest as two\n";
    const findings = analyze(text);
    const fixable = findings.filter((f) => ["DL3006", "DL3007", "DL3025", "JSONArgsRecommended", "DL4000", "MaintainerDeprecated", "FromAsCasing", "unknown-instruction"].includes(f.code));
    expect(fixable.map((f) => f.code).sort()).toEqual(
      ["DL3006", "DL3007", "DL3025", "DL4000", "FromAsCasing", "JSONArgsRecommended", "MaintainerDeprecated", "unknown-instruction"].sort(),
    );
    for (const f of fixable) expect(fixes(text, f.code, f.line, f.message).length, f.code).toBeGreaterThan(0);
  });

  it("clamps findings to the document and words markers as `<code>: <message>`", () => {
    const f: EditorFinding = { code: "parse-error", severity: "error", line: 0, endLine: 99, message: "file with no instructions" };
    const n = normaliseFinding(f, 3);
    expect(n).toMatchObject({ line: 1, endLine: 3, message: "dockerfile parse error on line 0: file with no instructions" });
    expect(markerMessage({ ...n, code: "DL3006", message: "Always tag" })).toBe("DL3006: Always tag");
    expect(codeOfMarkerMessage("DL3006: Always tag")).toBe("DL3006");
    expect(codeOfMarkerMessage("parse-error: dockerfile parse error on line 1: x")).toBe("parse-error");
  });
});

describe("quick fixes", () => {
  it("turns a simple shell-form CMD into exec form, keeping the keyword's case", () => {
    const text = "FROM alpine\ncmd python app.py --port 80";
    const [words, shell] = fixes(text, "DL3025", 2);
    expect(words && apply(text, words)).toBe('FROM alpine\ncmd ["python", "app.py", "--port", "80"]');
    expect(shell && apply(text, shell)).toBe('FROM alpine\ncmd ["/bin/sh", "-c", "python app.py --port 80"]');
  });

  it("keeps shell features behind an explicit shell, and joins continuation lines", () => {
    const text = "FROM alpine\nENTRYPOINT echo $HOME && \\\n  sleep 1";
    const all = fixes(text, "JSONArgsRecommended", 2);
    expect(all).toHaveLength(1);
    expect(all[0] && apply(text, all[0])).toBe('FROM alpine\nENTRYPOINT ["/bin/sh", "-c", "echo $HOME &&   sleep 1"]');
    expect(simpleCommandWords(`echo "a b" 'c'`)).toEqual(["echo", "a b", "c"]);
    expect(simpleCommandWords("A=1 run")).toBeUndefined();
    expect(fixes('FROM alpine\nCMD ["x"]', "DL3025", 2)).toEqual([]);
    const onbuild = "FROM alpine\nONBUILD CMD run it";
    const [trigger] = fixes(onbuild, "DL3025", 2);
    expect(trigger && apply(onbuild, trigger)).toBe('FROM alpine\nONBUILD CMD ["run", "it"]');
    const health = "FROM alpine\nHEALTHCHECK --interval=5s \\\n  CMD wget -qO- http://localhost/ || exit 1";
    const [healthFix] = fixes(health, "DL3025", 2);
    expect(healthFix && apply(health, healthFix)).toBe(
      'FROM alpine\nHEALTHCHECK --interval=5s \\\n  CMD ["/bin/sh", "-c", "wget -qO- http://localhost/ || exit 1"]',
    );
  });

  it("pins FROM image and image:latest to the catalog's concrete tag", () => {
    const text = "FROM alpine AS base\nFROM --platform=linux/amd64 alpine:latest\nFROM base\nFROM nosuch/image";
    const [pin] = fixes(text, "DL3006", 1);
    expect(pin?.title).toContain("alpine:3.21.3");
    expect(pin && apply(text, pin).split("\n")[0]).toBe("FROM alpine:3.21.3 AS base");
    const [latest] = fixes(text, "DL3007", 2);
    expect(latest && apply(text, latest).split("\n")[1]).toBe("FROM --platform=linux/amd64 alpine:3.21.3");
    expect(fixes(text, "DL3006", 3)).toEqual([]);
    expect(fixes(text, "DL3006", 4)).toEqual([]);
  });

  it("rewrites MAINTAINER as a maintainer label", () => {
    const text = 'FROM alpine\nMAINTAINER Ada "The Countess" <ada@example.com>';
    const [fix] = fixes(text, "DL4000", 2);
    expect(fix && apply(text, fix)).toBe('FROM alpine\nLABEL maintainer="Ada \\"The Countess\\" <ada@example.com>"');
    const lower = "from alpine\nmaintainer \"Ada\"";
    const [fix2] = fixes(lower, "MaintainerDeprecated", 2);
    expect(fix2 && apply(lower, fix2)).toBe('from alpine\nlabel maintainer="Ada"');
  });

  it("matches AS to FROM's case, and applies Docker's keyword suggestion", () => {
    const [fix] = fixes("FROM alpine as build", "FromAsCasing", 1);
    expect(fix && apply("FROM alpine as build", fix)).toBe("FROM alpine AS build");
    const [fix2] = fixes("from alpine AS build", "FromAsCasing", 1);
    expect(fix2 && apply("from alpine AS build", fix2)).toBe("from alpine as build");
    const text = "FROM alpine\nRUNN echo hi";
    const [fix3] = fixes(text, "parse-error", 2, "dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)");
    expect(fix3 && apply(text, fix3)).toBe("FROM alpine\nRUN echo hi");
  });
});

describe("completion", () => {
  const labels = (text: string, line: number, column: number) =>
    completionsAt(linesOf(text), line, column, CATALOG).map((e) => e.label);

  it("offers instruction keywords with snippets at the start of an instruction only", () => {
    const entries = completionsAt(linesOf("FROM alpine\nCO"), 2, 3, CATALOG);
    expect(entries.map((e) => e.label)).toHaveLength(18);
    const copy = entries.find((e) => e.label === "COPY");
    expect(copy).toMatchObject({ insertText: "COPY ${1:src} ${2:dest}", snippet: true, range: { startColumn: 1, endColumn: 3 } });
    expect(labels("FROM alpine\nRUN echo \\\n  CO", 3, 5)).toEqual([]);
    expect(labels("FROM alpine\nONBUILD R", 2, 10)).not.toContain("FROM");
    expect(labels("FROM alpine\nONBUILD R", 2, 10)).toContain("RUN");
  });

  it("offers the current instruction's flags after --", () => {
    expect(labels("FROM alpine\nCOPY --", 2, 8)).toEqual(["--from", "--chown", "--chmod", "--link", "--exclude", "--parents"]);
    expect(labels("FROM alpine\nCOPY --from=a --", 2, 17)).not.toContain("--from");
    expect(labels("FROM alpine\nRUN --mount=x --", 2, 17)).toContain("--mount");
    expect(labels("FROM alpine\nHEALTHCHECK --", 2, 15)).toContain("--start-interval");
    expect(labels("FROM alpine\nRUN apt-get install --", 2, 23)).toEqual([]);
    expect(labels("FROM alpine AS build\nFROM alpine\nCOPY --from=", 3, 13)).toEqual(["build"]);
  });

  it("offers catalog images after FROM, then the tags after name:", () => {
    expect(labels("FROM ", 1, 6)).toEqual(expect.arrayContaining(["alpine", "hello-world"]));
    expect(labels("FROM --platform=linux/amd64 al", 1, 31)).toContain("alpine");
    const tags = completionsAt(linesOf("FROM alpine:3"), 1, 14, CATALOG);
    expect(tags.map((e) => e.label)).toEqual(["3.21.3", "3.20.6", "3.19.7", "3.21", "3.20", "3.19", "3", "latest"]);
    expect(tags[0]?.range).toMatchObject({ startColumn: 13, endColumn: 14 });
    expect(labels("FROM alpine:3.21.3 ", 1, 20)).toEqual(["AS"]);
    expect(labels("from alpine a", 1, 14)).toEqual(["as"]);
  });
});

describe("hover", () => {
  const none = () => undefined;

  it("documents the keyword and the flag under the mouse", () => {
    const text = "FROM alpine\nCOPY --chown=app:app . /app\nRUN --chmod=7 x";
    const keyword = hoverAt(linesOf(text), 1, 2, [], none);
    expect(keyword?.contents[0]).toContain("**FROM**");
    expect(keyword?.range).toEqual({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 5 });
    const flag = hoverAt(linesOf(text), 2, 8, [], none);
    expect(flag?.contents[0]).toContain("**--chown**");
    expect(flag?.range).toMatchObject({ startColumn: 6, endColumn: 13 });
    expect(hoverAt(linesOf(text), 2, 16, [], none)).toBeUndefined();
    expect(hoverAt(linesOf(text), 3, 7, [], none)?.contents[0]).toContain("RUN does not take `--chmod`");
  });

  it("shows the line's findings with their explanation", () => {
    const finding: EditorFinding = { code: "DL3006", severity: "warning", line: 1, endLine: 1, column: 6, message: "Always tag the version" };
    const result = hoverAt(linesOf("FROM alpine"), 1, 2, [finding], () => ({
      why: "Builds change under you.",
      fix: "Pin a tag.",
      before: "FROM alpine",
      after: "FROM alpine:3.21.3",
    }));
    expect(result?.contents).toHaveLength(2);
    expect(result?.contents[1]).toContain("**DL3006** · warning — Always tag the version");
    expect(result?.contents[1]).toContain("**Why it matters:** Builds change under you.");
    const inside = hoverAt(linesOf("FROM alpine"), 1, 8, [finding], none);
    expect(inside?.contents).toEqual(["**DL3006** · warning"]);
  });
});
