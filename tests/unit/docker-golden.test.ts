import * as path from "node:path";
import { describeGoldenTranscripts } from "./golden-transcripts";

/** The docker CLI's output, checked against real Docker 27. */
describeGoldenTranscripts("docker CLI golden transcripts", path.resolve(__dirname, "../../simulator/docker/testdata"), 6);
