import type { ImageReference } from "./reference";
import type { ImageRecord } from "./types";

/**
 * What a pull did, for the CLI to print as docker's progress stream does
 * (`docker pull`, `docker run`'s implicit pull, the legacy builder's FROM).
 */
export interface PullReport {
  ref: ImageReference;
  image: ImageRecord;
  /** Each layer by its 12-hex short digest, and whether it was already present. */
  layers: { id: string; existed: boolean }[];
  /** The manifest-list digest (`Digest: sha256:…`). */
  digest: string;
  /** True when the local tag already pointed at this image (`Image is up to date`). */
  upToDate: boolean;
  /** True when the image itself was already stored (under another tag): no layer lines are shown. */
  imageExisted: boolean;
}
