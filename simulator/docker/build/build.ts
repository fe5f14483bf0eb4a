import { readBuildContext, type BuildContext } from "../../build/context";
import { formatPlainProgress, type Vertex } from "../../build/progress";
import { formatBuildError, formatBuildWarnings, formatTtyFrames, formatTtyProgress } from "../../build/report";
import type { BuildRequest } from "../../build/types";
import { dispatchBuild } from "../../engine/build";
import { parseImageReference, ReferenceError } from "../../image/reference";
import { calculateCleanPath } from "../../vfs/path";
import type { DockerCommand, DockerContext } from "../command";
import { runClassicBuildCommand } from "./classic";

/**
 * The deprecation notice `docker build` prints with DOCKER_BUILDKIT=0
 * (docker/cli: cmd/docker/builder.go).
 */
export const LEGACY_BUILDER_NOTICE =
  "DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n" +
  "            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n" +
  "            environment-variable.\n\n";

/** Where the build's inputs are on the host. */
export interface BuildInputs {
  contextDir: string;
  dockerfilePath: string;
  /** The Dockerfile's base name, as BuildKit shows it (`load build definition from Dockerfile.dev`). */
  dockerfileName: string;
  /** `docker build -` or `-f -`: the Dockerfile comes from stdin. */
  fromStdin?: boolean;
  /** `docker build -`: no context at all. */
  noContext?: boolean;
}

/** An empty build context (`docker build - < Dockerfile`). */
export const EMPTY_CONTEXT: BuildContext = { entries: new Map(), size: 0, dockerignore: [], dockerignoreSize: 0 };

/** The Dockerfile text and the context the inputs name; undefined text when the Dockerfile is missing. */
export function loadBuildInputs(ctx: DockerContext, inputs: BuildInputs): { dockerfileText: string | undefined; context: BuildContext } {
  const dockerfileText = inputs.fromStdin ? (ctx.host.stdin ?? "") : ctx.host.fs.stat(inputs.dockerfilePath)?.type === "file" ? ctx.host.fs.readFile(inputs.dockerfilePath) : undefined;
  const context = inputs.noContext ? EMPTY_CONTEXT : readBuildContext(ctx.host.fs, inputs.contextDir, inputs.fromStdin ? undefined : inputs.dockerfilePath);
  return { dockerfileText, context };
}

/** Resolves the context directory and the Dockerfile (`-f` is relative to the working directory, default `<context>/Dockerfile`). */
export function resolveBuildInputs(ctx: DockerContext, contextArg: string, file: string | undefined): BuildInputs | { error: string } {
  if (contextArg === "-") return { contextDir: "", dockerfilePath: "-", dockerfileName: "Dockerfile", fromStdin: true, noContext: true };
  const resolve = (p: string): string => calculateCleanPath(p.startsWith("/") ? p : `${ctx.host.cwd}/${p}`);
  const contextDir = resolve(contextArg);
  if (ctx.host.fs.stat(contextDir)?.type !== "dir") return { error: `unable to prepare context: path "${contextArg}" not found` };
  const dockerfilePath = file && file !== "-" ? resolve(file) : `${contextDir === "/" ? "" : contextDir}/Dockerfile`;
  if (file === "-") return { contextDir, dockerfilePath: "-", dockerfileName: "Dockerfile", fromStdin: true };
  // buildx sends the Dockerfile's directory as its own local source and names the file by its base name (docker/buildx: build/build.go).
  return { contextDir, dockerfilePath, dockerfileName: dockerfilePath.slice(dockerfilePath.lastIndexOf("/") + 1) };
}

/** `--build-arg K=V`, or `--build-arg K` taking K from the client's environment (docker/cli: opts.ConvertKVStringsToMapWithNil). */
export function parseBuildArgs(list: readonly string[], env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf("=");
    if (eq >= 0) out[item.slice(0, eq)] = item.slice(eq + 1);
    else if (env[item] !== undefined) out[item] = env[item] as string;
  }
  return out;
}

