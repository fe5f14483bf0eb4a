import type { DockerCommand } from "../command";
import { swarmInitCommand } from "./init";
import { swarmJoinCommand } from "./join";
import { swarmJoinTokenCommand } from "./join-token";
import { swarmLeaveCommand } from "./leave";

/** The swarm verbs (docker/cli: cli/command/swarm/cmd.go). */
export const SWARM_COMMANDS: DockerCommand[] = [swarmInitCommand, swarmJoinCommand, swarmJoinTokenCommand, swarmLeaveCommand];
