import { BUILD_COMMANDS } from "./build/commands";
import type { DockerCommand, DockerContext } from "./command";
import { runCompose } from "./compose/root";
import { CONTAINER_COMMANDS } from "./container/commands";
import { containerLsCommand } from "./container/ls";
import { containerRunCommand } from "./container/run";
import { DISTRIBUTION_COMMANDS } from "./distribution/commands";
import { IMAGE_COMMANDS } from "./image/commands";
import { NETWORK_COMMANDS } from "./network/commands";
import { NODE_COMMANDS } from "./node/commands";
import { SERVICE_COMMANDS } from "./service/commands";
import { STACK_COMMANDS } from "./stack/commands";
import { SWARM_COMMANDS } from "./swarm/commands";
import { systemEventsCommand } from "./system/events";
import { systemInfoCommand } from "./system/info";
import { systemPruneCommand } from "./system/prune";
import { versionCommand } from "./system/version";
import { VOLUME_COMMANDS } from "./volume/commands";

/** Every verb the simulated CLI has, registered as docker/cli's commands.Register does. */
export const DOCKER_COMMANDS: DockerCommand[] = [
  containerRunCommand,
  containerLsCommand,
  ...CONTAINER_COMMANDS,
  ...IMAGE_COMMANDS,
  ...BUILD_COMMANDS,
  ...DISTRIBUTION_COMMANDS,
  ...VOLUME_COMMANDS,
  ...NETWORK_COMMANDS,
  ...SWARM_COMMANDS,
  ...NODE_COMMANDS,
  ...SERVICE_COMMANDS,
  ...STACK_COMMANDS,
  versionCommand,
  systemInfoCommand,
  systemPruneCommand,
  systemEventsCommand,
];

/** Management command groups and their descriptions (docker/cli: cli/command/<group>/cmd.go). */
export const DOCKER_GROUPS: Record<string, string> = {
  builder: "Manage builds",
  buildx: "Docker Buildx",
  compose: "Docker Compose",
  container: "Manage containers",
  image: "Manage images",
  network: "Manage networks",
  node: "Manage Swarm nodes",
  service: "Manage Swarm services",
  stack: "Manage Swarm stacks",
  swarm: "Manage Swarm",
  system: "Manage Docker",
  volume: "Manage volumes",
};

/**
 * Swarm's groups: `docker --help` lists them under "Swarm Commands", and
 * hides all but `swarm` while the daemon is no swarm manager (docker/cli:
 * cli/cobra.go swarmSubCommands, the "swarm" annotations).
 */
export const SWARM_GROUPS: ReadonlySet<string> = new Set(["node", "service", "stack", "swarm"]);

/** Groups that are CLI plugins in a real install (`docker buildx`), starred in `docker --help`. */
export const PLUGIN_GROUPS: ReadonlySet<string> = new Set(["buildx", "compose"]);

/**
 * Plugins that parse their own arguments after their name (`docker compose
 * -f x.yaml up`): the docker CLI hands them the rest of argv
 * (docker/cli: cli-plugins/manager).
 */
export const PLUGIN_ENTRIES: Record<string, (argv: string[], ctx: DockerContext) => number> = {
  compose: (argv, ctx) => runCompose(argv, ctx, "v2"),
};

/** The "Common Commands" of `docker --help`, in docker 27's order (cmd/docker/docker.go category-top). */
export const COMMON_COMMANDS = ["run", "exec", "ps", "build", "pull", "push", "images", "login", "logout", "search", "version", "info"];
