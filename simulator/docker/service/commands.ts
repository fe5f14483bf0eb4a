import type { DockerCommand } from "../command";
import { serviceCreateCommand } from "./create";
import { serviceLsCommand } from "./ls";
import { servicePsCommand } from "./ps";
import { serviceRmCommand } from "./rm";
import { serviceScaleCommand } from "./scale";
import { serviceUpdateCommand } from "./update";

/** The service verbs (docker/cli: cli/command/service/cmd.go). */
export const SERVICE_COMMANDS: DockerCommand[] = [serviceCreateCommand, serviceLsCommand, servicePsCommand, serviceRmCommand, serviceScaleCommand, serviceUpdateCommand];
