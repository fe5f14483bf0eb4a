import { createCommandTable } from "../shell/commands/index";

/**
 * The programs a container can run for real, by basename: coreutils,
 * BusyBox applets, shells, package managers and tools. RUN steps and
 * container processes share this one table.
 */
export const CONTAINER_COMMANDS = createCommandTable();
