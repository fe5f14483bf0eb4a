import type { DockerCommand } from "../command";
import { loginCommand } from "./login";
import { logoutCommand } from "./logout";
import { imagePushCommand } from "./push";

/** Registry verbs: login, logout, push (docker/cli: cli/command/registry, cli/command/image/push.go). */
export const DISTRIBUTION_COMMANDS: DockerCommand[] = [loginCommand, logoutCommand, imagePushCommand];
