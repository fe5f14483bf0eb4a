import type { DockerCommand } from "../command";
import { containerAttachCommand } from "./attach";
import { containerCommitCommand } from "./commit";
import { containerCpCommand } from "./cp";
import { containerCreateCommand } from "./create";
import { containerDiffCommand } from "./diff";
import { containerExecCommand } from "./exec";
import { containerExportCommand } from "./export";
import { containerKillCommand } from "./kill";
import { containerLogsCommand } from "./logs";
import { containerPauseCommand } from "./pause";
import { containerPortCommand } from "./port";
import { containerPruneCommand } from "./prune";
import { containerRenameCommand } from "./rename";
import { containerRestartCommand } from "./restart";
import { containerRmCommand } from "./rm";
import { containerStartCommand } from "./start";
import { containerStatsCommand } from "./stats";
import { containerStopCommand } from "./stop";
import { containerUnpauseCommand } from "./unpause";
import { containerTopCommand } from "./top";
import { containerUpdateCommand } from "./update";
import { containerWaitCommand } from "./wait";

/** The container lifecycle verbs (docker/cli: cli/command/container/cmd.go), each with its top-level shortcut. */
export const CONTAINER_COMMANDS: DockerCommand[] = [
  containerCreateCommand,
  containerStartCommand,
  containerStopCommand,
  containerKillCommand,
  containerRestartCommand,
  containerPauseCommand,
  containerUnpauseCommand,
  containerRmCommand,
  containerRenameCommand,
  containerWaitCommand,
  containerLogsCommand,
  containerPruneCommand,
  containerExecCommand,
  containerAttachCommand,
  containerDiffCommand,
  containerPortCommand,
  containerTopCommand,
  containerCpCommand,
  containerStatsCommand,
  containerUpdateCommand,
  containerCommitCommand,
  containerExportCommand,
];
