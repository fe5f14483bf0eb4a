import { formatHumanDuration, formatHumanSize } from "../../cli/units";
import type { TemplateData } from "../../cli/template";
import { calculateShortId } from "../../core/ids";
import type { HistoryItem } from "../../engine/image-history";
import { formatEllipsis, type ListFormat } from "./write";

/**
 * `docker history`'s columns (docker/cli: cli/command/image/formatter_history.go;
 * fidelity-reference §1.6): IMAGE CREATED CREATED BY SIZE COMMENT; with
 * `-H=false` CREATED AT and byte counts.
 */
export const HISTORY_FORMAT: ListFormat = {
  defaultTable: "{{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}",
  headers: {
    ID: "IMAGE",
    CreatedSince: "CREATED",
    CreatedAt: "CREATED AT",
    CreatedBy: "CREATED BY",
    Size: "SIZE",
    Comment: "COMMENT",
  },
  typeName: "*image.historyContext",
};

/** The `-H=false` table: CREATED AT instead of CREATED. */
export const HISTORY_NON_HUMAN_TABLE = "{{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}";

/** 2000-01-01: entries created before it show no age (formatter_history.go epoch). */
const EPOCH_SECONDS = Date.UTC(2000, 0, 1) / 1000;

/** time.Unix(s, 0).Format(time.RFC3339) in the client's zone. Simplification: the client runs in UTC. */
function formatRfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** One history row's fields (historyContext): ID truncated unless --no-trunc, CREATED BY tabs → spaces and cut to 45. */
export function calculateHistoryFields(item: HistoryItem, now: number, options: { trunc: boolean; human: boolean }): TemplateData {
  const createdAt = formatRfc3339(item.created);
  const createdBy = item.createdBy.replace(/\t/g, " ");
  let createdSince = createdAt;
  if (options.human) createdSince = item.created <= EPOCH_SECONDS ? "" : `${formatHumanDuration(now - item.created * 1000)} ago`;
  return {
    Comment: item.comment,
    CreatedAt: createdAt,
    CreatedBy: options.trunc ? formatEllipsis(createdBy, 45) : createdBy,
    CreatedSince: createdSince,
    ID: options.trunc && item.id !== "<missing>" ? calculateShortId(item.id) : item.id,
    Size: options.human ? formatHumanSize(item.size) : String(item.size),
  };
}
