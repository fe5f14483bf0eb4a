import type { DockerCommand } from "../command";
import { serviceCreateCommand } from "./create";
import { serviceInspectCommand } from "./inspect";
import { serviceLogsCommand } from "./logs";
import { serviceLsCommand } from "./ls";
import { servicePsCommand } from "./ps";
import { serviceRmCommand } from "./rm";
import { serviceRollbackCommand } from "./rollback";
import { serviceScaleCommand } from "./scale";
import { serviceUpdateCommand } from "./update";

/** The service verbs (docker/cli: cli/command/service/cmd.go). */
export const SERVICE_COMMANDS: DockerCommand[] = [
  serviceCreateCommand,
  serviceInspectCommand,
  serviceLogsCommand,
  serviceLsCommand,
  servicePsCommand,
  serviceRmCommand,
  serviceRollbackCommand,
  serviceScaleCommand,
  serviceUpdateCommand,
];
