import type { DockerCommand } from "../command";
import { nodeInspectCommand } from "./inspect";
import { nodeLsCommand } from "./ls";
import { nodeUpdateCommand } from "./update";

/** The node verbs (docker/cli: cli/command/node/cmd.go). */
export const NODE_COMMANDS: DockerCommand[] = [nodeInspectCommand, nodeLsCommand, nodeUpdateCommand];
