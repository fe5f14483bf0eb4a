import type { DockerCommand } from "../command";
import { networkConnectCommand, networkDisconnectCommand } from "./connect";
import { networkCreateCommand } from "./create";
import { networkInspectCommand } from "./inspect";
import { networkLsCommand } from "./ls";
import { networkPruneCommand } from "./prune";
import { networkRmCommand } from "./rm";

/** The network verbs (docker/cli: cli/command/network/cmd.go). */
export const NETWORK_COMMANDS: DockerCommand[] = [
  networkConnectCommand,
  networkCreateCommand,
  networkDisconnectCommand,
  networkInspectCommand,
  networkLsCommand,
  networkPruneCommand,
  networkRmCommand,
];
