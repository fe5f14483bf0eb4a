import type { ComposeCommand } from "./command";
import { composeConfigCommand } from "./config";
import { composeDownCommand } from "./down";
import { composeExecCommand } from "./exec";
import { composeBuildCommand } from "./build";
import { composeImagesCommand } from "./images";
import { composeLsCommand } from "./ls";
import { composePortCommand } from "./port";
import { composePullCommand } from "./pull";
import { composeRestartCommand } from "./restart";
import { composeRmCommand } from "./rm";
import { composeStartCommand } from "./start";
import { composeStopCommand } from "./stop";
import { composeTopCommand } from "./top";
import { composeVersionCommand } from "./version";
import { composeLogsCommand } from "./logs";
import { composePsCommand } from "./ps";
import { composeRunCommand } from "./run";
import { composeUpCommand } from "./up";

/** The `docker compose` verbs this simulator has, by name (docker/compose cmd/compose/compose.go RootCommand). */
export const COMPOSE_COMMANDS: ComposeCommand[] = [
  composeBuildCommand,
  composeConfigCommand,
  composeDownCommand,
  composeExecCommand,
  composeImagesCommand,
  composeLogsCommand,
  composeLsCommand,
  composePortCommand,
  composePsCommand,
  composePullCommand,
  composeRestartCommand,
  composeRmCommand,
  composeRunCommand,
  composeStartCommand,
  composeStopCommand,
  composeTopCommand,
  composeUpCommand,
  composeVersionCommand,
];
