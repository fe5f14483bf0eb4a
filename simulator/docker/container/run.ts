import type { DockerCommand, DockerContext } from "../command";
import { writeRunError } from "../command";
import { writePullProgressTo } from "../image/pull-progress";
import { formatFamiliarTagged, type ImageReference } from "../../image/reference";
import type { ImageRecord } from "../../image/types";
import { parsePortSpecs } from "../../engine/ports";
import { findVolumeFlagError } from "../../engine/volumes";
import { calculateResolvedPath } from "../../vfs/path";

/** Finds the image locally or pulls it, printing what `docker run` prints on stderr. */
function ensureImage(ctx: DockerContext, text: string, ref: ImageReference, pull: string, quiet: boolean): ImageRecord | number {
  const local = pull === "always" ? undefined : ctx.engine.findImage(text, ref);
  if (local) return local;
  if (pull === "never") {
    return writeRunError(ctx.out, "run", `Error response from daemon: No such image: ${formatFamiliarTagged(ref)}`, 125);
  }
  if (pull !== "always") ctx.out.err(`Unable to find image '${formatFamiliarTagged(ref)}' locally\n`);
  const result = ctx.engine.pull(ref);
  if (!result.ok) return writeRunError(ctx.out, "run", `Error response from daemon: ${result.error.message}`, 125);
  if (!quiet) writePullProgressTo(ctx.out, "stderr", result.value);
  return result.value.image;
}

/** `-l a=b` / `-e A=b` lists as a record (a bare key gets an empty value for labels). */
function parseKeyValues(list: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf("=");
    if (eq < 0) out[item] = "";
    else out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/**
 * `docker container run` / `docker run` (docker/cli: cli/command/container/run.go):
 * pull if missing, create, start; `-d` prints the full ID, otherwise the
 * container's output is streamed and its exit code returned.
 * Errors use 27.x's `docker: <msg>.` + `See 'docker run --help'.` form, exit
 * 125 for the CLI or daemon, 127 for a missing command (fidelity-reference §3, §4.3).
 */
export const containerRunCommand: DockerCommand = {
  name: "run",
  group: "container",
  aliases: [],
  shortcut: "run",
  usage: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create and run a new container from an image",
  args: { kind: "min", n: 1 },
  interspersed: false,
  flags: [
    { name: "detach", short: "d", kind: "bool", usage: "Run container in background and print container ID" },
    { name: "entrypoint", kind: "string", usage: "Overwrite the default ENTRYPOINT of the image" },
    { name: "env", short: "e", kind: "list", usage: "Set environment variables" },
    { name: "hostname", short: "h", kind: "string", usage: "Container host name" },
    { name: "interactive", short: "i", kind: "bool", usage: "Keep STDIN open even if not attached" },
    { name: "label", short: "l", kind: "list", usage: "Set meta data on a container" },
    { name: "name", kind: "string", usage: "Assign a name to the container" },
    { name: "publish", short: "p", kind: "list", usage: "Publish a container's port(s) to the host" },
    { name: "publish-all", short: "P", kind: "bool", usage: "Publish all exposed ports to random ports" },
    { name: "pull", kind: "string", usage: 'Pull image before running ("always", "missing", "never")', defaultText: '"missing"' },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress the pull output" },
    { name: "rm", kind: "bool", usage: "Automatically remove the container and its associated anonymous volumes when it exits" },
    { name: "tty", short: "t", kind: "bool", usage: "Allocate a pseudo-TTY" },
    { name: "user", short: "u", kind: "string", usage: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { name: "volume", short: "v", kind: "list", usage: "Bind mount a volume" },
    { name: "workdir", short: "w", kind: "string", usage: "Working directory inside the container" },
  ],
  run(ctx, { flags, args }) {
    const [imageText, ...cmd] = args as [string, ...string[]];
    const pull = (flags.pull as string | undefined) ?? "missing";
    if (!["always", "missing", "never"].includes(pull)) {
      return writeRunError(ctx.out, "run", `invalid pull option: '${pull}': must be one of "always", "missing" or "never"`, 125);
    }
    // -p, -v: the CLI's own parsing happens before the image is looked up (docker/cli: container/opts.go parse).
    const ports = parsePortSpecs((flags.publish as string[] | undefined) ?? []);
    if (!ports.ok) return writeRunError(ctx.out, "run", ports.error, 125);
    const volumes: string[] = [];
    for (const spec of (flags.volume as string[] | undefined) ?? []) {
      const error = findVolumeFlagError(spec);
      if (error) return writeRunError(ctx.out, "run", error, 125);
      // A host part starting with "." is made absolute against the client's directory (docker/cli 27.x: opts.go).
      const [hostPart = "", ...rest] = spec.split(":");
      volumes.push(rest.length > 0 && hostPart.startsWith(".") ? [calculateResolvedPath(ctx.host.cwd, hostPart), ...rest].join(":") : spec);
    }
    const parsed = ctx.engine.parseReference(imageText);
    if (!parsed.ok) return writeRunError(ctx.out, "run", parsed.error.message, 125);
    const image = ensureImage(ctx, imageText, parsed.value, pull, flags.quiet === true);
    if (typeof image === "number") return image;

    const entrypoint = flags.entrypoint as string | undefined;
    const created = ctx.engine.createContainer({
      imageText,
      image,
      name: flags.name as string | undefined,
      cmd,
      entrypoint: entrypoint === undefined ? undefined : entrypoint === "" ? [] : [entrypoint],
      env: ((flags.env as string[] | undefined) ?? []).filter((e) => e.includes("=")),
      workingDir: flags.workdir as string | undefined,
      user: flags.user as string | undefined,
      hostname: flags.hostname as string | undefined,
      tty: flags.tty === true,
      interactive: flags.interactive === true,
      autoRemove: flags.rm === true,
      labels: parseKeyValues(flags.label as string[] | undefined),
      portBindings: ports.bindings,
      publishAllPorts: flags["publish-all"] === true,
      volumes,
    });
    if (!created.ok) return writeRunError(ctx.out, "run", `Error response from daemon: ${created.error.message}`, created.error.exitCode);
    const container = created.value;

    if (flags.detach) ctx.out.out(container.id + "\n");
    const started = ctx.engine.start(container);
    if (!started.ok) {
      return writeRunError(ctx.out, "run", `Error response from daemon: ${started.error.message}`, started.error.exitCode);
    }
    if (flags.detach) return 0;

    const tty = flags.tty === true;
    for (const chunk of started.value.output) {
      // With -t the container's stderr arrives on the terminal's stdout, as a pty merges them.
      if (chunk.stream === "stdout" || tty) ctx.out.out(chunk.text);
      else ctx.out.err(chunk.text);
    }
    const code = ctx.engine.wait(container);
    if (code === null) {
      // Simplification: a process that never exits returns the prompt at once and keeps
      // running, as if detached; attaching, interactive shells and Ctrl+C come with the
      // containers issue. Say so rather than pretend.
      ctx.out.err(
        `Dockyard: ${flags.interactive && tty ? "interactive shells inside containers are" : "attaching to a long-running container is"} not simulated yet; ` +
          `container ${container.name} keeps running in the background (see docker ps).\n`,
      );
      return 0;
    }
    return code;
  },
};
