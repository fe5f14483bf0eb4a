export { runDocker, formatRootHelp } from "./root";
export { DOCKER_COMMANDS } from "./registry";
export type { DockerCommand } from "./command";
