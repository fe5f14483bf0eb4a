import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { listRunnableCommands, parseLessonMarkup, type LessonBlock } from "./parse-lesson-markup";

describe("parseLessonMarkup", () => {
  it("splits markdown, Run, console, Hint, Solution, Quiz and tasks", () => {
    const text = [
      "# Title",
      "",
      "Some text.",
      "<Run>docker ps -a</Run>",
      "```console",
      "$ docker images",
      "# a comment",
      "```",
      '<Hint title="Stuck?">',
      "Try `docker ps`.",
      "</Hint>",
      '<Solution after="3">',
      "<Run>docker run hello-world</Run>",
      "</Solution>",
      '<Quiz id="iso" answer="b">',
      "What gives a container its own hostname?",
      '<Option id="a">cgroups</Option>',
      '<Option id="b">the UTS **namespace**</Option>',
      "</Quiz>",
      "- [ ] Run hello-world {check=ran-hello}",
      "- [x] List containers {check=listed}",
      "- [ ] a plain task",
    ].join("\n");
    const { blocks, problems } = parseLessonMarkup(text);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.kind)).toEqual(["markdown", "run", "console", "hint", "solution", "quiz", "tasks", "markdown"]);
    expect(blocks[2]).toEqual({ kind: "console", lines: [{ text: "$ docker images", command: "docker images" }, { text: "# a comment" }] });
    expect(blocks[3]).toMatchObject({ kind: "hint", title: "Stuck?" });
    expect(blocks[4]).toMatchObject({ kind: "solution", after: 3, blocks: [{ kind: "run", command: "docker run hello-world" }] });
    expect(blocks[5]).toEqual({
      kind: "quiz",
      id: "iso",
      answer: "b",
      question: "What gives a container its own hostname?",
      options: [
        { id: "a", text: "cgroups" },
        { id: "b", text: "the UTS **namespace**" },
      ],
    });
    expect(blocks[6]).toEqual({
      kind: "tasks",
      items: [
        { check: "ran-hello", text: "Run hello-world", done: false },
        { check: "listed", text: "List containers", done: true },
      ],
    });
    expect(listRunnableCommands(blocks)).toEqual(["docker ps -a", "docker images", "docker run hello-world"]);
  });

  it("reports malformed components instead of throwing", () => {
    const cases: [string, RegExp][] = [
      ["<Hint>\nno end", /never closed/],
      ['<Quiz id="q">\nQ?\n<Option id="a">x</Option>\n</Quiz>', /at least two/],
      ['<Quiz id="q" answer="z">\nQ?\n<Option id="a">x</Option>\n<Option id="b">y</Option>\n</Quiz>', /answer "z"/],
      ['<Quiz answer="a">\nQ?\n<Option id="a">x</Option>\n<Option id="a">y</Option>\n</Quiz>', /needs an id|twice/],
      ['<Solution after="many">\nx\n</Solution>', /whole number/],
      ['<Hint colour="red">\nx\n</Hint>', /no attribute colour/],
      ["<Run></Run>", /one command/],
      ["Type <Run>docker ps</Run> now", /misplaced/],
      ["<Solution>\n<Hint>\n</Hint>\n</Solution>", /inside another/],
      ["- [ ] x {check=Bad_Id}", /not a check id/],
      ["```console\ndocker ps", /never closed/],
    ];
    for (const [text, problem] of cases) expect(parseLessonMarkup(text).problems.join("\n")).toMatch(problem);
  });

  it("keeps plain markdown, other fences and `toString` ids as they are", () => {
    const text = "A\n```sh\n<Run>not a button</Run>\n```\n- [ ] no check";
    expect(parseLessonMarkup(text)).toEqual({ blocks: [{ kind: "markdown", text }], problems: [] });
    expect(parseLessonMarkup('<Quiz id="tostring">\nQ\n<Option id="constructor">x</Option>\n<Option id="b">y</Option>\n</Quiz>').problems).toEqual([]);
  });
});

