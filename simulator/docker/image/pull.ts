import type { DockerCommand } from "../command";
import { writeDaemonError } from "../command";
import { formatCanonicalTagged } from "../../image/reference";
import { writePullProgressTo } from "./pull-progress";

/**
 * `docker image pull` / `docker pull` (docker/cli: cli/command/image/pull.go):
 * `Using default tag: latest` when no tag, the progress, then the canonical
 * reference on its own line.
 */
export const imagePullCommand: DockerCommand = {
  name: "pull",
  group: "image",
  aliases: [],
  shortcut: "pull",
  usage: "[OPTIONS] NAME[:TAG|@DIGEST]",
  short: "Download an image from a registry",
  args: { kind: "exact", n: 1 },
  flags: [
    { name: "all-tags", short: "a", kind: "bool", usage: "Download all tagged images in the repository" },
    { name: "disable-content-trust", kind: "bool", usage: "Skip image verification", defaultText: "true" },
    { name: "platform", kind: "string", usage: "Set platform if server is multi-platform capable" },
    { name: "quiet", short: "q", kind: "bool", usage: "Suppress verbose output" },
  ],
  run(ctx, { flags, args }) {
    const text = args[0] as string;
    const parsed = ctx.engine.parseReference(text);
    if (!parsed.ok) {
      ctx.out.err(`${parsed.error.message}\n`);
      return 1;
    }
    const ref = parsed.value;
    if (!flags.quiet && ref.tag === undefined && ref.digest === undefined) ctx.out.out("Using default tag: latest\n");
    const result = ctx.engine.pull(ref);
    if (!result.ok) return writeDaemonError(ctx.out, result.error.message);
    if (!flags.quiet) writePullProgressTo(ctx.out, "stdout", result.value);
    ctx.out.out(ref.digest ? `${ref.domain}/${ref.path}@${ref.digest}\n` : `${formatCanonicalTagged(ref)}\n`);
    return 0;
  },
};
