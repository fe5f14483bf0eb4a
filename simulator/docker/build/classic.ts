import { formatClassicId } from "../../build/classic";
import type { BuildContext } from "../../build/context";
import type { BuildRequest } from "../../build/types";
import { formatHumanSize4 } from "../../cli/units";
import { dispatchBuild } from "../../engine/build";
import { formatFamiliarTagged, parseImageReference, ReferenceError } from "../../image/reference";
import type { DockerContext } from "../command";
import { writePullProgress } from "../image/pull-progress";
import { LEGACY_BUILDER_NOTICE, loadBuildInputs, parseBuildArgs, resolveBuildInputs } from "./build";

/**
 * The context as the CLI tars it for the legacy builder: a 512-byte header
 * per entry, file bodies padded to 512 bytes, two zero blocks at the end
 * (go: archive/tar; docker/cli: cli/command/image/build/context.go), so
 * `Sending build context to Docker daemon  4.096kB`.
 */
export function calculateContextTarSize(context: BuildContext, dockerfileSize: number): number {
  let size = 1024;
  for (const e of context.entries.values()) size += 512 + (e.type === "file" ? Math.ceil(new TextEncoder().encode(e.content).length / 512) * 512 : 0);
  if (![...context.entries.keys()].includes("Dockerfile")) size += 512 + Math.ceil(dockerfileSize / 512) * 512;
  return size;
}

/**
 * `DOCKER_BUILDKIT=0 docker build`: the deprecation notice (stderr), then
 * the legacy builder's stream on stdout: `Sending build context…`,
 * `Step i/N : …`, ` ---> Running in …`, ` ---> Using cache`,
 * `Successfully built …`, `Successfully tagged …` (docker/cli:
 * cli/command/image/build.go runBuild, cmd/docker/builder.go; moby/moby:
 * daemon/builder/dockerfile/builder.go). A failing RUN exits with its code.
 */
export function runClassicBuildCommand(ctx: DockerContext, flags: Record<string, unknown>, args: string[]): number {
  const out = ctx.out;
  out.err(LEGACY_BUILDER_NOTICE);
  if (args.length !== 1) {
    out.err(`"docker build" requires exactly 1 argument.\nSee 'docker build --help'.\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nBuild an image from a Dockerfile\n`);
    return 1;
  }
  const tags: string[] = [];
  for (const tag of (flags.tag as string[] | undefined) ?? []) {
    try {
      const ref = parseImageReference(tag);
      tags.push(`${ref.domain}/${ref.path}:${ref.tag ?? "latest"}`);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      out.err(`invalid argument "${tag}" for "-t, --tag" flag: ${error.message}\nSee 'docker build --help'.\n`);
      return 125;
    }
  }
  const inputs = resolveBuildInputs(ctx, args[0] as string, flags.file as string | undefined);
  if ("error" in inputs) {
    out.err(`${inputs.error}\n`);
    return 1;
  }
  const loaded = loadBuildInputs(ctx, inputs);
  if (loaded.dockerfileText === undefined) {
    out.err(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${inputs.dockerfilePath}: no such file or directory\n`);
    return 1;
  }
  const dockerfileText = loaded.dockerfileText;
  const context = loaded.context;
  const quiet = flags.quiet === true;
  const say = (text: string): void => {
    if (!quiet) out.out(text);
  };
  say(`Sending build context to Docker daemon ${formatHumanSize4(calculateContextTarSize(context, dockerfileText.length)).padStart(8)}\n\n`);
  const request: BuildRequest = {
    dockerfileText,
    dockerfileName: inputs.dockerfileName,
    context,
    buildArgs: parseBuildArgs((flags["build-arg"] as string[] | undefined) ?? [], ctx.host.env),
    ...(flags.target ? { target: flags.target as string } : {}),
    noCache: flags["no-cache"] === true,
    pull: flags.pull === true,
    builder: "classic",
    tags,
  };
  const report = dispatchBuild(ctx.engine, request, { context: inputs.contextDir, dockerfile: inputs.dockerfilePath });
  const { outcome } = report;
  for (const step of outcome.classicSteps) {
    say(`${step.text}\n`);
    if (step.pulled) writePullProgress(say, step.pulled);
    if (step.cached) say(" ---> Using cache\n");
    else if (step.containerId) say(` ---> Running in ${formatClassicId(step.containerId)}\n`);
    say(step.output);
    if (step.imageId === undefined) continue;
    if (!step.cached && step.containerId) say(` ---> Removed intermediate container ${formatClassicId(step.containerId)}\n`);
    say(` ---> ${formatClassicId(step.imageId)}\n`);
  }
  if (!outcome.ok) {
    const error = outcome.error;
    const message = error?.classic ?? "build failed";
    out.err(outcome.classicSteps.length === 0 ? `Error response from daemon: ${message}\n` : `${message}\n`);
    return error?.exitCode ?? 1;
  }
  const id = report.image?.id ?? outcome.imageId ?? "";
  if (quiet) {
    out.out(`${id}\n`);
    return 0;
  }
  if (outcome.unusedBuildArgs && outcome.unusedBuildArgs.length > 0) say(`[Warning] One or more build-args [${outcome.unusedBuildArgs.join(" ")}] were not consumed\n`);
  say(`Successfully built ${formatClassicId(id)}\n`);
  for (const tag of tags) say(`Successfully tagged ${formatFamiliarTagged(parseImageReference(tag))}\n`);
  return 0;
}
