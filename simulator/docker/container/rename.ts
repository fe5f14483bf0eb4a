import type { DockerCommand } from "../command";
import { renameContainer } from "../../engine/container-remove";
import { CONTAINER_NAME_PATTERN } from "../../runtime/names";
import { findContainerOrError } from "./each";

/**
 * `docker container rename` / `docker rename` (docker/cli 27: cli/command/container/rename.go):
 * prints nothing on success; a daemon error is printed, then
 * `Error: failed to rename container named <old>`, exit 1.
 */
export const containerRenameCommand: DockerCommand = {
  name: "rename",
  group: "container",
  aliases: [],
  shortcut: "rename",
  usage: "CONTAINER NEW_NAME",
  short: "Rename a container",
  args: { kind: "exact", n: 2 },
  flags: [],
  run(ctx, { args }) {
    const [oldName, newName] = args.map((a) => a.trim()) as [string, string];
    if (oldName === "" || newName === "") {
      ctx.out.err("Error: Neither old nor new names may be empty\n");
      return 1;
    }
    const found = findContainerOrError(ctx, oldName);
    let error = "error" in found ? found.error : undefined;
    if ("container" in found) {
      const renamed = renameContainer(ctx.engine, found.container, oldName, newName, CONTAINER_NAME_PATTERN);
      if (!renamed.ok) error = `Error response from daemon: ${renamed.error.message}`;
    }
    if (error === undefined) return 0;
    ctx.out.err(`${error}\nError: failed to rename container named ${oldName}\n`);
    return 1;
  },
};
