import { dispatchContainerCommit } from "../../engine/container-commit";
import type { ImageReference } from "../../image/reference";
import type { DockerCommand } from "../command";
import { findContainerOrError } from "./each";

/**
 * `docker container commit` / `docker commit` (docker/cli 27:
 * cli/command/container/commit.go): a new image from the container's
 * changes (engine/container-commit.ts), its full ID printed
 * (`sha256:…`). The client checks the reference first
 * (`invalid reference format…`, `refusing to create a tag with a digest
 * reference`); cli.RequiresRangeArgs(1, 2) words the arity error.
 * Simplification: `--pause` is accepted and changes nothing visible.
 */
export const containerCommitCommand: DockerCommand = {
  name: "commit",
  group: "container",
  aliases: [],
  shortcut: "commit",
  usage: "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]",
  short: "Create a new image from a container's changes",
  args: { kind: "any" },
  interspersed: false,
  flags: [
    { name: "author", short: "a", kind: "string", usage: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { name: "change", short: "c", kind: "list", usage: "Apply Dockerfile instruction to the created image" },
    { name: "message", short: "m", kind: "string", usage: "Commit message" },
    { name: "pause", short: "p", kind: "bool", usage: "Pause container during commit", defaultText: "true" },
  ],
  run(ctx, { flags, args }) {
    if (args.length < 1 || args.length > 2) {
      const path = ctx.commandPath;
      ctx.out.err(`"${path}" requires at least 1 and at most 2 arguments.\nSee '${path} --help'.\n\nUsage:  ${path} ${this.usage}\n\n${this.short}\n`);
      return 1;
    }
    const [ref, repository] = args as [string, string | undefined];
    let reference: ImageReference | undefined;
    if (repository !== undefined && repository !== "") {
      const parsed = ctx.engine.parseReference(repository);
      if (!parsed.ok) {
        ctx.out.err(`${parsed.error.message}\n`);
        return 1;
      }
      if (parsed.value.digest) {
        ctx.out.err("refusing to create a tag with a digest reference\n");
        return 1;
      }
      reference = parsed.value;
    }
    const found = findContainerOrError(ctx, ref);
    if ("error" in found) {
      ctx.out.err(`${found.error}\n`);
      return 1;
    }
    const committed = dispatchContainerCommit(ctx.engine, found.container, {
      ...(reference ? { reference } : {}),
      comment: (flags.message as string | undefined) ?? "",
      author: (flags.author as string | undefined) ?? "",
      changes: (flags.change as string[] | undefined) ?? [],
    });
    if (!committed.ok) {
      ctx.out.err(`Error response from daemon: ${committed.error.message}\n`);
      return 1;
    }
    ctx.out.out(`${committed.value.id}\n`);
    return 0;
  },
};
