/**
 * The container shell: a POSIX sh interpreter that behaves like Debian's
 * dash, BusyBox ash (Alpine) or GNU bash, with the coreutils/BusyBox
 * programs it runs. Used by Dockerfile RUN steps, `docker run IMAGE sh -c`,
 * `docker exec` and interactive `docker run -it IMAGE sh`.
 */
export { PosixShell, type PosixShellOptions, type PosixRunResult } from "./shell";
export { createShellCommand } from "./shell-command";
export { PosixParser, parsePosixScript } from "./parser";
export { PosixSyntaxError, formatSyntaxError, type ShellFlavor, type SyntaxProblem } from "./errors";
export type { ShellMode } from "./messages";
export type { ShellOptions } from "./state";
export { Budget } from "./state";
export { createCommandTable, CORE_COMMANDS } from "../commands/index";
export { PACKAGE_COMMANDS, TOOL_COMMANDS } from "../commands/packages";
export { OFFLINE_NETWORK, type ContainerNetwork, type NetworkResponse } from "../commands/network";
export type { PosixCommand, PosixCommandContext, PosixCommandTable, ShellUser, ToolVariant, CommandOutput, ExecOptions } from "../commands/types";
export { TAR_MAGIC, formatArchive, parseArchive } from "../commands/tar";
