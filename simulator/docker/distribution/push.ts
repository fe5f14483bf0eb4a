import type { DockerCommand } from "../command";
import { dispatchPush } from "../../engine/push";
import { formatPushProgress } from "./push-progress";

/**
 * `docker image push` / `docker push` (docker/cli 27.x: cli/command/image/push.go):
 * `Using default tag: latest` when no tag is given (not with `-q`), then the
 * daemon's progress stream, drawn as a terminal or a pipe shows it
 * (./push-progress.ts). `-q` prints only the pushed reference. A stream
 * error goes to stderr and exits 1 (cmd/docker/docker.go prints the error).
 * `-a` pushes every local tag of the repository and refuses a tag
 * (`tag can't be used with --all-tags/-a`); a digest reference is refused by
 * the client (`cannot push a digest reference`, client/image_push.go).
 * Simplification: `--platform` and `--disable-content-trust=false` are
 * accepted and ignored; images are single-platform and unsigned.
 */
export const imagePushCommand: DockerCommand = {
  name: "push",
  group: "image",
  aliases: [],
  shortcut: "push",
  usage: "[OPTIONS] NAME[:TAG]",
  short: "Upload an image to a registry",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "all-tags", short: "a", kind: "bool", usage: "Push all tags of an image to the repository" },
    { name: "disable-content-trust", kind: "bool", usage: "Skip image signing", defaultText: "true" },
    {
      name: "platform",
      kind: "string",
      usage:
        "Push a platform-specific manifest as a single-platform image to the registry.\n" +
        "Image index won't be pushed, meaning that other manifests, including attestations won't be preserved.\n" +
        "'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
    },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress verbose output" },
  ],
  run(ctx, { flags, args }) {
    const parsed = ctx.engine.parseReference(args[0] as string);
    if (!parsed.ok) {
      ctx.out.err(`${parsed.error.message}\n`);
      return 1;
    }
    let ref = parsed.value;
    const all = flags["all-tags"] === true;
    const quiet = flags.quiet === true;
    const nameOnly = ref.tag === undefined && ref.digest === undefined;
    if (all && !nameOnly) {
      ctx.out.err("tag can't be used with --all-tags/-a\n");
      return 1;
    }
    if (!all && nameOnly) {
      ref = { ...ref, tag: "latest" };
      if (!quiet) ctx.out.out("Using default tag: latest\n");
    }
    if (ref.digest !== undefined) {
      ctx.out.err("cannot push a digest reference\n");
      return 1;
    }
    const report = dispatchPush(ctx.engine, ref, all);
    if (quiet) {
      if (report.error === undefined) ctx.out.out(`${ref.domain}/${ref.path}${ref.tag !== undefined ? `:${ref.tag}` : ""}\n`);
    } else {
      ctx.out.out(formatPushProgress(report.messages, ctx.host.tty));
    }
    if (report.error !== undefined) {
      ctx.out.err(`${report.error}\n`);
      return 1;
    }
    return 0;
  },
};
