import type { DockerCommand } from "../command";
import { stackDeployCommand } from "./deploy";
import { stackLsCommand } from "./ls";
import { stackPsCommand } from "./ps";
import { stackRmCommand } from "./rm";
import { stackServicesCommand } from "./services";

/** The stack verbs (docker/cli: cli/command/stack/cmd.go). */
export const STACK_COMMANDS: DockerCommand[] = [stackDeployCommand, stackLsCommand, stackPsCommand, stackRmCommand, stackServicesCommand];
