import type { KubectlCommand } from "../command";
import { METADATA_FLAGS, runMetadataVerb } from "./label";

/** `kubectl annotate [--overwrite] TYPE NAME KEY=VAL… KEY-` (kubernetes/kubectl pkg/cmd/annotate/annotate.go); prints `pod/x annotated`. */
export const ANNOTATE_COMMAND: KubectlCommand = {
  name: "annotate",
  flags: METADATA_FLAGS,
  run: (host, args, flags) => runMetadataVerb(host, args, flags, { verb: "annotate", field: "annotations" }),
};
