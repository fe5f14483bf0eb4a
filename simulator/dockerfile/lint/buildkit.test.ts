import { describe, expect, it } from "vitest";
import { lintDockerfile } from "./lint";
import { RULES_BY_CODE } from "./rules";
import type { LintConfig } from "./types";

/** The BuildKit findings of a Dockerfile as [rule, line, message], ordered like BuildKit's tests (line, then message). */
function bk(text: string, config?: LintConfig): [string, number, string][] {
  return lintDockerfile(text, config)
    .filter((f) => RULES_BY_CODE.get(f.code)?.source === "buildkit")
    .map((f): [string, number, string] => [f.code, f.line, f.message])
    .sort((a, b) => a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
}

// Cases and expected warnings follow moby/buildkit frontend/dockerfile/dockerfile_lint_test.go.
describe("BuildKit build checks", () => {
  it("StageNameCasing and FromAsCasing", () => {
    expect(bk("\n# warning: stage name should be lowercase\nFROM scratch AS BadStageName\n\n# warning: 'as' should match 'FROM' cmd casing.\nFROM scratch as base2\n\nFROM scratch AS base3\n")).toEqual([
      ["StageNameCasing", 3, "Stage name 'BadStageName' should be lowercase"],
      ["FromAsCasing", 6, "'as' and 'FROM' keywords' casing do not match"],
    ]);
    expect(bk("\nfrom scratch AS base\n\nfrom scratch as base2\n")).toEqual([["FromAsCasing", 2, "'AS' and 'from' keywords' casing do not match"]]);
    expect(bk("FROM scratch AS base\nFROM scratch AS base2\n")).toEqual([]);
  });

  it("NoEmptyContinuation", () => {
    expect(bk("\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n.\nCOPY Dockerfile \\\n.\n")).toEqual([["NoEmptyContinuation", 6, "Empty continuation line"]]);
  });

  it("ConsistentInstructionCasing", () => {
    expect(bk("\nFrom scratch as base\nFROM scratch AS base2\n")).toEqual([["ConsistentInstructionCasing", 2, "Command 'From' should match the case of the command majority (uppercase)"]]);
    expect(bk("\nFROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n")).toEqual([["ConsistentInstructionCasing", 3, "Command 'copy' should match the case of the command majority (uppercase)"]]);
    expect(bk("\nfrOM scratch as base\nfrom scratch as base2\n")).toEqual([["ConsistentInstructionCasing", 2, "Command 'frOM' should match the case of the command majority (lowercase)"]]);
    expect(bk("\nfrom scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n")).toEqual([["ConsistentInstructionCasing", 3, "Command 'COPY' should match the case of the command majority (lowercase)"]]);
    expect(bk("\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\ncopy Dockerfile /baz\n")).toEqual([["ConsistentInstructionCasing", 2, "Command 'FROM' should match the case of the command majority (lowercase)"]]);
    expect(bk("\nfrom scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n")).toEqual([]);
    expect(bk("\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n")).toEqual([]);
  });

  it("DuplicateStageName and ReservedStageName", () => {
    expect(bk("\nFROM scratch AS b\nFROM scratch AS b\n")).toEqual([["DuplicateStageName", 3, 'Duplicate stage name "b", stage names should be unique']]);
    expect(bk("\nFROM scratch AS b1\nFROM scratch AS b2\n")).toEqual([]);
    expect(bk("\nFROM scratch AS scratch\nFROM scratch AS context\n")).toEqual([
      ["ReservedStageName", 2, 'Stage name should not use the same name as reserved stage "scratch"'],
      ["ReservedStageName", 3, 'Stage name should not use the same name as reserved stage "context"'],
    ]);
    expect(bk("\nFROM scratch\nFROM scratch AS a\n")).toEqual([]);
  });

  it("JSONArgsRecommended", () => {
    expect(bk("\nFROM scratch\nCMD mycommand\n")).toEqual([["JSONArgsRecommended", 3, "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"]]);
    expect(bk("\nFROM scratch\nENTRYPOINT mycommand\n")).toEqual([["JSONArgsRecommended", 3, "JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals"]]);
    expect(bk('\nFROM scratch\nSHELL ["/usr/bin/customshell"]\nCMD mycommand\n')).toEqual([]);
    expect(bk('\nFROM scratch AS base\nSHELL ["/usr/bin/customshell"]\n\nFROM base\nENTRYPOINT mycommand\n')).toEqual([]);
    expect(bk('\nFROM scratch\nCMD ["mycommand"]\n')).toEqual([]);
  });

  it("MaintainerDeprecated", () => {
    expect(bk("\nFROM scratch\nMAINTAINER me@example.org\n")).toEqual([["MaintainerDeprecated", 3, "Maintainer instruction is deprecated in favor of using label"]]);
    expect(bk('\nFROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual([]);
  });

  it("UndefinedArgInFrom", () => {
    expect(bk("\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n")).toEqual([]);
    expect(bk("\nARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n")).toEqual([]);
    expect(bk("\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n")).toEqual([]);
    expect(bk("\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n")).toEqual([["UndefinedArgInFrom", 2, "FROM argument 'BULIDPLATFORM' is not declared (did you mean BUILDPLATFORM?)"]]);
    expect(bk("\nARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n")).toEqual([
      ["UndefinedArgInFrom", 4, "FROM argument 'MYARCH' is not declared (did you mean MY_ARCH?)"],
    ]);
    expect(bk("\nARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n")).toEqual([["UndefinedArgInFrom", 3, "FROM argument 'version' is not declared"]]);
  });

  it("WorkdirRelativePath", () => {
    expect(bk("\nFROM scratch\nWORKDIR app/\n")).toEqual([["WorkdirRelativePath", 3, 'Relative workdir "app/" can have unexpected results if the base image changes']]);
    expect(bk("\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n")).toEqual([]);
  });

  it("UndefinedVar", () => {
    expect(bk("\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n")).toEqual([]);
    expect(bk("\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n")).toEqual([]);
    expect(bk("\nFROM alpine\nRUN echo $PATH\n")).toEqual([]);
    expect(bk("\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n")).toEqual([["UndefinedVar", 3, "Usage of undefined variable '$foo'"]]);
    expect(bk("\nFROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t")).toEqual([
      ["UndefinedVar", 6, "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)"],
    ]);
    expect(bk("\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t")).toEqual([["UndefinedVar", 3, "Usage of undefined variable '$PAHT' (did you mean $PATH?)"]]);
    expect(bk("\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\nCOPY $bar .\n")).toEqual([
      ["UndefinedVar", 3, "Usage of undefined variable '$foo'"],
      ["UndefinedVar", 6, "Usage of undefined variable '$bar'"],
    ]);
  });

  it("UndefinedVar uses a configured base image environment", () => {
    const text = "FROM python:3.12\nENV PATH=$PYTHON_HOME/bin:$PATH\n";
    expect(bk(text)).toEqual([["UndefinedVar", 2, "Usage of undefined variable '$PYTHON_HOME'"]]);
    expect(bk(text, { baseImageEnv: (image) => (image === "python:3.12" ? { PYTHON_HOME: "/usr/local" } : undefined) })).toEqual([]);
  });

  it("MultipleInstructionsDisallowed", () => {
    const msg = (name: string) => `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`;
    expect(bk('\nFROM scratch\nENTRYPOINT ["/myapp"]\nENTRYPOINT ["/myotherapp"]\nCMD ["/myapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n')).toEqual([
      ["MultipleInstructionsDisallowed", 3, msg("ENTRYPOINT")],
      ["MultipleInstructionsDisallowed", 5, msg("CMD")],
      ["MultipleInstructionsDisallowed", 7, msg("HEALTHCHECK")],
    ]);
    expect(bk('\nFROM scratch\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n')).toEqual([
      ["MultipleInstructionsDisallowed", 3, msg("ENTRYPOINT")],
      ["MultipleInstructionsDisallowed", 4, msg("CMD")],
      ["MultipleInstructionsDisallowed", 5, msg("HEALTHCHECK")],
    ]);
    expect(bk('\nFROM scratch AS a\nENTRYPOINT ["/myapp"]\nCMD ["/myapp"]\nHEALTHCHECK CMD ["/myapp"]\n\nFROM a AS b\nENTRYPOINT ["/myotherapp"]\nCMD ["/myotherapp"]\nHEALTHCHECK CMD ["/myotherapp"]\n')).toEqual([]);
  });

  it("LegacyKeyValueFormat", () => {
    expect(bk("\nFROM scratch\nENV testkey value\nLABEL key value\n")).toEqual([
      ["LegacyKeyValueFormat", 3, '"ENV key=value" should be used instead of legacy "ENV key value" format'],
      ["LegacyKeyValueFormat", 4, '"LABEL key=value" should be used instead of legacy "LABEL key value" format'],
    ]);
    expect(bk("\nFROM scratch\nENV testkey=value\nLABEL key=value\n")).toEqual([]);
  });

  it("RedundantTargetPlatform", () => {
    expect(bk("\nFROM --platform=$TARGETPLATFORM scratch\n")).toEqual([["RedundantTargetPlatform", 2, "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"]]);
    expect(bk("\nFROM --platform=${TARGETPLATFORM} scratch\n")).toEqual([["RedundantTargetPlatform", 2, "Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior"]]);
    expect(bk("\nFROM --platform=$BUILDPLATFORM scratch\n")).toEqual([]);
  });

  it("SecretsUsedInArgOrEnv", () => {
    const m = (kind: string, key: string) => `Do not use ARG or ENV instructions for sensitive data (${kind} "${key}")`;
    expect(bk("\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\nENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\nENV apikey=bar sunflower=foo\nENV git_key=\n")).toEqual([
      ["SecretsUsedInArgOrEnv", 3, m("ARG", "SECRET_PASSPHRASE")],
      ["SecretsUsedInArgOrEnv", 4, m("ENV", "SUPER_Secret")],
      ["SecretsUsedInArgOrEnv", 5, m("ENV", "password")],
      ["SecretsUsedInArgOrEnv", 5, m("ENV", "secret")],
      ["SecretsUsedInArgOrEnv", 6, m("ARG", "auth")],
      ["SecretsUsedInArgOrEnv", 6, m("ARG", "super_duper_secret_token")],
      ["SecretsUsedInArgOrEnv", 7, m("ENV", "apikey")],
      ["SecretsUsedInArgOrEnv", 8, m("ENV", "git_key")],
    ]);
    expect(bk("\nFROM scratch\nENV PUBLIC_KEY=x\nARG TOKENIZER=y\n")).toEqual([]);
  });

  it("InvalidDefaultArgInFrom", () => {
    expect(bk("\nARG VERSION\nFROM busybox:$VERSION\n")).toEqual([["InvalidDefaultArgInFrom", 3, "Default value for ARG busybox:$VERSION results in empty or invalid base image name"]]);
    expect(bk("\nARG IMAGE\nFROM $IMAGE\n")).toEqual([["InvalidDefaultArgInFrom", 3, "Default value for ARG $IMAGE results in empty or invalid base image name"]]);
    expect(bk('\nARG SFX="box:"\nFROM busy${SFX}\n')).toEqual([["InvalidDefaultArgInFrom", 3, "Default value for ARG busy${SFX} results in empty or invalid base image name"]]);
    expect(bk('\nARG VERSION="latest"\nFROM busybox:${VERSION}\n')).toEqual([]);
    expect(bk('\nARG BUSYBOX_VARIANT=""\nFROM busybox:stable${BUSYBOX_VARIANT}\n')).toEqual([]);
    expect(bk("\n\tARG BUSYBOX_VARIANT\n\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t")).toEqual([]);
  });

  it("FromPlatformFlagConstDisallowed", () => {
    expect(bk("\nFROM --platform=linux/amd64 scratch\n")).toEqual([["FromPlatformFlagConstDisallowed", 2, 'FROM --platform flag should not use constant value "linux/amd64"']]);
    expect(bk("\nFROM --platform=linux/amd64 scratch AS my_amd64_stage\n")).toEqual([]);
    expect(bk("\nFROM --platform=linux/amd64 scratch AS linux\n")).toEqual([]);
  });

  it("ExposeProtoCasing and ExposeInvalidFormat", () => {
    expect(bk("FROM alpine\nEXPOSE 80/TcP\n")).toEqual([["ExposeProtoCasing", 2, "Defined protocol '80/TcP' in EXPOSE instruction should be lowercase"]]);
    expect(bk("FROM alpine\nEXPOSE 127.0.0.1:80:80\n")).toEqual([["ExposeInvalidFormat", 2, "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'"]]);
    expect(bk("FROM alpine\nEXPOSE 80 8080:8080 443\n")).toEqual([["ExposeInvalidFormat", 2, "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:8080'"]]);
    expect(bk("FROM alpine\nEXPOSE 80\nEXPOSE 80/tcp 53/udp\n")).toEqual([]);
  });

  it("InvalidDefinitionDescription runs only when enabled as experimental", () => {
    const text = "# check=experimental=InvalidDefinitionDescription\nFROM scratch AS base\n# the version\nARG VERSION=1\n# VERSION2 ok\nARG VERSION2=1\n";
    expect(bk(text)).toEqual([
      ["InvalidDefinitionDescription", 2, "Comment for FROM should follow the format: `# base <description>`"],
      ["InvalidDefinitionDescription", 4, "Comment for ARG should follow the format: `# VERSION <description>`"],
    ]);
    expect(bk(text.replace("# check=experimental=InvalidDefinitionDescription\n", "\n"))).toEqual([]);
  });
});

describe("the # check= directive", () => {
  const body = "FROM scratch as base\ncopy Dockerfile .\n";
  it("skips all, or named checks", () => {
    expect(bk(`#check=skip=all\n${body}`)).toEqual([]);
    expect(bk(`#check=skip=ConsistentInstructionCasing,FromAsCasing\n${body}`)).toEqual([]);
    expect(bk(`#check=skip=ConsistentInstructionCasing\n${body}`)).toEqual([["FromAsCasing", 2, "'as' and 'FROM' keywords' casing do not match"]]);
  });

  it("error=true turns the checks into errors", () => {
    const findings = lintDockerfile(`#check=skip=ConsistentInstructionCasing;error=true\n${body}`);
    expect(findings.filter((f) => f.code === "FromAsCasing").map((f) => f.severity)).toEqual(["error"]);
    expect(lintDockerfile(body).find((f) => f.code === "FromAsCasing")?.severity).toBe("warning");
  });

  it("does not silence hadolint rules", () => {
    expect(lintDockerfile("# check=skip=all\nFROM debian\n").map((f) => f.code)).toEqual(["DL3006"]);
  });

  it("reports a directive Docker cannot read", () => {
    expect(lintDockerfile("# check=skip all\nFROM debian:12\n")).toEqual([
      { code: "invalid-check-directive", severity: "error", line: 1, endLine: 1, message: 'failed to parse check options: invalid check option "skip all"' },
    ]);
  });
});
