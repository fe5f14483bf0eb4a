import type { Engine } from "./engine";
import { engineError, type EngineResult } from "./errors";
import { resolveImage } from "./image-lookup";
import { formatFamiliarName, type ImageReference } from "../image/reference";
import { addImage } from "../image/store";
import type { ImageRecord } from "../image/types";
import { recordEvent } from "./events";

/**
 * ImageTag (moby/moby: api/server/router/image/image_routes.go postImagesTag,
 * daemon/images/image_tag.go TagImage): refuses `sha256` as a name, finds the
 * source as GetImage does, then points the tag at it, moving it off any image
 * it named before (which may be left dangling, `<none>`), and stamps
 * `.Metadata.LastTagTime`.
 */
export function tagImage(engine: Engine, source: string, target: ImageReference): EngineResult<ImageRecord> {
  engine.settle();
  if (formatFamiliarName(target) === "sha256") {
    return { ok: false, error: engineError("invalid", "refusing to create an ambiguous tag using digest algorithm as name", 1) };
  }
  const found = resolveImage(engine.state.images, source);
  if (!found.ok) return found;
  const image = found.value.image;
  addImage(engine.state.images, image, { ...target, tag: target.tag ?? "latest", digest: undefined });
  image.lastTagTime = engine.clock.now();
  recordEvent(engine, "image", "tag", image.id, { name: `${formatFamiliarName(target)}:${target.tag ?? "latest"}` });
  return { ok: true, value: image };
}
