import type { DockerCommand } from "../command";

/** Registry verbs: login, logout, push (docker/cli: cli/command/registry, cli/command/image/push.go). */
export const DISTRIBUTION_COMMANDS: DockerCommand[] = [];
