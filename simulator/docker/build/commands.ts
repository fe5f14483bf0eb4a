import type { DockerCommand } from "../command";
import { buildCommand, buildxBuildCommand } from "./build";

/** `docker build` / `docker image build` / `docker buildx build` (docker/cli: cli/command/image/build.go). */
export const BUILD_COMMANDS: DockerCommand[] = [buildCommand, buildxBuildCommand, { ...buildCommand, group: "builder", shortcut: undefined }];
