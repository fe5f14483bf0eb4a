import type { LintRule } from "../types";
import { DL1001 } from "./dl1001-inline-ignore";
import { DL3000 } from "./dl3000-workdir-absolute";
import { DL3001 } from "./dl3001-pointless-tools";
import { DL3002 } from "./dl3002-last-user-root";
import { DL3003 } from "./dl3003-cd-in-run";
import { DL3004 } from "./dl3004-sudo";
import { DL3006 } from "./dl3006-tag-missing";
import { DL3007 } from "./dl3007-latest-tag";
import { DL3008 } from "./dl3008-apt-pin";
import { DL3009 } from "./dl3009-apt-lists";
import { DL3010 } from "./dl3010-add-archive";
import { DL3011 } from "./dl3011-port-range";
import { DL3012 } from "./dl3012-one-healthcheck";
import { DL3013 } from "./dl3013-pip-pin";
import { DL3014 } from "./dl3014-apt-yes";
import { DL3015 } from "./dl3015-no-recommends";
import { DL3016 } from "./dl3016-npm-pin";
import { DL3018 } from "./dl3018-apk-pin";
import { DL3019 } from "./dl3019-apk-no-cache";
import { DL3020 } from "./dl3020-copy-not-add";
import { DL3021 } from "./dl3021-copy-dest-slash";
import { DL3022 } from "./dl3022-copy-from-alias";
import { DL3023 } from "./dl3023-copy-from-self";
import { DL3024 } from "./dl3024-duplicate-alias";
import { DL3025 } from "./dl3025-json-cmd";
import { DL3026 } from "./dl3026-trusted-registry";
import { DL3027 } from "./dl3027-apt";
import { DL3028 } from "./dl3028-gem-pin";
import { DL3029 } from "./dl3029-from-platform";
import { DL3030 } from "./dl3030-yum-yes";
import { DL3032 } from "./dl3032-yum-clean";
import { DL3033 } from "./dl3033-yum-pin";
import { DL3034 } from "./dl3034-zypper-yes";
import { DL3035 } from "./dl3035-zypper-dup";
import { DL3036 } from "./dl3036-zypper-clean";
import { DL3037 } from "./dl3037-zypper-pin";
import { DL3038 } from "./dl3038-dnf-yes";
import { DL3040 } from "./dl3040-dnf-clean";
import { DL3041 } from "./dl3041-dnf-pin";
import { DL3042 } from "./dl3042-pip-no-cache";
import { DL3043 } from "./dl3043-onbuild-trigger";
import { DL3044 } from "./dl3044-env-self-ref";
import { DL3045 } from "./dl3045-copy-relative";
import { DL3046 } from "./dl3046-useradd-l";
import { DL3047 } from "./dl3047-wget-progress";
import { DL3048 } from "./dl3048-label-key";
import { DL3049 } from "./dl3049-label-missing";
import { DL3050 } from "./dl3050-label-extra";
import { DL3051 } from "./dl3051-label-empty";
import { DL3052 } from "./dl3052-label-url";
import { DL3053 } from "./dl3053-label-date";
import { DL3054 } from "./dl3054-label-spdx";
import { DL3055 } from "./dl3055-label-hash";
import { DL3056 } from "./dl3056-label-semver";
import { DL3057 } from "./dl3057-healthcheck-missing";
import { DL3058 } from "./dl3058-label-email";
import { DL3059 } from "./dl3059-merge-runs";
import { DL3060 } from "./dl3060-yarn-cache";
import { DL3061 } from "./dl3061-from-first";
import { DL3062 } from "./dl3062-go-pin";
import { DL3063 } from "./dl3063-reserved-alias";
import { DL3064 } from "./dl3064-secret-names";
import { DL3065 } from "./dl3065-redundant-platform";
import { DL3066 } from "./dl3066-numeric-user";
import { DL3067 } from "./dl3067-copy-root";
import { DL4000 } from "./dl4000-maintainer";
import { DL4001 } from "./dl4001-wget-and-curl";
import { DL4003 } from "./dl4003-multiple-cmd";
import { DL4004 } from "./dl4004-multiple-entrypoint";
import { DL4005 } from "./dl4005-ln-sh";
import { DL4006 } from "./dl4006-pipefail";
import { ConsistentInstructionCasing } from "./bk-consistent-casing";
import { DuplicateStageName } from "./bk-duplicate-stage-name";
import { ExposeInvalidFormat } from "./bk-expose-invalid-format";
import { ExposeProtoCasing } from "./bk-expose-proto-casing";
import { FromAsCasing } from "./bk-from-as-casing";
import { FromPlatformFlagConstDisallowed } from "./bk-from-platform-const";
import { InvalidDefaultArgInFrom } from "./bk-invalid-default-arg-in-from";
import { InvalidDefinitionDescription } from "./bk-invalid-definition-description";
import { JSONArgsRecommended } from "./bk-json-args-recommended";
import { LegacyKeyValueFormat } from "./bk-legacy-key-value";
import { MaintainerDeprecated } from "./bk-maintainer-deprecated";
import { MultipleInstructionsDisallowed } from "./bk-multiple-instructions";
import { NoEmptyContinuation } from "./bk-no-empty-continuation";
import { RedundantTargetPlatform } from "./bk-redundant-target-platform";
import { ReservedStageName } from "./bk-reserved-stage-name";
import { SecretsUsedInArgOrEnv } from "./bk-secrets-in-arg-env";
import { StageNameCasing } from "./bk-stage-name-casing";
import { UndefinedArgInFrom } from "./bk-undefined-arg-in-from";
import { UndefinedVar } from "./bk-undefined-var";
import { WorkdirRelativePath } from "./bk-workdir-relative-path";
import { InvalidCheckDirective } from "./dy-invalid-check-directive";
import { ParseError } from "./dy-parse-error";
import { UnknownInstruction } from "./dy-unknown-instruction";

