import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dispatchQuizAnswer, parseQuizAnswers } from "./quiz-answers";

describe("quiz answers", () => {
  it("round-trips, last answer wins, malformed input reads as none", () => {
    let a = dispatchQuizAnswer(parseQuizAnswers(null), "iso", "a");
    a = dispatchQuizAnswer(a, "iso", "b");
    a = dispatchQuizAnswer(a, "toString", "x"); // not an id: ignored
    expect({ ...parseQuizAnswers(JSON.stringify(a)) }).toEqual({ iso: "b" });
    expect({ ...parseQuizAnswers("[1]") }).toEqual({});
    expect({ ...parseQuizAnswers('{"__proto__":"a","q":3}') }).toEqual({});
    expect(parseQuizAnswers("{}").constructor).toBeUndefined();
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (s) => typeof parseQuizAnswers(s) === "object"));
    fc.assert(fc.property(fc.json(), (s) => Object.values(parseQuizAnswers(s)).every((v) => typeof v === "string")));
  });
});
