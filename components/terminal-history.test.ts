import { afterEach, describe, expect, it, vi } from "vitest";
import { historyStorageKey, loadHistory, parseSavedHistory, saveHistory } from "./terminal-history";

describe("terminal history persistence", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("keys history by page: one per lesson, one for the sandbox", () => {
    expect(historyStorageKey("/lessons/first-container/")).toBe("dockyard:history:/lessons/first-container");
    expect(historyStorageKey("/sandbox")).toBe("dockyard:history:/sandbox");
    expect(historyStorageKey("/")).toBe("dockyard:history:/");
  });

  it("reads only a JSON list of strings, keeping the last 500", () => {
    expect(parseSavedHistory(null)).toEqual([]);
    expect(parseSavedHistory("{not json")).toEqual([]);
    expect(parseSavedHistory('{"a":1}')).toEqual([]);
    expect(parseSavedHistory('["ls", 3, "docker ps"]')).toEqual(["ls", "docker ps"]);
    const many = Array.from({ length: 600 }, (_, i) => `echo ${i}`);
    const kept = parseSavedHistory(JSON.stringify(many));
    expect(kept).toHaveLength(500);
    expect(kept[0]).toBe("echo 100");
  });

  it("round-trips through localStorage and survives storage that throws", () => {
    const store = new Map<string, string>();
    vi.stubGlobal("window", { localStorage: { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) } });
    saveHistory("k", ["docker run -it alpine", "exit"]);
    expect(loadHistory("k")).toEqual(["docker run -it alpine", "exit"]);
    vi.stubGlobal("window", {
      localStorage: {
        getItem: () => {
          throw new Error("denied");
        },
        setItem: () => {
          throw new Error("full");
        },
      },
    });
    expect(loadHistory("k")).toEqual([]);
    expect(() => saveHistory("k", ["x"])).not.toThrow();
  });
});
