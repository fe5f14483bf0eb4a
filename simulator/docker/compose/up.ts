import type { ComposeProject } from "../../compose/types";
import { calculateStartOrder } from "../../compose/project";
import { findUnknownService, listProjectContainers, loadProjectOrError, type ComposeCommand, type ComposeContext } from "./command";
import { dispatchConvergence, dispatchStartServices, isHealthChecked, waitForHealth } from "./converge";
import { dispatchProjectImages } from "./service-images";
import { createComposeAttachJob } from "./attach-job";
import { calculateLogName, calculatePrefixedLogs } from "./log-prefix";
import { createComposeProgress } from "./progress";
import { dispatchProjectResources } from "./resources";

/** `--scale web=3` values (compose cmd/compose/up.go applyScaleOptions): `invalid scale option "x"` otherwise. */
export function parseScaleOptions(list: readonly string[]): Record<string, number> | string {
  const out: Record<string, number> = {};
  for (const item of list) {
    const m = /^([^=]+)=(\d+)$/.exec(item);
    if (!m) return `invalid scale option "${item}"`;
    Object.defineProperty(out, m[1] as string, { value: Number(m[2]), enumerable: true });
  }
  return out;
}

/** The named services plus everything they depend on (compose's WithSelectedServices, IncludeDependencies). */
export function calculateSelection(project: ComposeProject, args: readonly string[], withDeps = true): string[] {
  if (args.length === 0) return Object.keys(project.services);
  return withDeps ? calculateStartOrder(project.services, args) : [...args];
}

/** The attached view: `Attaching to …`, then in a terminal the streaming job (attach-job.ts); in a script the logs so far and `x exited with code n`. */
function writeAttached(ctx: ComposeContext, project: ComposeProject, names: readonly string[]): number {
  const containers = listProjectContainers(ctx, project.name, { all: true }).filter((c) => names.includes(c.config.Labels["com.docker.compose.service"] ?? ""));
  ctx.out.out(`Attaching to ${containers.map(calculateLogName).sort().join(", ")}\n`);
  if (ctx.host.foreground) {
    ctx.host.foreground(createComposeAttachJob(ctx, containers));
    return 0;
  }
  for (const line of calculatePrefixedLogs(containers, ctx.host.tty)) ctx.out.out(line.text);
  ctx.engine.settle();
  const running = containers.filter((c) => c.state.Running);
  for (const c of containers.filter((c) => !c.state.Running)) ctx.out.out(`${calculateLogName(c)} exited with code ${c.state.ExitCode}\n`);
  if (running.length > 0) {
    // Simplification: a script cannot press Ctrl+C; the project keeps running, as with -d.
    ctx.out.err(`Dockyard: a script cannot press Ctrl+C to stop the project; it keeps running in the background (see docker compose ps, docker compose logs, docker compose down).\n`);
  }
  return 0;
}

/**
 * `docker compose up` (docker/compose cmd/compose/up.go, pkg/compose/up.go):
 * builds or pulls what is missing, creates the networks and volumes,
 * converges each service's containers (create, recreate, scale) and starts
 * them in dependency order, reporting progress on stderr
 * (fidelity-reference §6.2); without -d it then attaches to the logs.
 */
export const composeUpCommand: ComposeCommand = {
  name: "up",
  usage: "[OPTIONS] [SERVICE...]",
  short: "Create and start containers",
  flags: [
    { name: "build", kind: "bool", usage: "Build images before starting containers" },
    { name: "detach", short: "d", kind: "bool", usage: "Detached mode: Run containers in the background" },
    { name: "force-recreate", kind: "bool", usage: "Recreate containers even if their configuration and image haven't changed" },
    { name: "no-build", kind: "bool", usage: "Don't build an image, even if it's policy" },
    { name: "no-deps", kind: "bool", usage: "Don't start linked services" },
    { name: "no-recreate", kind: "bool", usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." },
    { name: "no-start", kind: "bool", usage: "Don't start the services after creating them" },
    { name: "quiet-pull", kind: "bool", usage: "Pull without printing progress information" },
    { name: "remove-orphans", kind: "bool", usage: "Remove containers for services not defined in the Compose file" },
    { name: "scale", kind: "list", valueName: "scale", usage: "Scale SERVICE to NUM instances. Overrides the `scale` setting in the Compose file if present." },
    { name: "timeout", short: "t", kind: "int", usage: "Use this timeout in seconds for container shutdown when attached or when containers are already running" },
    { name: "wait", kind: "bool", usage: "Wait for services to be running|healthy. Implies detached mode." },
  ],
  run(ctx, { flags, args }) {
    if (flags["force-recreate"] && flags["no-recreate"]) {
      ctx.out.err("--force-recreate and --no-recreate are incompatible\n");
      return 1;
    }
    if (flags.build && flags["no-build"]) {
      ctx.out.err("--build and --no-build are incompatible\n");
      return 1;
    }
    const scale = parseScaleOptions((flags.scale as string[] | undefined) ?? []);
    if (typeof scale === "string") {
      ctx.out.err(`${scale}\n`);
      return 1;
    }
    const project = loadProjectOrError(ctx);
    if (typeof project === "number") return project;
    const unknown = findUnknownService(project, [...args, ...Object.keys(scale)]);
    if (unknown) {
      ctx.out.err(`no such service: ${unknown}\n`);
      return 1;
    }
    const names = calculateSelection(project, args, flags["no-deps"] !== true);
    const progress = createComposeProgress(ctx);
    const imageStatus = dispatchProjectImages(ctx, project, names, progress, { build: flags.build === true, noBuild: flags["no-build"] === true });
    if (imageStatus !== 0) return imageStatus;
    const fail = (message: string): number => {
      progress.finish("Running");
      ctx.out.err(`${message}\n`);
      return 1;
    };
    const resourceError = dispatchProjectResources(ctx, project, progress);
    if (resourceError) return fail(resourceError);
    const convergeError = dispatchConvergence(ctx, project, names, progress, { forceRecreate: flags["force-recreate"] === true, noRecreate: flags["no-recreate"] === true, scale });
    if (convergeError) return fail(convergeError);
    if (flags["no-start"]) {
      progress.finish("Running");
      return 0;
    }
    const startError = dispatchStartServices(ctx, project, names, progress);
    if (startError) return fail(startError);
    if (flags.wait) {
      // --wait: every container running, and healthy when it has a health check (compose pkg/compose/up.go).
      for (const c of listProjectContainers(ctx, project.name, { all: true }).filter((c) => names.includes(c.config.Labels["com.docker.compose.service"] ?? ""))) {
        const id = `Container ${c.name}`;
        progress.event(id, "Waiting", false);
        const health = isHealthChecked(c) ? waitForHealth(ctx, c) : c.state.Running ? "running" : "exited";
        if (health === "exited") return fail(`container ${c.name} exited (${c.state.ExitCode})`);
        if (health === "unhealthy") return fail(`container ${c.name} is unhealthy`);
        progress.event(id, health === "healthy" ? "Healthy" : "Running", true);
      }
    }
    progress.finish("Running");
    if (flags.detach || flags.wait) return 0;
    return writeAttached(ctx, project, names);
  },
};
