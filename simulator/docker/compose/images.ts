import { formatTable } from "../../cli/table";
import { formatHumanSize } from "../../cli/units";
import { calculateShortId } from "../../core/ids";
import { parseImageReference } from "../../image/reference";
import type { ComposeCommand } from "./command";
import { loadSelectedContainers } from "./selection";

/** `docker compose images` (cmd/compose/images.go): CONTAINER REPOSITORY TAG IMAGE ID SIZE for the project's containers. */
export const composeImagesCommand: ComposeCommand = {
  name: "images",
  usage: "[OPTIONS] [SERVICE...]",
  short: "List images used by the created containers",
  flags: [{ name: "quiet", short: "q", kind: "bool", usage: "Only display IDs" }],
  run(ctx, { flags, args }) {
    const selected = loadSelectedContainers(ctx, args);
    if (typeof selected === "number") return selected;
    if (flags.quiet) {
      for (const id of new Set(selected.containers.map((c) => c.imageId))) ctx.out.out(`${id.replace(/^sha256:/, "")}\n`);
      return 0;
    }
    const rows = selected.containers.map((c) => {
      const image = ctx.engine.state.images.images[c.imageId];
      let repo = c.config.Image;
      let tag = "latest";
      try {
        const ref = parseImageReference(c.config.Image);
        repo = ref.domain === "docker.io" ? ref.path.replace(/^library\//, "") : `${ref.domain}/${ref.path}`;
        tag = ref.tag ?? "latest";
      } catch {
        // An image referenced by ID keeps its text.
      }
      return [c.name, repo, tag, calculateShortId(c.imageId), formatHumanSize(image?.size ?? 0)];
    });
    ctx.out.out(formatTable([["CONTAINER", "REPOSITORY", "TAG", "IMAGE ID", "SIZE"], ...rows]));
    return 0;
  },
};
