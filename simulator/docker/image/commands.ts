import type { DockerCommand } from "../command";
import { imageLsCommand } from "./ls";
import { imagePullCommand } from "./pull";

/** The `docker image …` verbs (docker/cli: cli/command/image/cmd.go), plus system/builder housekeeping verbs. */
export const IMAGE_COMMANDS: DockerCommand[] = [imagePullCommand, imageLsCommand];
