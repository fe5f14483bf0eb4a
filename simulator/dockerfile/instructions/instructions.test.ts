import { describe, expect, it } from "vitest";
import { DockerfileParseError, formatParseError } from "../ast";
import { parseDockerfile } from "../parser";
import { parseGoDuration, parseProgram } from "./index";

function errorOf(text: string): string {
  try {
    parseProgram(parseDockerfile(text));
  } catch (error) {
    if (error instanceof DockerfileParseError) return formatParseError(error);
    throw error;
  }
  return "no error";
}

describe("typed instructions (BuildKit's validation and wording)", () => {
  it.each([
    ["FROM alpine\nRUNN echo hi\n", "dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)"],
    ["FROM alpine\nrunn echo hi\n", "dockerfile parse error on line 2: unknown instruction: runn (did you mean run?)"],
    ["FROM alpine\nCOPPY a b\n", "dockerfile parse error on line 2: unknown instruction: COPPY (did you mean COPY?)"],
    ["FROM alpine\nFOO bar\n", "dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)"],
    ["FROM alpine\nFOOBAR bar\n", "dockerfile parse error on line 2: unknown instruction: FOOBAR"],
    ["FROM alpine AS 1build\n", 'dockerfile parse error on line 1: invalid name for build stage: "1build", name can\'t start with a number or contain symbols'],
    ["FROM alpine AS\n", "dockerfile parse error on line 1: FROM requires either one or three arguments"],
    ["FROM\n", "dockerfile parse error on line 1: FROM requires either one or three arguments"],
    ["FROM alpine\nCOPY app.py\n", "dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined"],
    ["FROM alpine\nCOPY --frm=build a b\n", "dockerfile parse error on line 2: unknown flag: frm (did you mean from?)"],
    ["FROM alpine\nCOPY --from=a --from=b x y\n", "dockerfile parse error on line 2: duplicate flag specified: from"],
    ["FROM alpine\nCOPY --from x y\n", "dockerfile parse error on line 2: missing a value on flag: from"],
    ["FROM alpine\nCOPY --link=maybe x y\n", "dockerfile parse error on line 2: expecting boolean value for flag link, not: maybe"],
    ["FROM alpine\nWORKDIR\n", "dockerfile parse error on line 2: WORKDIR requires exactly one argument"],
    ["FROM alpine\nEXPOSE\n", "dockerfile parse error on line 2: EXPOSE requires at least one argument"],
    ["FROM alpine\nSHELL /bin/bash -c\n", "dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form"],
    ["FROM alpine\nHEALTHCHECK NONE x\n", "dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments"],
    ["FROM alpine\nHEALTHCHECK CURL x\n", 'dockerfile parse error on line 2: Unknown type "CURL" in HEALTHCHECK (try CMD)'],
    ["FROM alpine\nHEALTHCHECK --interval=5 CMD true\n", 'dockerfile parse error on line 2: time: missing unit in duration "5"'],
    ["FROM alpine\nHEALTHCHECK --interval=1us CMD true\n", 'dockerfile parse error on line 2: Interval "interval" cannot be less than 1ms'],
    ["FROM alpine\nHEALTHCHECK --retries=-1 CMD true\n", "dockerfile parse error on line 2: --retries cannot be negative (-1)"],
    ["FROM alpine\nONBUILD FROM x\n", "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger"],
    ["FROM alpine\nONBUILD ONBUILD RUN x\n", "dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed"],
    ["FROM alpine\nARG =x\n", "dockerfile parse error on line 2: ARG names can not be blank"],
    ["FROM alpine\nENV =x\n", "dockerfile parse error on line 2: ENV names can not be blank"],
    ["FROM alpine\nRUN --network=wifi true\n", 'dockerfile parse error on line 2: unsupported network mode "wifi"'],
    ["RUN echo hi\n", "dockerfile parse error on line 1: no build stage in current context"],
    ["FROM alpine\nUSER --chown=x root\n", "dockerfile parse error on line 2: unknown flag: chown"],
    ["FROM alpine\nRUN echo a \\\n  && echo b\nCOPY\n", "dockerfile parse error on line 4: COPY requires at least two arguments, but only one was provided. Destination could not be determined"],
  ])("%j → %s", (text, message) => {
    expect(errorOf(text)).toBe(message);
  });

  it("types a full multi-stage Dockerfile", () => {
    const program = parseProgram(
      parseDockerfile(
        [
          "ARG VERSION=3.12",
          "FROM python:${VERSION}-slim AS build",
          "WORKDIR /app",
          "COPY --chown=app:app requirements.txt .",
          'RUN --mount=type=cache,target=/root/.cache pip install -r requirements.txt',
          "ENV A=1 B=\"two words\"",
          "FROM python:3.12-slim",
          "COPY --from=build /app /app",
          "EXPOSE 8000 80/tcp",
          'HEALTHCHECK --interval=30s --retries=3 CMD ["curl", "-f", "http://localhost/"]',
          'CMD ["python", "app.py"]',
          "",
        ].join("\n"),
      ),
    );
    expect(program.metaArgs[0]?.args).toEqual([{ key: "VERSION", value: "3.12" }]);
    expect(program.stages.map((s) => [s.from.baseName, s.from.stageName])).toEqual([
      ["python:${VERSION}-slim", "build"],
      ["python:3.12-slim", ""],
    ]);
    const [workdir, copy, run, env] = program.stages[0]?.commands ?? [];
    expect(workdir).toMatchObject({ kind: "workdir", path: "/app" });
    expect(copy).toMatchObject({ kind: "copy", sources: ["requirements.txt"], dest: ".", chown: "app:app" });
    expect(run).toMatchObject({ kind: "run", mounts: ["type=cache,target=/root/.cache"], prependShell: true, cmdLine: ["pip install -r requirements.txt"] });
    expect(env).toMatchObject({ kind: "env", pairs: [{ key: "A", value: "1" }, { key: "B", value: '"two words"' }] });
    const last = program.stages[1]?.commands ?? [];
    expect(last[1]).toMatchObject({ kind: "expose", ports: ["80/tcp", "8000"] });
    expect(last[2]).toMatchObject({ kind: "healthcheck", test: ["CMD", "curl", "-f", "http://localhost/"], intervalMs: 30000, retries: 3 });
    expect(last[3]).toMatchObject({ kind: "cmd", cmdLine: ["python", "app.py"], prependShell: false });
  });

  it("heredoc sources of COPY become inline contents", () => {
    const program = parseProgram(parseDockerfile("FROM alpine\nCOPY <<-EOF /etc/motd\n\thello\nEOF\n"));
    expect(program.stages[0]?.commands[0]).toMatchObject({ kind: "copy", sources: [], contents: [{ path: "EOF", data: "hello\n", expand: true }], dest: "/etc/motd" });
  });

  it("parses Go durations", () => {
    expect(parseGoDuration("1m30s")).toBe(90_000);
    expect(parseGoDuration("1.5h")).toBe(5_400_000);
    expect(parseGoDuration("300ms")).toBe(300);
    expect(() => parseGoDuration("x")).toThrow('time: invalid duration "x"');
    expect(() => parseGoDuration("5y")).toThrow('time: unknown unit "y" in duration "5y"');
  });
});
