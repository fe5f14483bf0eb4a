import { calculateStdinTty } from "../container/attach";
import { containerExecCommand } from "../container/exec";
import { loadProjectOrError, type ComposeCommand } from "./command";
import { findServiceContainer } from "./selection";

/**
 * `docker compose exec SERVICE COMMAND` (docker/compose cmd/compose/exec.go):
 * docker exec in the service's container (`--index`, default 1), with a TTY
 * unless -T or stdin is not a terminal; a service with no running container
 * is `service "web" is not running`.
 */
export const composeExecCommand: ComposeCommand = {
  name: "exec",
  usage: "[OPTIONS] SERVICE COMMAND [ARGS...]",
  short: "Execute a command in a running container",
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Detached mode: Run command in the background" },
    { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
    { name: "index", kind: "int", usage: "Index of the container if service has multiple replicas" },
    { name: "no-TTY", short: "T", kind: "bool", usage: "Disable pseudo-TTY allocation. By default `docker compose exec` allocates a TTY." },
    { name: "user", short: "u", kind: "string", usage: "Run the command as this user" },
    { name: "workdir", short: "w", kind: "string", usage: "Path to workdir directory for this command" },
  ],
  run(ctx, { flags, args }) {
    if (args.length < 2) {
      ctx.out.err(`"docker compose exec" requires at least 2 arguments.\nSee 'docker compose exec --help'.\n\nUsage:  docker compose exec [OPTIONS] SERVICE COMMAND [ARGS...]\n\nExecute a command in a running container\n`);
      return 1;
    }
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const [service, ...argv] = args as [string, ...string[]];
    const container = findServiceContainer(ctx, project, service, (flags.index as number | undefined) ?? 1);
    if (typeof container === "string") {
      ctx.out.err(`${container}\n`);
      return 1;
    }
    const tty = flags["no-TTY"] !== true && calculateStdinTty(ctx.host);
    const execFlags = { interactive: true, tty, detach: flags.detach, env: flags.env, user: flags.user, workdir: flags.workdir };
    return containerExecCommand.run({ ...ctx, commandPath: "docker exec" }, { flags: execFlags, args: [container.name, ...argv] });
  },
};
