import { FormatTemplate, TemplateError } from "../../cli/template";
import { listEvents, type EngineEvent } from "../../engine/events";
import { parseTimestamp, type FilterArgs } from "../../engine/prune-filters";
import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT, writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";

/** The filters the daemon accepts for events (moby/moby: daemon/events/filter.go, api/types/events). */
const FILTER_KEYS = new Set(["config", "container", "daemon", "event", "image", "label", "network", "node", "plugin", "scope", "secret", "service", "type", "volume"]);

/** jsonmessage.RFC3339NanoFixed in UTC: nine fraction digits always. */
function formatFixedNano(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

/**
 * prettyPrintEvent (docker/cli 27: cli/command/system/events.go): time,
 * type, action, actor ID, then the attributes sorted by key in parentheses.
 */
export function formatEventLine(event: EngineEvent): string {
  const attrs = Object.keys(event.Actor.Attributes).sort().map((k) => `${k}=${event.Actor.Attributes[k]}`);
  return `${formatFixedNano(event.time)} ${event.Type} ${event.Action} ${event.Actor.ID}${attrs.length > 0 ? ` (${attrs.join(", ")})` : ""}\n`;
}

/**
 * events.Message for templates: Go field names for `{{.Action}}`, and the
 * API's JSON (`status`, `id` and `from` only for containers; Go marshals
 * the Attributes map with its keys sorted) for `{{json .}}`. toJSON sits on
 * the prototype, so `{{.toJSON}}` is an unknown field as in Go.
 * Simplification: timeNano is the clock's milliseconds times 10⁶.
 */
class EventData {
  [field: string]: unknown;

  readonly #event: EngineEvent;

  constructor(event: EngineEvent) {
    this.#event = event;
    const container = event.Type === "container";
    this.Status = container ? event.Action : "";
    this.ID = container ? event.Actor.ID : "";
    this.From = container ? (event.Actor.Attributes.image ?? "") : "";
    this.Type = event.Type;
    this.Action = event.Action;
    this.Actor = event.Actor;
    this.Scope = "local";
    this.Time = Math.floor(event.time / 1000);
    this.TimeNano = event.time * 1_000_000;
  }

  toJSON(): Record<string, unknown> {
    const e = this.#event;
    const attributes = Object.fromEntries(Object.keys(e.Actor.Attributes).sort().map((k) => [k, e.Actor.Attributes[k]]));
    return {
      ...(e.Type === "container" ? { status: this.Status, id: this.ID, from: this.From } : {}),
      Type: e.Type, Action: e.Action, Actor: { ID: e.Actor.ID, Attributes: attributes }, scope: "local", time: this.Time, timeNano: this.TimeNano,
    };
  }
}

/** The daemon's event filter (moby/moby: daemon/events/filter.go Include): every key given must match. */
function matchEvent(event: EngineEvent, filters: FilterArgs): boolean {
  const attrs = event.Actor.Attributes;
  const one = (key: string, test: (v: string) => boolean): boolean => !filters[key] || filters[key].some(test);
  const named = (type: string) => (v: string) => event.Type === type && (event.Actor.ID === v || event.Actor.ID.startsWith(v) || attrs.name === v);
  return (
    one("type", (v) => event.Type === v) &&
    // daemon/events/filter.go matchEvent: health_status, exec_create and exec_start match as prefixes.
    one("event", (v) => event.Action === v || (["health_status", "exec_create", "exec_start"].includes(v) && event.Action.startsWith(v))) &&
    one("container", named("container")) &&
    one("network", named("network")) &&
    one("volume", named("volume")) &&
    one("image", (v) => (event.Type === "image" && (event.Actor.ID === v || attrs.name === v)) || attrs.image === v || attrs.image === `${v}:latest`) &&
    one("label", (v) => {
      const eq = v.indexOf("=");
      return eq < 0 ? Object.hasOwn(attrs, v) : attrs[v.slice(0, eq)] === v.slice(eq + 1);
    }) &&
    one("scope", (v) => v === "local")
  );
}

/**
 * `docker events` / `docker system events` (docker/cli 27:
 * cli/command/system/events.go): the engine's recorded events
 * (engine/events.ts) from `--since` to `--until`, filtered, one line each
 * (or through `--format`). As in docker, only `--since` replays the past;
 * without it nothing that already happened is shown. Simplification:
 * docker keeps streaming new events until `--until` or Ctrl+C; here the
 * command returns once the past is printed.
 */
export const systemEventsCommand: DockerCommand = {
  name: "events",
  group: "system",
  aliases: [],
  shortcut: "events",
  usage: "[OPTIONS]",
  short: "Get real time events from the server",
  args: { kind: "none" },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Filter output based on conditions provided" },
    { name: "format", kind: "string", usage: FORMAT_HELP_INSPECT },
    { name: "since", kind: "string", usage: "Show all events created since timestamp" },
    { name: "until", kind: "string", usage: "Stream events until this timestamp" },
  ],
  run(ctx, invocation) {
    const { flags } = invocation;
    const filters = readFilterFlag(ctx, invocation, "f");
    if (typeof filters === "number") return filters;
    const now = ctx.engine.clock.now();
    const bounds: Record<"since" | "until", number | undefined> = { since: undefined, until: undefined };
    for (const key of ["since", "until"] as const) {
      const raw = flags[key] as string | undefined;
      if (raw === undefined || raw === "") continue;
      const parsed = parseTimestamp(raw, now);
      if (!parsed.ok) {
        ctx.out.err(`${parsed.error}\n`);
        return 1;
      }
      bounds[key] = parsed.ms;
    }
    for (const key of Object.keys(filters)) if (!FILTER_KEYS.has(key)) return writeDaemonError(ctx.out, `invalid filter '${key}'`);
    let template: FormatTemplate | undefined;
    const format = flags.format as string | undefined;
    if (format) {
      try {
        template = new FormatTemplate(format === "json" ? "{{json .}}" : format, "events.Message");
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        ctx.out.err(`template parsing error: ${error.message}\n`);
        return 64;
      }
    }
    ctx.engine.settle();
    if (bounds.since === undefined) return 0;
    const events = listEvents(ctx.engine, bounds.since, Math.min(bounds.until ?? now, now)).filter((e) => matchEvent(e, filters));
    for (const event of events) {
      if (!template) {
        ctx.out.out(formatEventLine(event));
        continue;
      }
      try {
        ctx.out.out(`${template.execute(new EventData(event))}\n`);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        ctx.out.err(`${error.message}\n`);
        return 1;
      }
    }
    return 0;
  },
};
