/**
 * BuildKit's build-check rules: names, descriptions, documentation URLs and
 * the exact warning texts `docker build` prints (moby/buildkit:
 * frontend/dockerfile/linter/ruleset.go, plus ExposeInvalidFormat from
 * frontend/dockerfile/linter/docs/ExposeInvalidFormat.md). `%q` is Go's
 * quoting, which for these ASCII values is JSON's.
 */
const q = (s: string): string => JSON.stringify(s);
const url = (slug: string): string => `https://docs.docker.com/go/dockerfile/rule/${slug}/`;

/** One BuildKit check. */
export interface BuildkitRuleInfo {
  name: string;
  description: string;
  url: string;
  experimental?: boolean;
}

/** The rules of linter/ruleset.go, by name (Name, Description, URL; Experimental for InvalidDefinitionDescription). */
export const BK = {
  StageNameCasing: { name: "StageNameCasing", description: "Stage names should be lowercase", url: url("stage-name-casing") },
  FromAsCasing: { name: "FromAsCasing", description: "The 'as' keyword should match the case of the 'from' keyword", url: url("from-as-casing") },
  NoEmptyContinuation: { name: "NoEmptyContinuation", description: "Empty continuation lines will become errors in a future release", url: url("no-empty-continuation") },
  ConsistentInstructionCasing: { name: "ConsistentInstructionCasing", description: "All commands within the Dockerfile should use the same casing (either upper or lower)", url: url("consistent-instruction-casing") },
  DuplicateStageName: { name: "DuplicateStageName", description: "Stage names should be unique", url: url("duplicate-stage-name") },
  ReservedStageName: { name: "ReservedStageName", description: "Reserved words should not be used as stage names", url: url("reserved-stage-name") },
  JSONArgsRecommended: { name: "JSONArgsRecommended", description: "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals", url: url("json-args-recommended") },
  MaintainerDeprecated: { name: "MaintainerDeprecated", description: "The MAINTAINER instruction is deprecated, use a label instead to define an image author", url: url("maintainer-deprecated") },
  UndefinedArgInFrom: { name: "UndefinedArgInFrom", description: "FROM command must use declared ARGs", url: url("undefined-arg-in-from") },
  WorkdirRelativePath: { name: "WorkdirRelativePath", description: "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes", url: url("workdir-relative-path") },
  UndefinedVar: { name: "UndefinedVar", description: "Variables should be defined before their use", url: url("undefined-var") },
  MultipleInstructionsDisallowed: { name: "MultipleInstructionsDisallowed", description: "Multiple instructions of the same type should not be used in the same stage", url: url("multiple-instructions-disallowed") },
  LegacyKeyValueFormat: { name: "LegacyKeyValueFormat", description: "Legacy key/value format with whitespace separator should not be used", url: url("legacy-key-value-format") },
  RedundantTargetPlatform: { name: "RedundantTargetPlatform", description: "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior", url: url("redundant-target-platform") },
  SecretsUsedInArgOrEnv: { name: "SecretsUsedInArgOrEnv", description: "Sensitive data should not be used in the ARG or ENV commands", url: url("secrets-used-in-arg-or-env") },
  InvalidDefaultArgInFrom: { name: "InvalidDefaultArgInFrom", description: "Default value for global ARG results in an empty or invalid base image name", url: url("invalid-default-arg-in-from") },
  FromPlatformFlagConstDisallowed: { name: "FromPlatformFlagConstDisallowed", description: "FROM --platform flag should not use a constant value", url: url("from-platform-flag-const-disallowed") },
  InvalidDefinitionDescription: {
    name: "InvalidDefinitionDescription",
    description: "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.",
    url: url("invalid-definition-description"),
    experimental: true,
  },
  ExposeProtoCasing: { name: "ExposeProtoCasing", description: "Protocol in EXPOSE instruction should be lowercase", url: url("expose-proto-casing") },
  ExposeInvalidFormat: { name: "ExposeInvalidFormat", description: "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release", url: url("expose-invalid-format") },
} satisfies Record<string, BuildkitRuleInfo>;

/** The warning texts, one formatter per rule, with ruleset.go's wording. */
export const FORMAT = {
  StageNameCasing: (stageName: string) => `Stage name '${stageName}' should be lowercase`,
  FromAsCasing: (from: string, as: string) => `'${as}' and '${from}' keywords' casing do not match`,
  NoEmptyContinuation: () => "Empty continuation line",
  ConsistentInstructionCasing: (violatingCommand: string, correctCasing: string) => `Command '${violatingCommand}' should match the case of the command majority (${correctCasing})`,
  DuplicateStageName: (stageName: string) => `Duplicate stage name ${q(stageName)}, stage names should be unique`,
  ReservedStageName: (reserved: string) => `Stage name should not use the same name as reserved stage ${q(reserved)}`,
  JSONArgsRecommended: (instructionName: string) => `JSON arguments recommended for ${instructionName} to prevent unintended behavior related to OS signals`,
  MaintainerDeprecated: () => "Maintainer instruction is deprecated in favor of using label",
  UndefinedArgInFrom: (baseArg: string, suggest?: string) => `FROM argument '${baseArg}' is not declared${suggest ? ` (did you mean ${suggest}?)` : ""}`,
  WorkdirRelativePath: (workdir: string) => `Relative workdir ${q(workdir)} can have unexpected results if the base image changes`,
  UndefinedVar: (arg: string, suggest?: string) => `Usage of undefined variable '$${arg}'${suggest ? ` (did you mean $${suggest}?)` : ""}`,
  MultipleInstructionsDisallowed: (instructionName: string) => `Multiple ${instructionName} instructions should not be used in the same stage because only the last one will be used`,
  LegacyKeyValueFormat: (cmdName: string) => `"${cmdName} key=value" should be used instead of legacy "${cmdName} key value" format`,
  RedundantTargetPlatform: (platformVar: string) => `Setting platform to predefined ${platformVar} in FROM is redundant as this is the default behavior`,
  SecretsUsedInArgOrEnv: (instruction: string, secretKey: string) => `Do not use ARG or ENV instructions for sensitive data (${instruction} ${q(secretKey)})`,
  InvalidDefaultArgInFrom: (baseName: string) => `Default value for ARG ${baseName} results in empty or invalid base image name`,
  FromPlatformFlagConstDisallowed: (platform: string) => `FROM --platform flag should not use constant value ${q(platform)}`,
  InvalidDefinitionDescription: (instruction: string, defName: string) => `Comment for ${instruction} should follow the format: \`# ${defName} <description>\``,
  ExposeProtoCasing: (port: string) => `Defined protocol '${port}' in EXPOSE instruction should be lowercase`,
  ExposeInvalidFormat: (port: string) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${port}'`,
};

/** A BuildKit rule name, as `docker build` prints it (ruleset.go `Name`). */
export type BuildkitRuleName = keyof typeof BK;
