import { formatFamiliarName, type ImageReference } from "../image/reference";
import type { ContainerRecord } from "../runtime/types";
import type { Engine } from "./engine";

/** The object types the daemon reports events for (moby/moby: api/types/events/events.go Type). */
export type EventType = "container" | "image" | "network" | "volume";

/**
 * One daemon event as plain data (moby/moby: api/types/events/events.go
 * Message): what happened to which object, its attributes, and when (ms
 * on the engine's clock).
 */
export interface EngineEvent {
  Type: EventType;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  time: number;
}

/** How many events the daemon keeps for `--since` replays (moby/moby: daemon/events/events.go eventsLimit). */
export const EVENTS_LIMIT = 256;

/** The engine's event log, created on first use (older snapshots have none). */
function ensureEvents(engine: Engine): EngineEvent[] {
  return (engine.state.events ??= []);
}

/**
 * Records an event at the engine's current time (or `at`), keeping the
 * newest EVENTS_LIMIT as the daemon's ring buffer does.
 */
export function recordEvent(engine: Engine, type: EventType, action: string, id: string, attributes: Record<string, string> = {}, at?: number): void {
  const events = ensureEvents(engine);
  events.push({ Type: type, Action: action, Actor: { ID: id, Attributes: attributes }, time: at ?? engine.clock.now() });
  if (events.length > EVENTS_LIMIT) events.splice(0, events.length - EVENTS_LIMIT);
}

/**
 * A container event with the attributes the daemon gives every one: the
 * container's labels, `image` (as typed at create) and `name`
 * (moby/moby: daemon/events.go LogContainerEventWithAttributes), plus any
 * extra (`exitCode`, `signal`…).
 */
export function recordContainerEvent(engine: Engine, container: ContainerRecord, action: string, extra: Record<string, string> = {}, at?: number): void {
  recordEvent(engine, "container", action, container.id, { ...container.config.Labels, ...extra, image: container.config.Image, name: container.name }, at);
}

/** The events between two times (inclusive), oldest first. */
export function listEvents(engine: Engine, since: number, until: number): EngineEvent[] {
  return ensureEvents(engine).filter((e) => e.time >= since && e.time <= until);
}

/** `image pull` with the reference in its familiar form (`alpine:latest`) and `name` (moby/moby: daemon/images/image_pull.go LogImageEvent). */
export function recordPullEvent(engine: Engine, ref: ImageReference): void {
  const name = formatFamiliarName(ref);
  recordEvent(engine, "image", "pull", ref.digest ? `${name}@${ref.digest}` : `${name}:${ref.tag ?? "latest"}`, { name });
}
