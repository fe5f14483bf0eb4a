import { describe, expect, it } from "vitest";
import { parseSharedChallenge, type SharedChallenge } from "./challenge-codec";
import { createEmptyDraft, formatChallengeDraft, parseChallengeDraft } from "./challenge-draft";

const CHALLENGE: SharedChallenge = {
  title: "Publish the app",
  summary: "Run the app so it answers on localhost:5111.",
  text: "Make it answer.",
  files: { "/app/app.py": "print(1)\n" },
  setup: ["docker pull python:3.8"],
  checks: [{ id: "up", title: "It answers", kind: "http-answers", port: 5111, contains: "Hello", hints: ["Publish with -p"] }],
  solution: ["docker run -d -p 5111:5000 app"],
};

describe("challenge draft", () => {
  it("round-trips a challenge through the builder's form", () => {
    expect(parseChallengeDraft(formatChallengeDraft(CHALLENGE))).toEqual(CHALLENGE);
  });

  it("normalizes paths and drops blank command lines", () => {
    const draft = { ...createEmptyDraft(), files: [{ path: " app/Dockerfile ", content: "FROM nginx\n" }], setup: "docker pull nginx\n\n  \n" };
    const c = parseChallengeDraft(draft);
    expect(c.files).toEqual({ "/app/Dockerfile": "FROM nginx\n" });
    expect(c.setup).toEqual(["docker pull nginx"]);
  });

  it("an empty draft is not a valid challenge yet, and says which field is missing", () => {
    const r = parseSharedChallenge(parseChallengeDraft(createEmptyDraft()));
    expect(r).toMatchObject({ ok: false, error: expect.stringContaining("title") });
  });
});