/**
 * Every rule, in report order: hadolint's DL rules (hadolint: README "Rules"),
 * BuildKit's build checks (moby/buildkit: frontend/dockerfile/linter/ruleset.go),
 * then our own (parse errors, unknown instructions, bad `# check=`).
 */
export const RULES: readonly LintRule[] = [
  DL1001, DL3000, DL3001, DL3002, DL3003, DL3004, DL3006, DL3007, DL3008, DL3009, DL3010, DL3011, DL3012, DL3013, DL3014, DL3015, DL3016, DL3018, DL3019, DL3020, DL3021, DL3022, DL3023, DL3024, DL3025, DL3026, DL3027, DL3028, DL3029, DL3030, DL3032, DL3033, DL3034, DL3035, DL3036, DL3037, DL3038, DL3040, DL3041, DL3042, DL3043, DL3044, DL3045, DL3046, DL3047, DL3048, DL3049, DL3050, DL3051, DL3052, DL3053, DL3054, DL3055, DL3056, DL3057, DL3058, DL3059, DL3060, DL3061, DL3062, DL3063, DL3064, DL3065, DL3066, DL3067, DL4000, DL4001, DL4003, DL4004, DL4005, DL4006,
  ConsistentInstructionCasing, DuplicateStageName, ExposeInvalidFormat, ExposeProtoCasing, FromAsCasing, FromPlatformFlagConstDisallowed, InvalidDefaultArgInFrom, InvalidDefinitionDescription, JSONArgsRecommended, LegacyKeyValueFormat, MaintainerDeprecated, MultipleInstructionsDisallowed, NoEmptyContinuation, RedundantTargetPlatform, ReservedStageName, SecretsUsedInArgOrEnv, StageNameCasing, UndefinedArgInFrom, UndefinedVar, WorkdirRelativePath,
  InvalidCheckDirective, ParseError, UnknownInstruction,
];

/** Rules by code. */
export const RULES_BY_CODE: ReadonlyMap<string, LintRule> = new Map(RULES.map((r) => [r.code, r]));
