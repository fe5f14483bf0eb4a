import * as path from "node:path";
import { describeGoldenTranscripts } from "./golden-transcripts";

/** kubectl against the simulated Docker Desktop cluster, checked against kubectl 1.30 (fidelity reference §0.5, §5). */
describeGoldenTranscripts("kubectl golden transcripts", path.resolve(__dirname, "../../simulator/kubectl/testdata"), 3);
