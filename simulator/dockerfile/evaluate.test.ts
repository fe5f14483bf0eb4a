import { describe, expect, it } from "vitest";
import { evaluateProgram } from "./evaluate";
import { parseProgram } from "./instructions/index";
import { parseDockerfile } from "./parser";

const evaluate = (text: string, options = {}) => evaluateProgram(parseProgram(parseDockerfile(text)), options);
const envOf = (text: string, options = {}) => evaluate(text, options).stages.map((s) => s.steps.map((step) => step.runEnv));

describe("ARG and ENV scoping (BuildKit's rules)", () => {
  it("a global ARG is usable in FROM but not inside the stage until re-declared", () => {
    const result = evaluate("ARG VERSION=3.12\nFROM python:${VERSION}-slim\nRUN echo $VERSION\nARG VERSION\nRUN echo $VERSION\nLABEL v=$VERSION\n");
    const stage = result.stages[0];
    expect(stage?.baseName).toBe("python:3.12-slim");
    expect(stage?.steps[0]?.runEnv).toEqual([]);
    expect(stage?.steps[2]?.runEnv).toEqual(["VERSION=3.12"]);
    expect(stage?.steps[3]?.instruction).toMatchObject({ kind: "label", pairs: [{ key: "v", value: "3.12" }] });
  });

  it("--build-arg overrides defaults, global and in-stage, and unused ones are reported", () => {
    const result = evaluate("ARG V=1\nFROM alpine:${V}\nARG NAME=world\nRUN echo hi\n", { buildArgs: { V: "3.21", NAME: "docker", EXTRA: "x" } });
    expect(result.stages[0]?.baseName).toBe("alpine:3.21");
    expect(result.stages[0]?.steps[1]?.runEnv).toEqual(["NAME=docker"]);
    expect(result.unusedBuildArgs).toEqual(["EXTRA"]);
  });

  it("ENV overrides an ARG of the same name, and expands in later instructions", () => {
    const [steps] = envOf("FROM alpine\nARG MODE=dev\nENV MODE=prod APP=/srv/${MODE}\nWORKDIR $APP\nRUN true\n");
    expect(steps?.[3]).toEqual(["MODE=prod", "APP=/srv/dev"]);
    const evaluated = evaluate("FROM alpine\nENV DIR=/opt/app\nWORKDIR ${DIR}/src\nCOPY a.txt ${DIR}/\nUSER ${U:-nobody}\n").stages[0]?.steps;
    expect(evaluated?.[1]?.instruction).toMatchObject({ kind: "workdir", path: "/opt/app/src" });
    expect(evaluated?.[2]?.instruction).toMatchObject({ kind: "copy", dest: "/opt/app/" });
    expect(evaluated?.[3]?.instruction).toMatchObject({ kind: "user", user: "nobody" });
  });

  it("RUN, CMD and ENTRYPOINT are left for the shell", () => {
    const steps = evaluate("FROM alpine\nENV X=1\nRUN echo $X\nCMD echo $X\n").stages[0]?.steps;
    expect(steps?.[1]?.instruction).toMatchObject({ kind: "run", cmdLine: ["echo $X"] });
    expect(steps?.[2]?.instruction).toMatchObject({ kind: "cmd", cmdLine: ["echo $X"] });
  });

  it("a stage built FROM another inherits its ENV but not its ARGs", () => {
    const result = evaluate("FROM alpine AS base\nARG A=1\nENV E=2\nFROM base\nRUN true\n");
    expect(result.stages[1]?.steps[0]?.runEnv).toEqual(["E=2"]);
  });

  it("the base image's ENV is the starting environment", () => {
    const result = evaluate("FROM python:3.12\nRUN true\n", { baseImageEnv: () => ["PATH=/usr/local/bin:/usr/bin", "PYTHON_VERSION=3.12.8"] });
    expect(result.stages[0]?.steps[0]?.runEnv).toEqual(["PATH=/usr/local/bin:/usr/bin", "PYTHON_VERSION=3.12.8"]);
  });

  it("platform ARGs are global and must be declared in a stage", () => {
    const result = evaluate("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETARCH\nRUN true\n", { target: { os: "linux", arch: "arm64" }, build: { os: "linux", arch: "amd64" } });
    expect(result.stages[0]?.platform).toBe("linux/amd64");
    expect(result.stages[0]?.steps[1]?.runEnv).toEqual(["TARGETARCH=arm64"]);
  });

  it("proxy build-args reach RUN without an ARG line", () => {
    const result = evaluate("FROM alpine\nRUN true\n", { buildArgs: { HTTP_PROXY: "http://proxy:3128" } });
    expect(result.stages[0]?.steps[0]?.runEnv).toEqual(["HTTP_PROXY=http://proxy:3128"]);
    expect(result.unusedBuildArgs).toEqual([]);
  });

  it("a required variable that is unset fails with BuildKit's message", () => {
    expect(() => evaluate("FROM alpine\nWORKDIR ${DIR:?set DIR}\n")).toThrow("DIR: set DIR");
  });
});
