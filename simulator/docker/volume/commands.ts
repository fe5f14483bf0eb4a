import type { DockerCommand } from "../command";
import { volumeCreateCommand } from "./create";
import { volumeInspectCommand } from "./inspect";
import { volumeLsCommand } from "./ls";
import { volumePruneCommand } from "./prune";
import { volumeRmCommand } from "./rm";

/** The volume verbs (docker/cli: cli/command/volume/cmd.go). */
export const VOLUME_COMMANDS: DockerCommand[] = [volumeCreateCommand, volumeInspectCommand, volumeLsCommand, volumePruneCommand, volumeRmCommand];
