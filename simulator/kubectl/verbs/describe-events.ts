import { formatHumanDuration, parseTimestamp } from "../../k8s/api/duration";
import type { EventObject, KubeObject } from "../../k8s/api/types";
import { listKind, type ClusterState } from "../../k8s/store/store";

/** RFC 1123 with numeric zone, as describe prints times (`Sat, 01 Mar 2025 09:00:00 +0000`). */
export function formatRfc1123z(text: string | undefined): string {
  const ms = parseTimestamp(text);
  if (ms === undefined) return "<unknown>";
  const d = new Date(ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/**
 * The `Events:` section (kubectl pkg/describe DescribeEvents): `<none>` in the
 * key column's alignment, or a table sorted by last time with the Age as
 * `⟨last⟩ (x⟨count⟩ over ⟨first⟩)` for repeats. Returns tabwriter text (tabs
 * between cells) for the describe writer.
 */
export function formatEvents(state: ClusterState, object: KubeObject, now: number): string {
  const events = listKind<EventObject>(state, "Event", object.metadata.namespace).filter((e) => e.involvedObject.uid === object.metadata.uid);
  if (events.length === 0) return "Events:\t<none>\n";
  events.sort((a, b) => (parseTimestamp(a.lastTimestamp) ?? 0) - (parseTimestamp(b.lastTimestamp) ?? 0) || (parseTimestamp(a.firstTimestamp) ?? 0) - (parseTimestamp(b.firstTimestamp) ?? 0));
  let text = "Events:\n  Type\tReason\tAge\tFrom\tMessage\n  ----\t------\t----\t----\t-------\n";
  for (const e of events) {
    const first = formatHumanDuration(now - (parseTimestamp(e.firstTimestamp) ?? now));
    const age = e.count > 1 ? `${formatHumanDuration(now - (parseTimestamp(e.lastTimestamp) ?? now))} (x${e.count} over ${first})` : first;
    text += `  ${e.type}\t${e.reason}\t${age}\t${e.source.component}\t${e.message}\n`;
  }
  return text;
}

/** `Labels:` / `Annotations:` blocks: first entry on the key's line, the rest indented under it (describe printLabelsMultiline). */
export function formatMultiline(key: string, entries: Record<string, string> | undefined, separator: string): string {
  // printAnnotationsMultiline skips kubectl's last-applied-configuration (describe.go skipAnnotations).
  const list = Object.entries(entries ?? {}).filter(([k]) => k !== "kubectl.kubernetes.io/last-applied-configuration").sort(([a], [b]) => (a < b ? -1 : 1));
  if (list.length === 0) return `${key}\t<none>\n`;
  return list.map(([k, v], i) => `${i === 0 ? key : ""}\t${k}${separator}${v}\n`).join("");
}