/** Tags as BuildKit validates them: `invalid tag "Foo": repository name must be lowercase` (docker/buildx: build/opt.go). */
export function parseBuildTags(tags: readonly string[]): { canonical: string[]; shown: string[] } | { error: string } {
  const canonical: string[] = [];
  const shown: string[] = [];
  for (const tag of tags) {
    try {
      const ref = parseImageReference(tag);
      if (ref.digest) return { error: `invalid tag "${tag}": refusing to create a tag with a digest reference` };
      canonical.push(`${ref.domain}/${ref.path}:${ref.tag ?? "latest"}`);
      shown.push(`${ref.domain}/${ref.path}${ref.tag ? `:${ref.tag}` : ""}`);
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      return { error: `invalid tag "${tag}": ${error.message.replace(/^invalid reference format: /, "").replace(/ \(.*\) must be lowercase/, " must be lowercase")}` };
    }
  }
  return { canonical, shown };
}

function runBuild(ctx: DockerContext, flags: Record<string, unknown>, args: string[]): number {
  if (ctx.host.env.DOCKER_BUILDKIT === "0" || ctx.host.env.DOCKER_BUILDKIT === "false") return runClassicBuildCommand(ctx, flags, args);
  if (args.length !== 1) {
    ctx.out.err(`ERROR: "docker buildx build" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n`);
    return 1;
  }
  const tags = parseBuildTags((flags.tag as string[] | undefined) ?? []);
  if ("error" in tags) {
    ctx.out.err(`ERROR: ${tags.error}\n`);
    return 1;
  }
  const inputs = resolveBuildInputs(ctx, args[0] as string, flags.file as string | undefined);
  if ("error" in inputs) {
    ctx.out.err(`ERROR: ${inputs.error}\n`);
    return 1;
  }
  const progressFlag = (flags.progress as string | undefined) ?? "auto";
  const quiet = flags.quiet === true || progressFlag === "quiet";
  const mode = progressFlag === "plain" || progressFlag === "rawjson" ? "plain" : progressFlag === "tty" || (progressFlag === "auto" && ctx.host.tty) ? "tty" : "plain";
  const write = (vertices: Vertex[], seconds: number): void => {
    if (quiet) return;
    if (mode !== "tty") {
      ctx.out.err(formatPlainProgress(vertices));
      return;
    }
    const start = vertices[0]?.startMs;
    if (start === undefined) {
      ctx.out.err(formatTtyProgress(vertices, seconds, ctx.host.columns ?? 80));
      return;
    }
    const end = Math.max(...vertices.map((v) => v.endMs ?? start));
    for (const frame of formatTtyFrames(vertices, start, Math.max(seconds, (end - start) / 1000), ctx.host.columns ?? 80)) ctx.out.err(frame.text, frame.atMs);
  };
  const loaded = loadBuildInputs(ctx, inputs);
  if (loaded.dockerfileText === undefined) {
    const name = inputs.dockerfileName;
    write([{ name: `[internal] load build definition from ${name}`, statuses: [{ id: "transferring dockerfile: 2B", done: true }], logs: [], outcome: { kind: "done", seconds: 0 } }], 0);
    ctx.out.err(`ERROR: failed to solve: failed to read dockerfile: open ${name}: no such file or directory\n`);
    return 1;
  }
  const dockerfileText = loaded.dockerfileText;
  const request: BuildRequest = {
    dockerfileText,
    dockerfileName: inputs.dockerfileName,
    context: loaded.context,
    buildArgs: parseBuildArgs((flags["build-arg"] as string[] | undefined) ?? [], ctx.host.env),
    ...(flags.target ? { target: flags.target as string } : {}),
    noCache: flags["no-cache"] === true,
    pull: flags.pull === true,
    builder: "buildkit",
    tags: tags.canonical,
    labels: parseBuildArgs((flags.label as string[] | undefined) ?? [], {}),
  };
  const report = dispatchBuild(ctx.engine, request, { context: inputs.contextDir, dockerfile: inputs.dockerfilePath });
  const { outcome } = report;
  const vertices = [...outcome.vertices];
  if (outcome.ok && report.image) {
    const exportStart = ctx.engine.clock.now();
    const newLayers = outcome.steps.filter((s) => !s.cached && s.keyword !== "FROM").length;
    ctx.engine.clock.advance(newLayers > 0 ? 100 : 20);
    vertices.push({
      startMs: exportStart,
      endMs: ctx.engine.clock.now(),
      name: "exporting to image",
      statuses: [
        { id: "exporting layers", seconds: newLayers > 0 ? 0.1 : 0, done: true },
        { id: `writing image ${report.image.id}`, done: true },
        ...tags.shown.map((t) => ({ id: `naming to ${t}`, done: true })),
      ],
      logs: [],
      outcome: { kind: "done", seconds: (ctx.engine.clock.now() - exportStart) / 1000 },
    });
  }
  write(vertices, outcome.seconds);
  if (!outcome.ok) {
    ctx.out.err(formatBuildError(outcome.error ?? { message: "build failed", classic: "build failed", exitCode: 1 }, inputs.dockerfileName, dockerfileText, outcome.warnings));
    return 1;
  }
  if (!quiet) ctx.out.err(formatBuildWarnings(outcome.warnings));
  if (quiet && report.image) ctx.out.out(`${report.image.id}\n`);
  return 0;
}

