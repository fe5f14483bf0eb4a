import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TimeTravel } from "./time-travel";

describe("TimeTravel", () => {
  it("undoes in reverse order of recording", () => {
    const travel = new TimeTravel<number>(10);
    travel.record("a", 1);
    travel.record("b", 2);
    expect(travel.peek()).toEqual({ label: "b", state: 2 });
    expect(travel.undo()).toEqual({ label: "b", state: 2 });
    expect(travel.undo()).toEqual({ label: "a", state: 1 });
    expect(travel.undo()).toBeUndefined();
    expect(travel.depth).toBe(0);
  });

  it("keeps only the last N moments", () => {
    const travel = new TimeTravel<number>(3);
    for (let i = 0; i < 7; i++) travel.record(`cmd ${i}`, i);
    expect(travel.depth).toBe(3);
    expect([travel.undo()?.state, travel.undo()?.state, travel.undo()?.state, travel.undo()]).toEqual([6, 5, 4, undefined]);
  });

  it("clear forgets everything", () => {
    const travel = new TimeTravel<string>(5);
    travel.record("x", "s");
    travel.clear();
    expect(travel.undo()).toBeUndefined();
  });

  it("rejects a limit that is not a positive integer", () => {
    expect(() => new TimeTravel(0)).toThrow(RangeError);
    expect(() => new TimeTravel(1.5)).toThrow(RangeError);
  });

  it("behaves like a bounded stack for any sequence of records and undos", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.option(fc.integer(), { nil: undefined }), { maxLength: 60 }), (limit, ops) => {
        const travel = new TimeTravel<number>(limit);
        const model: number[] = [];
        for (const op of ops) {
          if (op === undefined) expect(travel.undo()?.state).toBe(model.pop());
          else {
            travel.record(String(op), op);
            model.push(op);
            if (model.length > limit) model.shift();
          }
          expect(travel.depth).toBe(model.length);
        }
      }),
    );
  });
});