const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const phrase = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 .,'-]{0,30}$/).map((s) => s.trim() || "x");
const command = fc.stringMatching(/^(docker|kubectl|ls|echo) [a-z0-9 .:-]{1,20}$/).map((s) => s.trim());

/** Well-formed blocks and the markup that writes them. */
const block: fc.Arbitrary<[LessonBlock, string]> = fc.oneof(
  phrase.map((t): [LessonBlock, string] => [{ kind: "markdown", text: t }, t]),
  command.map((c): [LessonBlock, string] => [{ kind: "run", command: c }, `<Run>${c}</Run>`]),
  fc.array(command, { minLength: 1, maxLength: 3 }).map((cs): [LessonBlock, string] => [
    { kind: "console", lines: cs.map((c) => ({ text: `$ ${c}`, command: c })) },
    ["```console", ...cs.map((c) => `$ ${c}`), "```"].join("\n"),
  ]),
  fc.tuple(phrase, command).map(([title, c]): [LessonBlock, string] => [
    { kind: "hint", title, blocks: [{ kind: "run", command: c }] },
    `<Hint title="${title}">\n<Run>${c}</Run>\n</Hint>`,
  ]),
  fc.tuple(fc.integer({ min: 0, max: 20 }), phrase).map(([after, t]): [LessonBlock, string] => [
    { kind: "solution", after, blocks: [{ kind: "markdown", text: t }] },
    `<Solution after="${after}">\n${t}\n</Solution>`,
  ]),
  fc.tuple(word, phrase, fc.uniqueArray(word, { minLength: 2, maxLength: 4 })).map(([id, q, ids]): [LessonBlock, string] => [
    { kind: "quiz", id, answer: ids[0] ?? "", question: q, options: ids.map((o) => ({ id: o, text: `choice ${o}` })) },
    [`<Quiz id="${id}" answer="${ids[0] ?? ""}">`, q, ...ids.map((o) => `<Option id="${o}">choice ${o}</Option>`), "</Quiz>"].join("\n"),
  ]),
  fc.array(fc.tuple(word, phrase), { minLength: 1, maxLength: 3 }).map((items): [LessonBlock, string] => [
    { kind: "tasks", items: items.map(([check, text]) => ({ check, text, done: false })) },
    items.map(([check, text]) => `- [ ] ${text} {check=${check}}`).join("\n"),
  ]),
);

describe("parseLessonMarkup properties", () => {
  it("never throws, whatever the text", () => {
    const piece = fc.constantFrom("<Run>", "</Run>", "<Hint>", "</Hint>", '<Quiz id="a">', "</Quiz>", '<Option id="a">x</Option>', "```", "```console", "- [ ] t {check=", "}", "\n", "x", '"', "<Solution after=\"1\">", "</Solution>");
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        const out = parseLessonMarkup(parts.join(""));
        expect(Array.isArray(out.blocks)).toBe(true);
      }),
    );
  });

  it("reads back well-formed components it was given, with no problems", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (pairs) => {
        // A blank line between blocks keeps consecutive markdown/task blocks apart as a writer would.
        const out = parseLessonMarkup(pairs.map(([, text]) => text).join("\n\n"));
        expect(out.problems).toEqual([]);
        const strip = (bs: LessonBlock[]) => bs.map((b) => (b.kind === "markdown" ? { kind: "markdown", text: b.text.trim() } : b));
        // Consecutive task lists separated by a blank line stay two lists.
        const expected = pairs.map(([b]) => b).reduce<LessonBlock[]>((acc, b) => {
          const last = acc[acc.length - 1];
          if (last?.kind === "markdown" && b.kind === "markdown") acc[acc.length - 1] = { kind: "markdown", text: `${last.text}\n\n${b.text}` };
          else acc.push(b);
          return acc;
        }, []);
        expect(strip(out.blocks)).toEqual(strip(expected));
      }),
    );
  });
});
