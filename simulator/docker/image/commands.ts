import type { DockerCommand } from "../command";
import { builderPruneCommand } from "../builder/prune";
import { inspectCommand } from "../system/inspect";
import { systemDfCommand } from "../system/df";
import { imageHistoryCommand } from "./history";
import { imageInspectCommand } from "./inspect";
import { imageLoadCommand } from "./load";
import { imageLsCommand } from "./ls";
import { imagePruneCommand } from "./prune";
import { imagePullCommand } from "./pull";
import { imageRemoveCommand } from "./remove";
import { imageSaveCommand } from "./save";
import { searchCommand } from "./search";
import { imageTagCommand } from "./tag";

/** The `docker image …` verbs (docker/cli: cli/command/image/cmd.go), plus system/builder housekeeping verbs. */
export const IMAGE_COMMANDS: DockerCommand[] = [
  imagePullCommand,
  imageLsCommand,
  imageHistoryCommand,
  imageInspectCommand,
  imageTagCommand,
  imageRemoveCommand,
  imagePruneCommand,
  imageSaveCommand,
  imageLoadCommand,
  searchCommand,
  inspectCommand,
  systemDfCommand,
  builderPruneCommand,
];
