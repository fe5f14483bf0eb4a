import { calculateSha256Hex } from "../core/sha256";
import { HOST_CPUS, HOST_MEMORY_BYTES } from "../runtime/process-memory";
import type { Engine } from "./engine";
import { formatRfc3339Nano } from "./image-inspect";

/** The sandbox host's name (the host shell's prompt says `learner@dockyard`). */
export const HOST_NAME = "dockyard";

/** The sandbox host's kernel and distribution (the same kernel `docker version` reports). */
export const HOST_KERNEL = "6.8.0-52-generic";
const HOST_OS = "Ubuntu 24.04.1 LTS";

/** The daemon's ID: a UUID since Docker 23 (moby/moby: daemon/id.go). Simplification: derived, not drawn at first start. */
function calculateDaemonId(): string {
  const h = calculateSha256Hex("dockyard-daemon-id");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * GET /info (moby/moby 27: api/types/system/info.go Info, daemon/info.go),
 * keys in the struct's order: counts from the engine's state, the rest what
 * Docker Engine 27.5.1 reports on an Ubuntu 24.04 host with cgroup v2,
 * overlay2 on ext4, 2 CPUs and 3.82GiB (runtime/process-memory.ts).
 * Simplification: GenericResources, DefaultAddressPools and the
 * swarm details beyond its state are left out.
 */
export function calculateSystemInfo(engine: Engine): Record<string, unknown> {
  engine.settle();
  const containers = Object.values(engine.state.runtime.containers);
  const running = containers.filter((c) => c.state.Running && !c.state.Paused).length;
  const paused = containers.filter((c) => c.state.Paused).length;
  const version = engine.version();
  const component = (name: string): string => version.components.find((c) => c.name === name)?.details.GitCommit ?? "";
  return {
    ID: calculateDaemonId(),
    Containers: containers.length,
    ContainersRunning: running,
    ContainersPaused: paused,
    ContainersStopped: containers.length - running - paused,
    Images: Object.keys(engine.state.images.images).length,
    Driver: "overlay2",
    DriverStatus: [["Backing Filesystem", "extfs"], ["Supports d_type", "true"], ["Using metacopy", "false"], ["Native Overlay Diff", "true"], ["userxattr", "false"]],
    Plugins: {
      Volume: ["local"],
      Network: ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"],
      Authorization: null,
      Log: ["awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file", "local", "splunk", "syslog"],
    },
    MemoryLimit: true, SwapLimit: true, CpuCfsPeriod: true, CpuCfsQuota: true, CPUShares: true, CPUSet: true, PidsLimit: true,
    IPv4Forwarding: true, BridgeNfIptables: false, BridgeNfIp6tables: false, Debug: false,
    NFd: 27 + 2 * containers.length, OomKillDisable: false, NGoroutines: 41 + 6 * running,
    SystemTime: formatRfc3339Nano(engine.clock.now()),
    LoggingDriver: "json-file", CgroupDriver: "systemd", CgroupVersion: "2", NEventsListener: 0,
    KernelVersion: HOST_KERNEL, OperatingSystem: HOST_OS, OSVersion: "24.04", OSType: "linux", Architecture: "x86_64",
    IndexServerAddress: "https://index.docker.io/v1/",
    RegistryConfig: {
      AllowNondistributableArtifactsCIDRs: null, AllowNondistributableArtifactsHostnames: null,
      InsecureRegistryCIDRs: ["127.0.0.0/8"],
      IndexConfigs: { "docker.io": { Name: "docker.io", Mirrors: [], Secure: true, Official: true } },
      Mirrors: null,
    },
    NCPU: HOST_CPUS, MemTotal: HOST_MEMORY_BYTES, GenericResources: null, DockerRootDir: "/var/lib/docker",
    HttpProxy: "", HttpsProxy: "", NoProxy: "", Name: HOST_NAME, Labels: [], ExperimentalBuild: version.experimental,
    ServerVersion: version.version,
    // Simplification: the runtimes' feature status blobs are left out.
    Runtimes: { "io.containerd.runc.v2": { path: "runc" }, runc: { path: "runc" } },
    DefaultRuntime: "runc",
    Swarm: { NodeID: "", NodeAddr: "", LocalNodeState: "inactive", ControlAvailable: false, Error: "", RemoteManagers: null },
    LiveRestoreEnabled: false, Isolation: "", InitBinary: "docker-init",
    ContainerdCommit: { ID: component("containerd") },
    RuncCommit: { ID: component("runc") },
    InitCommit: { ID: component("docker-init") },
    SecurityOptions: ["name=apparmor", "name=seccomp,profile=builtin", "name=cgroupns"],
    // CDI is an experimental feature in 27 (on by default from 28): no spec directories.
    CDISpecDirs: [],
    Containerd: { Address: "/run/containerd/containerd.sock", Namespaces: { Containers: "moby", Plugins: "plugins.moby" } },
    Warnings: null,
  };
}