/**
 * `docker build` / `docker image build` / `docker buildx build`: BuildKit
 * through buildx by default, the legacy builder with DOCKER_BUILDKIT=0
 * (docker/cli: cli/command/image/build.go, cmd/docker/builder.go;
 * docker/buildx: commands/build.go). Progress goes to stderr; `-q` prints
 * only the image ID.
 */
export const buildCommand: DockerCommand = {
  // `docker builder build` and `docker buildx build` are the same command (docker/cli: cli/command/builder/cmd.go; docker/buildx).
  name: "build",
  group: "image",
  aliases: [],
  shortcut: "build",
  usage: "[OPTIONS] PATH | URL | -",
  short: "Build an image from a Dockerfile",
  long: "Start a build",
  // With BuildKit, `docker build` runs buildx's build, and its help is buildx's (docker/cli: cmd/docker/builder.go).
  helpPath: "docker buildx build",
  helpAliases: ["docker buildx build", "docker buildx b"],
  args: { kind: "any" },
  flags: [
    { name: "build-arg", kind: "list", usage: "Set build-time variables" },
    { name: "file", short: "f", kind: "string", usage: "Name of the Dockerfile (default: \"PATH/Dockerfile\")" },
    { name: "no-cache", kind: "bool", usage: "Do not use cache when building the image" },
    { name: "progress", kind: "string", usage: "Set type of progress output (\"auto\", \"quiet\", \"plain\", \"tty\", \"rawjson\"). Use plain to show container output", defaultText: '"auto"' },
    { name: "pull", kind: "bool", usage: "Always attempt to pull all referenced images" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress the build output and print image ID on success" },
    { name: "tag", short: "t", kind: "list", usage: "Name and optionally a tag (format: \"name:tag\")" },
    { name: "target", kind: "string", usage: "Set the target build stage to build" },
    { name: "platform", kind: "string", usage: "Set target platform for build" },
    { name: "network", kind: "string", usage: "Set the networking mode for the \"RUN\" instructions during build", defaultText: '"default"' },
    { name: "label", kind: "list", usage: "Set metadata for an image" },
  ],
  run(ctx, { flags, args }) {
    return runBuild(ctx, flags, args);
  },
};

/** `docker buildx build`: always BuildKit, whatever DOCKER_BUILDKIT says. */
export const buildxBuildCommand: DockerCommand = {
  ...buildCommand,
  group: "buildx",
  aliases: ["b"],
  shortcut: undefined,
  short: "Start a build",
  run(ctx, { flags, args }) {
    const env = { ...ctx.host.env };
    delete env.DOCKER_BUILDKIT;
    return runBuild({ ...ctx, host: { ...ctx.host, env } }, flags, args);
  },
};
