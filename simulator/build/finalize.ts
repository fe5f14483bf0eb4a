import type { StepState } from "./cache";
import { PENDING_TIME } from "./stage-run";

/**
 * Dates the metadata-only history entries as BuildKit's exporter does: each
 * takes the time of the first new layer after it, or of the layer before it
 * when none follows (moby/buildkit: exporter/containerimage/writer.go
 * normalizeLayersAndHistory). So a fully cached rebuild writes the same
 * config, and the same image ID.
 */
export function finalizeHistory(state: StepState): StepState {
  const history = state.history.map((h) => ({ ...h }));
  let created: number | undefined;
  let pending = false;
  for (const h of history) {
    if (h.created !== PENDING_TIME) {
      created = h.created;
      if (pending) break;
    } else pending = true;
  }
  pending = false;
  for (const h of history) {
    if (h.created !== PENDING_TIME) {
      if (pending) created = h.created;
    } else {
      pending = true;
      h.created = created ?? 0;
    }
  }
  return { ...state, history };
}
