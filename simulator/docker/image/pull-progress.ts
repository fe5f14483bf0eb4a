import type { Output } from "../../core/io";
import type { PullReport } from "../../engine/pull";
import { formatFamiliarTagged } from "../../image/reference";

/**
 * The pull stream as a terminal shows it once the pull finishes: on a TTY
 * each layer's line is rewritten in place until it reads `Pull complete`
 * (or `Already exists`), so those are the lines left on screen
 * (moby/moby: pkg/jsonmessage/jsonmessage.go DisplayJSONMessagesStream;
 * fidelity-reference §3.1). When the image's config is already stored (a new
 * tag for an image that is present), the puller downloads nothing and prints
 * no layer lines (moby/moby: distribution/pull_v2.go, config already present).
 */
export function writePullProgress(write: (text: string) => void, report: PullReport): void {
  const ref = report.ref;
  const label = ref.digest ?? ref.tag ?? "latest";
  write(`${label}: Pulling from ${ref.path}\n`);
  if (!report.imageExisted) {
    for (const layer of report.layers) write(`${layer.id}: ${layer.existed ? "Already exists" : "Pull complete"}\n`);
  }
  write(`Digest: ${report.digest}\n`);
  const familiar = ref.digest ? `${formatFamiliarTagged(ref).replace(/:latest$/, "")}@${ref.digest}` : formatFamiliarTagged(ref);
  write(report.upToDate ? `Status: Image is up to date for ${familiar}\n` : `Status: Downloaded newer image for ${familiar}\n`);
}

/** Writes the progress to stdout (docker pull) or stderr (docker run's implicit pull). */
export function writePullProgressTo(out: Output, stream: "stdout" | "stderr", report: PullReport): void {
  writePullProgress((t) => (stream === "stdout" ? out.out(t) : out.err(t)), report);
}
