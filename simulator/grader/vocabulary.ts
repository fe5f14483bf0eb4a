import { buildStepCached } from "./checks/build-step-cached";
import { buildUsed } from "./checks/build-used";
import { commandRan } from "./checks/command-ran";
import { composeProjectRunning } from "./checks/compose-project-running";
import { composeServiceReplicas } from "./checks/compose-service-replicas";
import { containerCount } from "./checks/container-count";
import { containerEnv } from "./checks/container-env";
import { containerFile } from "./checks/container-file";
import { containerLimits } from "./checks/container-limits";
import { containerLogsContain } from "./checks/container-logs-contain";
import { containerMount } from "./checks/container-mount";
import { containerOnNetwork } from "./checks/container-on-network";
import { containerPort } from "./checks/container-port";
import { containerRan } from "./checks/container-ran";
import { containerRunning } from "./checks/container-running";
import { dockerfileBaseImage } from "./checks/dockerfile-base-image";
import { dockerfileExecForm } from "./checks/dockerfile-exec-form";
import { dockerfileHasInstruction } from "./checks/dockerfile-has-instruction";
import { dockerfileInstructionCount } from "./checks/dockerfile-instruction-count";
import { dockerfileInstructionOrder } from "./checks/dockerfile-instruction-order";
import { dockerfileLintClean } from "./checks/dockerfile-lint-clean";
import { dockerfileParses } from "./checks/dockerfile-parses";
import { fileContains } from "./checks/file-contains";
import { fileExists } from "./checks/file-exists";
import { httpAnswers } from "./checks/http-answers";
import { imageBuilt } from "./checks/image-built";
import { imageCommand } from "./checks/image-command";
import { imageEnv } from "./checks/image-env";
import { imageExposes } from "./checks/image-exposes";
import { imageFile } from "./checks/image-file";
import { imageHealthcheck } from "./checks/image-healthcheck";
import { imageHistoryMentions } from "./checks/image-history-mentions";
import { imageLabel } from "./checks/image-label";
import { imageLayerCount } from "./checks/image-layer-count";
import { imagePresent } from "./checks/image-present";
import { imagePushed } from "./checks/image-pushed";
import { imageSizeBelow } from "./checks/image-size-below";
import { imageUserNotRoot } from "./checks/image-user-not-root";
import { k8sConfigKey } from "./checks/k8s-config-key";
import { k8sDeploymentImage } from "./checks/k8s-deployment-image";
import { k8sDeploymentReady } from "./checks/k8s-deployment-ready";
import { k8sObjectExists } from "./checks/k8s-object-exists";
import { k8sPodPhase } from "./checks/k8s-pod-phase";
import { k8sRolloutRevision } from "./checks/k8s-rollout-revision";
import { k8sServiceEndpoints } from "./checks/k8s-service-endpoints";
import { networkExists } from "./checks/network-exists";
import { quizAnswer } from "./checks/quiz-answer";
import { registryLogin } from "./checks/registry-login";
import { volumeExists } from "./checks/volume-exists";
import { volumeFile } from "./checks/volume-file";
import { z } from "zod";
import { getOwn } from "../core/own";
import type { Check, Predicate } from "./checks";
import type { PredicateDefinition } from "./define";

/** Every leaf predicate, in the order the vocabulary reference lists them (one file each under grader/checks/). */
export const PREDICATES: readonly PredicateDefinition[] = [
  fileExists,
  fileContains,
  dockerfileParses,
  dockerfileHasInstruction,
  dockerfileInstructionOrder,
  dockerfileInstructionCount,
  dockerfileExecForm,
  dockerfileBaseImage,
  dockerfileLintClean,
  imageBuilt,
  buildStepCached,
  buildUsed,
  imagePresent,
  imageLabel,
  imageEnv,
  imageExposes,
  imageCommand,
  imageHealthcheck,
  imageSizeBelow,
  imageUserNotRoot,
  imageLayerCount,
  imageFile,
  imageHistoryMentions,
  containerRan,
  containerRunning,
  containerCount,
  containerPort,
  containerEnv,
  containerLimits,
  containerMount,
  containerFile,
  containerLogsContain,
  imagePushed,
  registryLogin,
  volumeExists,
  volumeFile,
  networkExists,
  containerOnNetwork,
  httpAnswers,
  k8sObjectExists,
  k8sDeploymentReady,
  k8sDeploymentImage,
  k8sRolloutRevision,
  k8sPodPhase,
  k8sServiceEndpoints,
  k8sConfigKey,
  composeProjectRunning,
  composeServiceReplicas,
  commandRan,
  quizAnswer,
];

/** Predicates by kind. */
export const PREDICATES_BY_KIND: Readonly<Record<string, PredicateDefinition>> = Object.fromEntries(PREDICATES.map((p) => [p.kind, p]));

/** The combinators' kinds. */
export const COMBINATORS = ["all", "any", "not"] as const;

/** A predicate (leaf or combinator) as data, validated recursively. */
export const PREDICATE_SCHEMA: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.strictObject({ kind: z.literal("all"), of: z.array(PREDICATE_SCHEMA).min(1) }),
    z.strictObject({ kind: z.literal("any"), of: z.array(PREDICATE_SCHEMA).min(1) }),
    z.strictObject({ kind: z.literal("not"), of: PREDICATE_SCHEMA }),
    LEAF_SCHEMA,
  ]),
) as z.ZodType<Predicate>;

/** A leaf: dispatches on `kind` to that predicate's strict schema, with a clear error for an unknown kind. */
const LEAF_SCHEMA = z.looseObject({ kind: z.string() }).superRefine((value, ctx) => {
  const def = getOwn(PREDICATES_BY_KIND, value.kind);
  if (!def) {
    ctx.addIssue({ code: "custom", message: `unknown check kind "${value.kind}"`, path: ["kind"] });
    return;
  }
  const parsed = def.schema.safeParse(value);
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
});

/** The fields every check has besides its predicate. */
const CHECK_FIELDS = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lower-case words joined by -"),
  title: z.string().min(1),
  points: z.number().int().min(0).optional(),
  hints: z.array(z.string().min(1)).max(3, "at most three hints").optional(),
  failMessage: z.string().min(1).optional(),
};

/** One check: id, title, points, hints and a predicate. */
export const CHECK_SCHEMA: z.ZodType<Check> = z
  .looseObject({ ...CHECK_FIELDS, kind: z.string() })
  .superRefine((value, ctx) => {
    const { id: _id, title: _title, points: _points, hints: _hints, failMessage: _fail, ...predicate } = value;
    const parsed = PREDICATE_SCHEMA.safeParse(predicate);
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
  }) as unknown as z.ZodType<Check>;

/** An exercise's checks: unique ids. */
export const CHECKS_SCHEMA = z.array(CHECK_SCHEMA).superRefine((checks, ctx) => {
  const seen = new Set<string>();
  checks.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: "custom", message: `duplicate check id "${c.id}"`, path: [i, "id"] });
    seen.add(c.id);
  });
});
