import type { InstructionHandler } from "../stage-run";

/**
 * EXPOSE: adds `port/proto` (tcp by default) to ExposedPorts; history is Go's
 * `%v` of the map: `EXPOSE map[5000/tcp:{}]`, keys sorted (moby/buildkit:
 * dockerfile2llb/convert.go dispatchExpose; go-connections/nat ParsePortSpecs).
 * An invalid port fails as BuildKit does: `invalid containerPort: x`.
 */
export const exposeHandler: InstructionHandler = {
  counted: false,
  dispatch(instruction, run) {
    if (instruction.kind !== "expose") return { ok: true };
    const added: string[] = [];
    for (const spec of instruction.ports) {
      const [port, proto = "tcp"] = spec.split("/") as [string, string?];
      const range = /^(\d+)(?:-(\d+))?$/.exec(port);
      if (!range || !["tcp", "udp", "sctp"].includes(proto.toLowerCase())) {
        const message = range ? `invalid proto: ${proto}` : `invalid containerPort: ${port}`;
        return { ok: false, failure: { message, classic: message, exitCode: 1 } };
      }
      const first = Number(range[1]);
      const last = range[2] === undefined ? first : Number(range[2]);
      for (let p = first; p <= last && p - first < 65536; p++) added.push(`${p}/${proto.toLowerCase()}`);
    }
    run.updateConfig((c) => {
      const ports = { ...c.ExposedPorts };
      for (const key of added) ports[key] = {};
      return { ...c, ExposedPorts: ports };
    });
    const keys = [...added].sort();
    run.addHistory(`EXPOSE map[${keys.map((k) => `${k}:{}`).join(" ")}]`, true);
    return { ok: true };
  },
};
