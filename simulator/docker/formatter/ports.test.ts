import { describe, expect, it } from "vitest";
import type { PortSummary } from "../../engine/ports";
import { formatDisplayablePorts } from "./container";

const p = (PrivatePort: number, Type: string, IP = "", PublicPort?: number): PortSummary => ({ IP, PrivatePort, Type, ...(PublicPort !== undefined ? { PublicPort } : {}) });

/** docker/cli's own cases (cli/command/formatter/container_test.go TestDisplayablePorts), with 27.x's JoinHostPort. */
describe("PORTS column as docker/cli renders it", () => {
  const cases: [PortSummary[], string][] = [
    [[p(9988, "tcp")], "9988/tcp"],
    [[p(9988, "udp")], "9988/udp"],
    [[p(9988, "tcp", "0.0.0.0")], "0.0.0.0:0->9988/tcp"],
    [[p(9988, "tcp", "::")], "[::]:0->9988/tcp"],
    [[p(9988, "tcp", "", 8899)], "9988/tcp"],
    [[p(9988, "tcp", "4.3.2.1", 8899)], "4.3.2.1:8899->9988/tcp"],
    [[p(9988, "tcp", "4.3.2.1", 9988)], "4.3.2.1:9988->9988/tcp"],
    [[p(9988, "udp"), p(9988, "udp")], "9988/udp, 9988/udp"],
    [[p(9998, "udp", "1.2.3.4", 9998), p(9999, "udp", "1.2.3.4", 9999)], "1.2.3.4:9998-9999->9998-9999/udp"],
    [[p(9998, "udp", "1.2.3.4", 8887), p(9999, "udp", "1.2.3.4", 8888)], "1.2.3.4:8887->9998/udp, 1.2.3.4:8888->9999/udp"],
    [[p(9998, "udp"), p(9999, "udp")], "9998-9999/udp"],
    [[p(6677, "tcp", "1.2.3.4", 7766), p(9988, "udp", "", 8899)], "9988/udp, 1.2.3.4:7766->6677/tcp"],
    [
      [p(9988, "udp", "1.2.3.4", 8899), p(9988, "tcp", "1.2.3.4", 8899), p(2233, "tcp", "4.3.2.1", 3322)],
      "4.3.2.1:3322->2233/tcp, 1.2.3.4:8899->9988/tcp, 1.2.3.4:8899->9988/udp",
    ],
    [
      [
        p(80, "tcp"), p(1024, "tcp"), p(80, "udp"), p(1024, "udp"),
        p(1024, "tcp", "1.1.1.1", 80), p(1024, "udp", "1.1.1.1", 80), p(80, "tcp", "1.1.1.1", 1024), p(80, "udp", "1.1.1.1", 1024),
        p(1024, "tcp", "2.1.1.1", 80), p(1024, "udp", "2.1.1.1", 80), p(80, "tcp", "2.1.1.1", 1024), p(80, "udp", "2.1.1.1", 1024),
        p(12345, "sctp"),
      ],
      "80/tcp, 80/udp, 1024/tcp, 1024/udp, 12345/sctp, 1.1.1.1:1024->80/tcp, 1.1.1.1:1024->80/udp, 2.1.1.1:1024->80/tcp, 2.1.1.1:1024->80/udp, 1.1.1.1:80->1024/tcp, 1.1.1.1:80->1024/udp, 2.1.1.1:80->1024/tcp, 2.1.1.1:80->1024/udp",
    ],
  ];
  it.each(cases)("%j → %s", (ports, expected) => {
    expect(formatDisplayablePorts(ports)).toBe(expected);
  });

  it("shows one -p HOST:CONTAINER as Docker 27 does, IPv4 then IPv6 (fidelity-reference §1.3)", () => {
    expect(formatDisplayablePorts([p(5000, "tcp", "::", 5111), p(5000, "tcp", "0.0.0.0", 5111)])).toBe("0.0.0.0:5111->5000/tcp, [::]:5111->5000/tcp");
    expect(formatDisplayablePorts([p(5000, "tcp", "::", 5000), p(5000, "tcp", "0.0.0.0", 5000)])).toBe("0.0.0.0:5000->5000/tcp, [::]:5000->5000/tcp");
  });
});
