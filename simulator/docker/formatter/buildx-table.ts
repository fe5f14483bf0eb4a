import { calculateDisplayWidth } from "../../cli/table";
import { formatHumanDuration, formatHumanSize4 } from "../../cli/units";
import type { BuildCacheEntry } from "../../build/cache";
import { calculateCacheRecordId } from "../../engine/build-cache-prune";

/**
 * Go's text/tabwriter as buildx sets it up, `NewWriter(out, 1, 8, 1, '\t', 0)`:
 * each cell but a line's last is padded with tab characters to its column's
 * width (widest cell + 1, rounded up to a multiple of 8), so the terminal's
 * tab stops line the columns up (golang.org/src/text/tabwriter writePadding).
 * One call is one flushed block.
 */
export function formatTabPaddedBlock(rows: readonly (readonly string[])[]): string {
  const columns = Math.max(0, ...rows.map((r) => r.length - 1));
  const widths: number[] = [];
  for (let c = 0; c < columns; c++) {
    let widest = 0;
    for (const row of rows) if (c < row.length - 1) widest = Math.max(widest, calculateDisplayWidth(row[c] ?? ""));
    widths.push(Math.ceil(Math.max(1, widest + 1) / 8) * 8);
  }
  return rows
    .map((row) =>
      row
        .map((cell, c) => {
          if (c === row.length - 1) return cell;
          const padding = (widths[c] ?? 8) - calculateDisplayWidth(cell);
          return cell + "\t".repeat(Math.ceil(padding / 8));
        })
        .join(""),
    )
    .join("\n")
    .concat(rows.length > 0 ? "\n" : "");
}

/** Go's fmt `%-Ns`: left-justified to N characters. */
function padRight(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - calculateDisplayWidth(text)));
}

/** The prune/du table header (docker/buildx: commands/diskusage.go printTableHeader). */
export const BUILDX_TABLE_HEADER = ["ID", "RECLAIMABLE", "SIZE", "LAST ACCESSED"];

/** One record's row: `%-40s\t%-5v\t%-10s\t%s` of ID(+`*` if mutable), reclaimable, size(+`*` if shared), last used (printTableRow). */
export function calculateBuildxRow(entry: BuildCacheEntry, now: number): string[] {
  return [
    padRight(calculateCacheRecordId(entry), 40),
    padRight("true", 5),
    padRight(formatHumanSize4(entry.size), 10),
    `${formatHumanDuration(now - entry.lastUsedAt)} ago`,
  ];
}

/** Go's time.Time String() with its fraction: `2025-03-01 09:00:00.123 +0000 UTC`. */
function formatGoTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  const fraction = iso.slice(19, 23).replace(/\.?0+$/, "");
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${fraction} +0000 UTC`;
}

/** `--verbose`: a `Key:\tvalue` block per record, then a blank line (docker/buildx: commands/diskusage.go printVerbose). */
export function formatBuildxVerbose(entry: BuildCacheEntry, now: number): string {
  const rows: string[][] = [
    ["ID:", calculateCacheRecordId(entry)],
    ["Created at:", formatGoTimeString(entry.createdAt)],
    ["Mutable:", "false"],
    ["Reclaimable:", "true"],
    ["Shared:", "false"],
    ["Size:", formatHumanSize4(entry.size)],
    ...(entry.description ? [["Description:", entry.description]] : []),
    ["Usage count:", String(entry.usageCount)],
    ["Last used:", `${formatHumanDuration(now - entry.lastUsedAt)} ago`],
    ["Type:", entry.type],
  ];
  return `${formatTabPaddedBlock(rows)}\n`;
}
