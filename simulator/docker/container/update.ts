import { dispatchContainerUpdate } from "../../engine/resources";
import { findRestartPolicyError, parseRestartPolicy } from "../../runtime/restart-policy";
import type { DockerCommand } from "../command";
import { parseResourceFlags, RESOURCE_FLAGS } from "./resource-flags";
import { findContainerOrError } from "./each";

/** `--memory-swap`'s help in update.go, worded without the quotes run's has. */
const UPDATE_FLAGS = RESOURCE_FLAGS.map((f) =>
  f.name === "memory-swap" ? { ...f, usage: "Swap limit equal to memory plus swap: -1 to enable unlimited swap" } : f,
);

/**
 * `docker container update` / `docker update` (docker/cli 27:
 * cli/command/container/update.go): new memory, CPU and PIDs limits and
 * restart policy for running or stopped containers. Each container is
 * printed as typed when its update succeeds; the errors are gathered and
 * printed at the end (exit 1). Without any flag: `you must provide one or
 * more flags when using this command`. Simplification: the cpuset, CFS
 * period/quota, realtime and blkio flags are not offered.
 */
export const containerUpdateCommand: DockerCommand = {
  name: "update",
  group: "container",
  aliases: [],
  shortcut: "update",
  usage: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Update configuration of one or more containers",
  args: { kind: "min", n: 1 },
  flags: [...UPDATE_FLAGS, { name: "restart", kind: "string", usage: "Restart policy to apply when a container exits" }],
  run(ctx, { flags, args }) {
    if (!Object.values(flags).some((v) => v !== undefined)) {
      ctx.out.err("you must provide one or more flags when using this command\n");
      return 1;
    }
    const resources = parseResourceFlags(flags);
    if (!resources.ok) {
      ctx.out.err(`${resources.error}\nSee '${ctx.commandPath} --help'.\n`);
      return 125;
    }
    const restart = parseRestartPolicy((flags.restart as string | undefined) ?? "");
    if (!restart.ok) {
      ctx.out.err(`${restart.error}\n`);
      return 1;
    }
    const errors: string[] = [];
    for (const ref of args) {
      const found = findContainerOrError(ctx, ref);
      if ("error" in found) {
        errors.push(found.error);
        continue;
      }
      const policyError = restart.policy ? findRestartPolicyError(restart.policy) : undefined;
      if (policyError) {
        errors.push(`Error response from daemon: ${policyError}`);
        continue;
      }
      const updated = dispatchContainerUpdate(ctx.engine, found.container, resources.resources, restart.policy);
      if (!updated.ok) errors.push(`Error response from daemon: ${updated.error.message}`);
      else ctx.out.out(`${ref}\n`);
    }
    if (errors.length === 0) return 0;
    ctx.out.err(`${errors.join("\n")}\n`);
    return 1;
  },
};
