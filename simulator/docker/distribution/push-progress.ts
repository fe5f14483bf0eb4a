import type { PushMessage } from "../../engine/push";

/**
 * A push's progress stream as the CLI renders it (moby/moby:
 * pkg/jsonmessage/jsonmessage.go DisplayJSONMessagesStream, used by
 * docker/cli's push through cli/internal/jsonstream).
 *
 * Not a terminal: every message is a line of its own, `ID: Status` or the
 * bare status, so each layer shows `Preparing`, maybe `Waiting`, and its
 * result (progress bars, which the simulator does not emit, are dropped).
 *
 * A terminal: a layer's messages carry progress details, so they rewrite the
 * layer's line in place (`Status ` plus the empty progress bar, hence the
 * trailing space); a message without an ID starts a new block. What stays on
 * screen is each layer's last status, in the order the layers first appeared.
 */
export function formatPushProgress(messages: readonly PushMessage[], tty: boolean): string {
  if (!tty) return messages.map((m) => (m.id ? `${m.id}: ${m.status}\n` : `${m.status}\n`)).join("");
  const lines: string[] = [];
  let ids = new Map<string, number>();
  for (const m of messages) {
    if (!m.id) {
      lines.push(m.status);
      ids = new Map();
      continue;
    }
    const at = ids.get(m.id);
    const text = `${m.id}: ${m.status} `;
    if (at === undefined) {
      ids.set(m.id, lines.length);
      lines.push(text);
    } else lines[at] = text;
  }
  return lines.map((l) => `${l}\n`).join("");
}
