import type { ComposeProject, ComposeService } from "../../compose/types";
import type { ImageRecord } from "../../image/types";
import { buildCommand } from "../build/build";
import { calculateServiceImage, type ComposeContext } from "./command";
import type { ComposeProgress } from "./progress";

/** The local image a service would run, if there is one. */
export function findServiceImage(ctx: ComposeContext, project: ComposeProject, service: ComposeService): ImageRecord | undefined {
  const name = calculateServiceImage(project.name, service, ctx.flavor);
  const ref = ctx.engine.parseReference(name);
  return ref.ok ? ctx.engine.findImage(name, ref.value) : undefined;
}

/**
 * Builds a service's image as Compose does through BuildKit, tagged with
 * `image:` or `<project>-<service>`, then reports ` Service web  Built`
 * (docker/compose pkg/compose/build.go).
 * Simplification: BuildKit's own output, without Compose's `[web …]`
 * vertex prefixes.
 */
export function dispatchServiceBuild(ctx: ComposeContext, project: ComposeProject, service: ComposeService, progress: ComposeProgress, noCache = false): number {
  const build = service.build;
  if (!build) return 0;
  const dockerfile = build.dockerfile.startsWith("/") ? build.dockerfile : `${build.context}/${build.dockerfile}`;
  const flags = {
    tag: [calculateServiceImage(project.name, service, ctx.flavor)],
    file: dockerfile,
    "build-arg": Object.entries(build.args ?? {}).flatMap(([k, v]) => (v === null ? [k] : [`${k}=${v}`])),
    ...(build.target ? { target: build.target } : {}),
    progress: ctx.globals.progress === "auto" ? (ctx.host.tty ? "tty" : "plain") : ctx.globals.progress,
    "no-cache": noCache,
  };
  const env = { ...ctx.host.env };
  delete env.DOCKER_BUILDKIT;
  const status = buildCommand.run({ ...ctx, host: { ...ctx.host, env } }, { flags, args: [build.context] });
  // BuildKit has printed its own `ERROR: …` line.
  if (status !== 0) return status;
  progress.event(`Service ${service.name}`, "Built", true);
  return 0;
}

/**
 * Pulls a service's missing image (` db Pulling` → ` db Pulled`;
 * docker/compose pkg/compose/pull.go). Returns the image, or the status
 * after printing the daemon's error.
 * Simplification: no per-layer progress lines.
 */
export function dispatchServicePull(ctx: ComposeContext, project: ComposeProject, service: ComposeService, progress: ComposeProgress, always = false): ImageRecord | number {
  const name = calculateServiceImage(project.name, service, ctx.flavor);
  const ref = ctx.engine.parseReference(name);
  if (!ref.ok) {
    ctx.out.err(`invalid reference format\n`);
    return 1;
  }
  const local = always ? undefined : ctx.engine.findImage(name, ref.value);
  if (local) return local;
  progress.event(service.name, "Pulling", false, true);
  const pulled = ctx.engine.pull(ref.value);
  if (!pulled.ok) {
    progress.event(service.name, `Error ${pulled.error.message}`, false, true);
    progress.finish("Running");
    ctx.out.err(`Error response from daemon: ${pulled.error.message}\n`);
    return 1;
  }
  progress.event(service.name, "Pulled", true, true);
  return pulled.value.image;
}

/**
 * Makes sure every named service has its image: built when `--build` or
 * when it has `build:` and no image yet, pulled when missing otherwise.
 */
export function dispatchProjectImages(ctx: ComposeContext, project: ComposeProject, names: readonly string[], progress: ComposeProgress, options: { build: boolean; noBuild?: boolean }): number {
  for (const name of names) {
    const service = project.services[name] as ComposeService;
    if (service.build && !options.noBuild && (options.build || !findServiceImage(ctx, project, service))) {
      const status = dispatchServiceBuild(ctx, project, service, progress);
      if (status !== 0) return status;
      continue;
    }
    const pulled = dispatchServicePull(ctx, project, service, progress);
    if (typeof pulled === "number") return pulled;
  }
  return 0;
}
