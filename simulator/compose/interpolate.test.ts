import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateInterpolated } from "./interpolate";
import { parseDotEnv } from "./dotenv";
import { ComposeError } from "./types";

function run(text: string, env: Record<string, string> = {}): { value: string; unset: string[] } {
  const unset: string[] = [];
  const value = calculateInterpolated(text, "services.web.image", { env, warnUnset: (n) => unset.push(n) });
  return { value, unset };
}

describe("calculateInterpolated", () => {
  it("substitutes $VAR and ${VAR}, and $$ is a literal dollar", () => {
    expect(run("$A-${B}/$$C", { A: "x", B: "y" }).value).toBe("x-y/$C");
  });
  it("applies defaults: :- for unset or empty, - for unset only", () => {
    expect(run("${A:-d}|${A-d}", { A: "" }).value).toBe("d|");
    expect(run("${A:-d}|${A-d}").value).toBe("d|d");
    expect(run("${A:-${B:-z}}").value).toBe("z");
  });
  it("applies alternatives :+ and +", () => {
    expect(run("${A:+y}|${A+y}", { A: "" }).value).toBe("|y");
  });
  it("warns about an unset variable without a default and uses a blank", () => {
    expect(run("postgres:${TAG}")).toEqual({ value: "postgres:", unset: ["TAG"] });
  });
  it("fails on a missing required variable with Compose's wording", () => {
    expect(() => run("${TAG:?set TAG first}")).toThrow("error while interpolating services.web.image: required variable TAG is missing a value: set TAG first");
    expect(() => run("${TAG?}", {})).toThrow("required variable TAG is missing a value");
    expect(run("${TAG?}", { TAG: "" }).value).toBe("");
  });
  it("refuses an invalid template", () => {
    expect(() => run("${A")).toThrow("invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\n${A");
    expect(() => run("echo $1")).toThrow(ComposeError);
  });
  it("never throws anything but a ComposeError, and text without $ is unchanged", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const { value } = run(text, { A: "1" });
          if (!text.includes("$")) expect(value).toBe(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ComposeError);
        }
      }),
    );
  });
});

describe("parseDotEnv", () => {
  it("reads KEY=VALUE lines, export, quotes, comments and references", () => {
    const env = parseDotEnv("# c\nexport A=1\nB='two $A'\nC=\"x\\ny ${A}\"\nD=plain # comment\nE=${A}2\n", "/p/.env");
    expect(env).toEqual({ A: "1", B: "two $A", C: "x\ny 1", D: "plain", E: "12" });
  });
  it("keeps __proto__ as an ordinary key", () => {
    expect(Object.keys(parseDotEnv("__proto__=1\n", "/p/.env"))).toEqual(["__proto__"]);
  });
  it("never crashes on random text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseDotEnv(text, "/p/.env");
        } catch (error) {
          expect(error).toBeInstanceOf(ComposeError);
        }
      }),
    );
  });
});
