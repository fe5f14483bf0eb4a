import { formatHumanDuration, parseTimestamp } from "../../k8s/api/duration";
import type { KubeObject } from "../../k8s/api/types";

/** translateTimestampSince: the AGE cell, `<unknown>` without a timestamp. */
export function formatAge(object: KubeObject, now: number): string {
  const created = parseTimestamp(object.metadata.creationTimestamp);
  return created === undefined ? "<unknown>" : formatHumanDuration(now - created);
}
