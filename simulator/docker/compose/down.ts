import { calculateStartOrder } from "../../compose/project";
import { removeContainer } from "../../engine/container-remove";
import { stopContainer } from "../../engine/container-signals";
import { removeImage } from "../../engine/image-remove";
import { ensureNetworks, removeNetwork } from "../../engine/network-ops";
import { listVolumes, removeVolume } from "../../engine/volume-ops";
import type { ContainerRecord } from "../../runtime/types";
import { calculateServiceImage, findProjectName, LABEL, listProjectContainers, loadProjectOrError, serviceOf, type ComposeCommand } from "./command";
import { createComposeProgress } from "./progress";

/**
 * `docker compose down` (docker/compose pkg/compose/down.go): stops and
 * removes the project's containers, dependents first, then its networks;
 * `-v` also its named volumes (and the containers' anonymous ones);
 * `--rmi all|local` the services' images. With a `-p` name alone it works
 * without a Compose file, from the labels.
 */
export const composeDownCommand: ComposeCommand = {
  name: "down",
  usage: "[OPTIONS] [SERVICES]",
  short: "Stop and remove containers, networks",
  flags: [
    { name: "remove-orphans", kind: "bool", usage: "Remove containers for services not defined in the Compose file" },
    { name: "rmi", kind: "string", usage: 'Remove images used by services. "local" remove only images that don\'t have a custom tag ("local"|"all")' },
    { name: "timeout", short: "t", kind: "int", usage: "Specify a shutdown timeout in seconds" },
    { name: "volumes", short: "v", kind: "bool", usage: "Remove named volumes declared in the \"volumes\" section of the Compose file and anonymous volumes attached to containers" },
  ],
  run(ctx, { flags }) {
    const rmi = flags.rmi as string | undefined;
    if (rmi !== undefined && rmi !== "all" && rmi !== "local") {
      ctx.out.err(`invalid value for --rmi: ${rmi}\n`);
      return 1;
    }
    const named = findProjectName(ctx);
    const loaded = named !== undefined && ctx.globals.files.length === 0 ? undefined : loadProjectOrError(ctx);
    if (typeof loaded === "number") return loaded;
    const name = loaded?.name ?? (named as string);
    const progress = createComposeProgress(ctx);
    const containers = listProjectContainers(ctx, name, { all: true, oneoff: true });
    const order = loaded ? calculateStartOrder(loaded.services).reverse() : [];
    const rank = (c: ContainerRecord): number => {
      const i = order.indexOf(serviceOf(c));
      return i < 0 ? -1 : i;
    };
    const timeoutS = flags.timeout as number | undefined;
    const images = new Set<string>();
    for (const c of [...containers].sort((a, b) => rank(a) - rank(b))) {
      const id = `Container ${c.name}`;
      if (c.state.Running) {
        progress.event(id, "Stopping", false);
        stopContainer(ctx.engine, c, timeoutS === undefined ? {} : { timeoutS });
        progress.event(id, "Stopped", true);
      }
      progress.event(id, "Removing", false);
      removeContainer(ctx.engine, c, { force: true, volumes: flags.volumes === true });
      progress.event(id, "Removed", true);
      images.add(c.config.Image);
    }
    const networks = Object.values(ensureNetworks(ctx.engine)).filter((n) => n.Labels?.[LABEL.project] === name);
    for (const network of networks.sort((a, b) => (a.Name < b.Name ? -1 : 1))) {
      const id = `Network ${network.Name}`;
      progress.event(id, "Removing", false);
      const removed = removeNetwork(ctx.engine, network);
      progress.event(id, removed.ok ? "Removed" : "Resource is still in use", removed.ok);
    }
    let volumes = 0;
    if (flags.volumes) {
      for (const volume of listVolumes(ctx.engine).filter((v) => v.Labels[LABEL.project] === name)) {
        const id = `Volume ${volume.Name}`;
        progress.event(id, "Removing", false);
        const removed = removeVolume(ctx.engine, volume.Name, false);
        progress.event(id, removed.ok ? "Removed" : "Resource is still in use", removed.ok);
        volumes++;
      }
    }
    if (rmi) {
      // The services' images from the model (all, or with `local` only those named after the project), else the containers'.
      const wanted = loaded
        ? Object.values(loaded.services).filter((s) => rmi === "all" || !s.image).map((s) => calculateServiceImage(name, s, ctx.flavor))
        : rmi === "all" ? [...images] : [];
      for (const image of [...new Set(wanted)].sort()) {
        const ref = ctx.engine.parseReference(image);
        if (!ref.ok || !ctx.engine.findImage(image, ref.value)) continue;
        const id = `Image ${image}`;
        progress.event(id, "Removing", false);
        const removed = removeImage(ctx.engine, image, { force: false, prune: true });
        progress.event(id, removed.ok ? "Removed" : "Resource is still in use", removed.ok);
      }
    }
    if (containers.length === 0 && networks.length === 0 && volumes === 0) {
      ctx.out.err(`Warning: No resource found to remove for project "${name}".\n`);
      return 0;
    }
    progress.finish("Running");
    return 0;
  },
};
