import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../parser";
import { lintDockerfile } from "./lint";

const codes = (text: string, config = {}) => lintDockerfile(text, config).map((f) => `${f.line}:${f.code}`);

describe("hadolint pragmas", () => {
  const text = "FROM debian\n# hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\nRUN apt-get install -y wget\n";

  it("an ignore comment silences the listed rules for the next instruction only", () => {
    const out = codes(text);
    expect(out).not.toContain("3:DL3008");
    expect(out).not.toContain("3:DL3015");
    expect(out).toContain("4:DL3008");
    expect(out).toContain("4:DL3015");
    expect(out).toContain("1:DL3006");
  });

  it("accepts spaces around the list and several comment lines above", () => {
    const out = codes("FROM debian:12\n# hadolint ignore = DL3008 , DL3015\n# install curl\nRUN apt-get install -y curl\n");
    expect(out).not.toContain("4:DL3008");
    expect(out).not.toContain("4:DL3015");
  });

  it("global ignore applies to the whole file, wherever it is", () => {
    expect(codes("FROM debian\nRUN apt-get install -y curl\n# hadolint global ignore=DL3006,DL3008\n")).toEqual(["2:DL3015"]);
    expect(codes("# hadolint global ignore=DL3015\nFROM debian:12\nRUN apt-get install -y curl=1\n")).toEqual([]);
  });

  it("can silence BuildKit checks too", () => {
    expect(codes("FROM debian:12\n# hadolint ignore=JSONArgsRecommended,DL3025\nCMD node x\n")).toEqual([]);
  });

  it("are not applied with disable-ignore-pragma", () => {
    expect(codes(text, { "disable-ignore-pragma": true })).toContain("3:DL3008");
  });

  it("DL1001 reports the pragma line when switched on", () => {
    expect(codes(text, { override: { info: ["DL1001"] } })).toContain("2:DL1001");
    expect(codes(text)).not.toContain("2:DL1001");
  });

  it("work on an already parsed Dockerfile", () => {
    const out = lintDockerfile(parseDockerfile(text)).map((f) => `${f.line}:${f.code}`);
    expect(out).not.toContain("3:DL3008");
    expect(out).toContain("4:DL3008");
  });

  it("a shell pragma switches DL4006 off for non-POSIX shells", () => {
    const run = "FROM mcr.microsoft.com/windows/servercore:ltsc2022\n# hadolint shell=powershell\nRUN Get-Process | Select-Object Name\n";
    expect(codes(run)).not.toContain("3:DL4006");
  });
});

describe("configuration", () => {
  it("ignored drops a rule, override changes its level or switches it off", () => {
    const text = "FROM debian\n";
    expect(codes(text, { ignored: ["DL3006"] })).toEqual([]);
    expect(lintDockerfile(text, { override: { error: ["DL3006"] } })[0]?.severity).toBe("error");
    expect(codes(text, { override: { ignore: ["DL3006"] } })).toEqual([]);
    expect(codes("FROM debian:12\n", { override: { info: ["DL3057"] } })).toEqual(["1:DL3057"]);
  });
});
