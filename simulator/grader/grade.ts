import { calculateShortId } from "../core/ids";
import { formatFamiliarTagged, parseImageReference, type ImageReference } from "../image/reference";
import { findImageByReference } from "../image/store";
import type { Check, CheckResult, GradableSnapshot } from "./checks";
import { formatMissReason, type BuildRecord } from "../build/record";

function tryParse(text: string): ImageReference | undefined {
  try {
    return parseImageReference(text);
  } catch {
    return undefined;
  }
}

type Evaluator<K extends Check["kind"]> = (check: Extract<Check, { kind: K }>, snapshot: GradableSnapshot) => Omit<CheckResult, "id" | "title">;

const EVALUATORS: { [K in Check["kind"]]: Evaluator<K> } = {
  "container-ran": (check, snapshot) => {
    const ref = tryParse(check.image);
    const imageId = ref ? findImageByReference(snapshot.engine.images, ref)?.id : undefined;
    const containers = Object.values(snapshot.engine.runtime.containers).filter((c) => {
      const typed = tryParse(c.config.Image);
      const sameName = typed && ref && formatFamiliarTagged(typed) === formatFamiliarTagged(ref);
      return sameName || (imageId !== undefined && c.imageId === imageId);
    });
    if (containers.length === 0) {
      return { passed: false, detail: `No container has been created from ${check.image} yet.` };
    }
    const started = containers.filter((c) => c.state.StartedAt > 0);
    if (started.length === 0) {
      return { passed: false, detail: `A ${check.image} container exists but never started (it is still Created).` };
    }
    if (check.exitCode === undefined) {
      return { passed: true, detail: `Container ${started[0]?.name} ran from ${check.image}.` };
    }
    const good = started.find((c) => !c.state.Running && c.state.ExitCode === check.exitCode);
    if (good) return { passed: true, detail: `Container ${good.name} ran from ${check.image} and exited with code ${check.exitCode}.` };
    const last = started[started.length - 1];
    const what = last?.state.Running ? "is still running" : `exited with code ${last?.state.ExitCode}`;
    return { passed: false, detail: `Container ${last?.name} ${what}; expected exit code ${check.exitCode}.` };
  },
  "image-present": (check, snapshot) => {
    const ref = tryParse(check.reference);
    const image = ref ? findImageByReference(snapshot.engine.images, ref) : undefined;
    if (!image || !ref) return { passed: false, detail: `${check.reference} is not in your local images yet.` };
    return { passed: true, detail: `${formatFamiliarTagged(ref)} is stored locally as image ${calculateShortId(image.id)}.` };
  },
  "image-built": (check, snapshot) => {
    const build = findLatestBuild(check.reference, snapshot);
    if (!build) return { passed: false, detail: `No successful docker build has tagged ${check.reference} yet.` };
    const cached = build.steps.filter((s) => s.cached).length;
    return { passed: true, detail: `${check.reference} was built (${build.steps.length} steps, ${cached} from the cache).` };
  },
  "build-step-cached": (check, snapshot) => {
    const build = findLatestBuild(check.reference, snapshot);
    if (!build) return { passed: false, detail: `No successful docker build has tagged ${check.reference} yet.` };
    const step = build.steps.find((s) => s.instruction.trim().toLowerCase().startsWith(check.instruction.trim().toLowerCase()));
    if (!step) return { passed: false, detail: `The last build of ${check.reference} has no step "${check.instruction}".` };
    if (step.cached === check.cached) {
      return { passed: true, detail: step.cached ? `"${step.instruction}" came from the cache.` : `"${step.instruction}" ran: ${formatMissReason(step.reason ?? { kind: "not-cached" })}.` };
    }
    return {
      passed: false,
      detail: step.cached ? `"${step.instruction}" came from the cache; it was meant to run.` : `"${step.instruction}" ran again because ${formatMissReason(step.reason ?? { kind: "not-cached" })}.`,
    };
  },
  "image-pushed": (check, snapshot) => {
    const ref = tryParse(check.reference);
    if (!ref) return { passed: false, detail: `${check.reference} is not a valid image reference.` };
    const tag = ref.tag ?? "latest";
    const hub = snapshot.engine.registries.repositories[`${ref.domain}/${ref.path}`]?.[tag];
    const local = Object.values(snapshot.engine.volumes ?? {}).some((v) => v.registry?.[ref.path]?.[tag] !== undefined);
    if (hub || local) return { passed: true, detail: `${formatFamiliarTagged(ref)} is in the registry.` };
    return { passed: false, detail: `${formatFamiliarTagged(ref)} has not been pushed yet.` };
  },
};

/** The newest successful build record that tagged `reference`. */
function findLatestBuild(reference: string, snapshot: GradableSnapshot): BuildRecord | undefined {
  const ref = tryParse(reference);
  if (!ref) return undefined;
  const key = `${ref.domain}/${ref.path}:${ref.tag ?? "latest"}`;
  return [...snapshot.engine.builds].reverse().find((b) => b.imageId !== undefined && b.tags.includes(key));
}

/**
 * Grades checks against a snapshot. Pure: it reads engine state, never
 * terminal text, and gives the same verdicts for the same snapshot.
 */
export function gradeChecks(checks: readonly Check[], snapshot: GradableSnapshot): CheckResult[] {
  return checks.map((check) => {
    const evaluate = EVALUATORS[check.kind] as Evaluator<typeof check.kind>;
    return { id: check.id, title: check.title, ...evaluate(check as never, snapshot) };
  });
}
