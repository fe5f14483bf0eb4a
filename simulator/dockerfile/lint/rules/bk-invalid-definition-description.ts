import { argPairs, buildkitView } from "../buildkit/view";
import { FORMAT } from "../buildkit/messages";
import type { LintRule } from "../types";

/** BuildKit experimental check InvalidDefinitionDescription (moby/buildkit: instructions/parse.go validateDefinitionDescription). */
export const InvalidDefinitionDescription: LintRule = {
  code: "InvalidDefinitionDescription",
  severity: "warning",
  title: "Description comment should start with the stage or ARG name",
  source: "buildkit",
  explanation: {
    why: "Docker reads a comment directly above a named stage or an ARG as its description (shown by `docker build --call=outline/targets`) when it starts with that name. This experimental check, enabled with `# check=experimental=InvalidDefinitionDescription`, catches comments that look like descriptions but are not.",
    fix: "Start the comment with the stage or ARG name, or separate it from the instruction with an empty comment line.",
    before: "# the version of Go\nARG GO_VERSION=1.23",
    after: "# GO_VERSION sets the version of Go\nARG GO_VERSION=1.23",
  },
  check(ctx) {
    const view = buildkitView(ctx);
    const nodes = [...view.metaArgs, ...view.stages.flatMap((s) => [s.from, ...s.commands.filter((c) => c.keyword.toLowerCase() === "arg")])];
    return nodes.flatMap((n) => {
      const isArg = n.keyword.toLowerCase() === "arg";
      const keys = isArg ? argPairs(n).map((a) => a.key) : view.stages.filter((s) => s.from === n && s.name !== "").map((s) => s.name);
      const last = n.prevComment[n.prevComment.length - 1];
      if (last === undefined || keys.length === 0 || keys.includes(last.split(" ")[0] ?? "")) return [];
      return [ctx.at(InvalidDefinitionDescription, n, FORMAT.InvalidDefinitionDescription(isArg ? "ARG" : "FROM", keys.length > 1 ? "<arg_key>" : (keys[0] as string)))];
    });
  },
};
