import type { DockerCommand } from "./command";
import { containerLsCommand } from "./container/ls";
import { containerRunCommand } from "./container/run";
import { imageLsCommand } from "./image/ls";
import { imagePullCommand } from "./image/pull";
import { versionCommand } from "./system/version";

/** Every verb the simulated CLI has, registered as docker/cli's commands.Register does. */
export const DOCKER_COMMANDS: DockerCommand[] = [
  containerRunCommand,
  containerLsCommand,
  imagePullCommand,
  imageLsCommand,
  versionCommand,
];

/** Management command groups and their descriptions (docker/cli: cli/command/<group>/cmd.go). */
export const DOCKER_GROUPS: Record<string, string> = {
  container: "Manage containers",
  image: "Manage images",
};

/** The "Common Commands" of `docker --help`, in docker 27's order (cmd/docker/docker.go category-top). */
export const COMMON_COMMANDS = ["run", "exec", "ps", "build", "pull", "push", "images", "login", "logout", "search", "version", "info"];
