import { describe, expect, it } from "vitest";
import { createDockerHarness } from "../image/testing";
import { EVENTS_LIMIT, listEvents, recordEvent } from "../../engine/events";

describe("the daemon's event log", () => {
  it("records lifecycle events in order with the container's attributes", () => {
    const { engine, docker } = createDockerHarness();
    docker("run --name once alpine true");
    const actions = listEvents(engine, 0, engine.clock.now()).map((e) => `${e.Type} ${e.Action}`);
    expect(actions).toEqual(["image pull", "container create", "container start", "container die"]);
    const die = listEvents(engine, 0, engine.clock.now()).at(-1);
    expect(die?.Actor.Attributes).toEqual({ execDuration: "0", exitCode: "0", image: "alpine", name: "once" });
  });

  it("keeps only the newest events, as the daemon's ring buffer does, and survives a JSON snapshot", () => {
    const { engine } = createDockerHarness();
    for (let i = 0; i < EVENTS_LIMIT + 10; i++) recordEvent(engine, "volume", "create", `v${i}`, { driver: "local" });
    const events = listEvents(engine, 0, engine.clock.now());
    expect(events).toHaveLength(EVENTS_LIMIT);
    expect(events[0]?.Actor.ID).toBe("v10");
    expect(JSON.parse(JSON.stringify(engine.state)).events).toEqual(engine.state.events);
  });
});
