import { removeContainer } from "../../engine/container-remove";
import { writeAttachedOutput } from "../container/start";
import { findUnknownService, loadProjectOrError, type ComposeCommand } from "./command";
import { dispatchConvergence, dispatchStartServices } from "./converge";
import { dispatchProjectImages, findServiceImage } from "./service-images";
import { createComposeProgress } from "./progress";
import { dispatchProjectResources } from "./resources";
import { dispatchServiceContainer } from "./service-container";

/**
 * `docker compose run SERVICE [COMMAND]` (docker/compose cmd/compose/run.go,
 * pkg/compose/run.go): starts the service's dependencies as `up` would, then
 * a one-off container `<project>-<service>-run-<12 hex>` without the
 * service's ports (unless --service-ports), attached; `--rm` removes it
 * after, `-d` prints its name.
 */
export const composeRunCommand: ComposeCommand = {
  name: "run",
  usage: "[OPTIONS] SERVICE [COMMAND] [ARGS...]",
  short: "Run a one-off command on a service",
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Run container in background and print container ID" },
    { name: "name", kind: "string", usage: "Assign a name to the container" },
    { name: "no-deps", kind: "bool", usage: "Don't start linked services" },
    { name: "rm", kind: "bool", usage: "Automatically remove the container when it exits" },
    { name: "service-ports", short: "P", kind: "bool", usage: "Run command with all service's ports enabled and mapped to the host" },
  ],
  run(ctx, { flags, args }) {
    if (args.length < 1) {
      ctx.out.err(`"docker compose run" requires at least 1 argument.\nSee 'docker compose run --help'.\n\nUsage:  docker compose run [OPTIONS] SERVICE [COMMAND] [ARGS...]\n\nRun a one-off command on a service\n`);
      return 1;
    }
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const [name, ...command] = args as [string, ...string[]];
    if (findUnknownService(project, [name])) {
      ctx.out.err(`no such service: ${name}\n`);
      return 1;
    }
    const service = project.services[name];
    if (!service) return 1;
    const progress = createComposeProgress(ctx);
    const deps = flags["no-deps"] ? [] : Object.keys(service.depends_on).filter((d) => Object.hasOwn(project.services, d));
    const status = dispatchProjectImages(ctx, project, [...deps, name], progress, { build: false });
    if (status !== 0) return status;
    const problem =
      dispatchProjectResources(ctx, project, progress) ??
      (deps.length > 0 ? (dispatchConvergence(ctx, project, deps, progress, { forceRecreate: false, noRecreate: true, scale: {} }) ?? dispatchStartServices(ctx, project, deps, progress)) : undefined);
    progress.finish("Running");
    if (problem) {
      ctx.out.err(`${problem}\n`);
      return 1;
    }
    const image = findServiceImage(ctx, project, service);
    if (!image) return 1;
    const containerName = (flags.name as string | undefined) ?? `${project.name}${ctx.flavor === "v1" ? "_" : "-"}${name}${ctx.flavor === "v1" ? "_" : "-"}run${ctx.flavor === "v1" ? "_" : "-"}${ctx.engine.ids.hex(12)}`;
    const created = dispatchServiceContainer(ctx, project, service, 1, image, {
      name: containerName,
      ...(command.length > 0 ? { command } : {}),
      oneoff: true,
      publishPorts: flags["service-ports"] === true,
    });
    if (typeof created === "string") {
      ctx.out.err(`${created}\n`);
      return 1;
    }
    const started = ctx.engine.start(created);
    if (!started.ok) {
      ctx.out.err(`Error response from daemon: ${started.error.message}\n`);
      return started.error.exitCode === 127 ? 127 : 1;
    }
    if (flags.detach) {
      ctx.out.out(`${created.name}\n`);
      return 0;
    }
    writeAttachedOutput(ctx, created, started.value);
    const code = ctx.engine.wait(created);
    if (code === null) {
      ctx.out.err(`Dockyard: attaching to a long-running container is not simulated yet; container ${created.name} keeps running in the background (see docker compose ps -a).\n`);
      return 0;
    }
    if (flags.rm) removeContainer(ctx.engine, created, { force: true, volumes: true });
    return code;
  },
};
