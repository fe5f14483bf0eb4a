import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommandWords } from "./command-words";
import { calculateMergedFile } from "./merge";
import { parseShortVolume } from "./mount-spec";
import { parseShortPort } from "./port-spec";
import { ComposeError } from "./types";

function onlyComposeErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ComposeError);
  }
}

const portText = fc.oneof(fc.string(), fc.stringMatching(/^(\[?[0-9a-f.:]{0,9}\]?:)?(\d{1,5}(-\d{1,5})?:)?\d{1,5}(-\d{1,5})?(\/(tcp|udp|sctp|x))?$/));

describe("Compose's short syntaxes", () => {
  it("ports: a published range maps one to one onto a target range", () => {
    expect(parseShortPort("8000-8001:80-81", "p")).toEqual([
      { mode: "ingress", target: 80, published: "8000", protocol: "tcp" },
      { mode: "ingress", target: 81, published: "8001", protocol: "tcp" },
    ]);
    expect(parseShortPort(3000, "p")).toEqual([{ mode: "ingress", target: 3000, protocol: "tcp" }]);
    expect(parseShortPort("[::1]:53:53/udp", "p")).toEqual([{ mode: "ingress", host_ip: "::1", target: 53, published: "53", protocol: "udp" }]);
  });
  it("ports: random text parses or is a ComposeError, and targets are valid ports", () => {
    fc.assert(
      fc.property(portText, (text) =>
        onlyComposeErrors(() => {
          for (const p of parseShortPort(text, "services.web.ports")) expect(p.target).toBeLessThanOrEqual(65535);
        }),
      ),
    );
  });
  it("volumes: binds are absolute, names stay names, `ro` reads only", () => {
    expect(parseShortVolume("./data:/data:ro", "/p", "/home/u")).toEqual({ type: "bind", source: "/p/data", target: "/data", bind: { create_host_path: true }, read_only: true });
    expect(parseShortVolume("~/x:/x", "/p", "/home/u").source).toBe("/home/u/x");
    expect(parseShortVolume("db:/var/lib/db", "/p", "/home/u")).toEqual({ type: "volume", source: "db", target: "/var/lib/db", volume: {} });
    fc.assert(fc.property(fc.string(), (text) => onlyComposeErrors(() => parseShortVolume(text, "/p", "/home/u"))));
  });
  it("commands split like a shell, quotes kept together", () => {
    expect(parseCommandWords(`sh -c 'echo "a b"' x\\ y`, "c")).toEqual(["sh", "-c", 'echo "a b"', "x y"]);
    fc.assert(fc.property(fc.string(), (text) => onlyComposeErrors(() => parseCommandWords(text, "c"))));
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9_./-]+$/), { minLength: 1 }), (words) => {
        expect(parseCommandWords(words.join(" "), "c")).toEqual(words);
      }),
    );
  });
  it("merging a file with itself changes nothing, and a later scalar wins", () => {
    const file = { services: { web: { image: "a", ports: ["80:80"], environment: ["A=1"], volumes: ["d:/d"] } }, volumes: { d: null } };
    expect(calculateMergedFile(file, file)).toEqual({ services: { web: { image: "a", ports: ["80:80"], environment: { A: "1" }, volumes: ["d:/d"] } }, volumes: { d: null } });
    expect(calculateMergedFile(file, { services: { web: { image: "b", volumes: ["e:/d"] } } })).toMatchObject({ services: { web: { image: "b", volumes: ["e:/d"] } } });
  });
});
