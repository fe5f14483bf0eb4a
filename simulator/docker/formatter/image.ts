import { calculateShortId } from "../../core/ids";
import { formatHumanDuration, formatHumanSize } from "../../cli/units";
import type { TemplateData } from "../../cli/template";
import type { ImageTagRow } from "../../image/store";
import { formatGoTime, type ListFormat } from "./write";

/**
 * `docker images`' columns in the classic table that Docker ≤28 prints by
 * default (docker/cli: cli/command/formatter/image.go; fidelity-reference §1.5).
 */
export const IMAGE_LIST_FORMAT: ListFormat = {
  defaultTable: "{{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}",
  headers: {
    ID: "IMAGE ID",
    Repository: "REPOSITORY",
    Tag: "TAG",
    Digest: "DIGEST",
    CreatedSince: "CREATED",
    CreatedAt: "CREATED AT",
    Size: "SIZE",
    Containers: "CONTAINERS",
    VirtualSize: "VIRTUAL SIZE",
    SharedSize: "SHARED SIZE",
    UniqueSize: "UNIQUE SIZE",
  },
  typeName: "*formatter.imageContext",
};

/** The default table with `--digests`: DIGEST after TAG. */
export const IMAGE_LIST_DIGESTS_TABLE = "{{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}";

/** One `docker images` row's fields (imageContext). */
export function calculateImageFields(row: ImageTagRow, now: number, trunc: boolean): TemplateData {
  const { image } = row;
  const digest = image.repoDigests.find((d) => d.startsWith(`${row.repository}@`))?.split("@")[1] ?? "<none>";
  const size = formatHumanSize(image.size);
  return {
    Containers: "N/A",
    CreatedAt: formatGoTime(image.created),
    CreatedSince: `${formatHumanDuration(now - image.created)} ago`,
    Digest: digest,
    ID: trunc ? calculateShortId(image.id) : image.id,
    Repository: row.repository,
    SharedSize: "N/A",
    Size: size,
    Tag: row.tag,
    UniqueSize: "N/A",
    VirtualSize: size,
  };
}
