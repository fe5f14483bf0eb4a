import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePortSpecs } from "./ports";

describe("parsing -p as docker/go-connections nat.ParsePortSpec does", () => {
  it("reads HOST:CONTAINER, CONTAINER, IP:HOST:CONTAINER, protocols and ranges", () => {
    expect(parsePortSpecs(["5111:5000"])).toEqual({ ok: true, exposed: ["5000/tcp"], bindings: { "5000/tcp": [{ HostIp: "", HostPort: "5111" }] } });
    expect(parsePortSpecs(["80"])).toEqual({ ok: true, exposed: ["80/tcp"], bindings: { "80/tcp": [{ HostIp: "", HostPort: "" }] } });
    expect(parsePortSpecs(["127.0.0.1:8080:80/UDP"])).toMatchObject({ bindings: { "80/udp": [{ HostIp: "127.0.0.1", HostPort: "8080" }] } });
    expect(parsePortSpecs(["[::1]:8080:80"])).toMatchObject({ bindings: { "80/tcp": [{ HostIp: "::1", HostPort: "8080" }] } });
    expect(parsePortSpecs(["7000-7001:8000-8001"])).toMatchObject({
      exposed: ["8000/tcp", "8001/tcp"],
      bindings: { "8000/tcp": [{ HostPort: "7000" }], "8001/tcp": [{ HostPort: "7001" }] },
    });
    expect(parsePortSpecs(["7000-7010:80"])).toMatchObject({ bindings: { "80/tcp": [{ HostPort: "7000-7010" }] } });
    expect(parsePortSpecs(["target=80,published=8080,protocol=udp"])).toMatchObject({ bindings: { "80/udp": [{ HostPort: "8080" }] } });
    expect(parsePortSpecs(["80:80", "81:80"])).toMatchObject({ bindings: { "80/tcp": [{ HostPort: "80" }, { HostPort: "81" }] } });
  });

  it("refuses bad specs with the library's errors", () => {
    const error = (spec: string) => {
      const r = parsePortSpecs([spec]);
      return r.ok ? "" : r.error;
    };
    expect(error("abc")).toBe("invalid containerPort: abc");
    expect(error("70000:80")).toBe("invalid hostPort: 70000");
    expect(error("80:80/xyz")).toBe("invalid proto: xyz");
    expect(error("1.2.3:80:80")).toBe("invalid IP address: 1.2.3");
    expect(error("8000-8001:80-82")).toBe("invalid ranges specified for container and host Ports: 80-82 and 8000-8001");
    expect(error("")).toBe("invalid proto: ");
    expect(error("a=b,c")).toBe("invalid publish opts format (should be name=value but got 'c')");
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-f:.\-/[\]=,tcpud]{0,24}$/)), { maxLength: 4 }), (specs) => {
        const result = parsePortSpecs(specs);
        if (result.ok) for (const list of Object.values(result.bindings)) for (const b of list) expect(typeof b.HostPort).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });
});
