import { calculateSha256Hex } from "../core/sha256";
import type { ImageConfig } from "../image/types";
import type { ContainerRecord, HealthState } from "../runtime/types";
import type { Engine } from "./engine";
import { calculateImageGraphDriver, calculateOverlayId, formatConfigObject, formatRfc3339Nano, GO_ZERO_TIME } from "./image-inspect";

/** The paths runc keeps out of reach in every container (moby/moby: oci/defaults.go DefaultLinuxSpec, Docker 27). */
const MASKED_PATHS = [
  "/proc/asound", "/proc/acpi", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
  "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware", "/sys/devices/virtual/powercap",
];
const READONLY_PATHS = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];

/** The default bridge network's ID. Simplification: derived, not drawn at random at daemon start. */
const BRIDGE_NETWORK_ID = calculateSha256Hex("dockyard-network:bridge");

/** `.State.Health` with RFC 3339 times (moby/moby: api/types/container Health, HealthcheckResult). */
function formatHealthState(h: HealthState): Record<string, unknown> {
  return { Status: h.Status, FailingStreak: h.FailingStreak, Log: h.Log.map((e) => ({ Start: formatRfc3339Nano(e.Start), End: formatRfc3339Nano(e.End), ExitCode: e.ExitCode, Output: e.Output })) };
}

function formatTime(ms: number): string {
  return ms === 0 ? GO_ZERO_TIME : formatRfc3339Nano(ms);
}

/**
 * The address a running container has on the default bridge: 172.17.0.2,
 * .3… by order of start, and the MAC docker ≤27 derives from it
 * (02:42:ac:11:00:NN; moby/moby libnetwork/netutils GenerateMACFromIP).
 * Simplification: addresses are given out again from the lowest free one by
 * start order rather than remembered from the moment the container started.
 */
function calculateAddress(engine: Engine, container: ContainerRecord): { ip: string; mac: string } | undefined {
  if (!container.state.Running) return undefined;
  const running = Object.values(engine.state.runtime.containers)
    .filter((c) => c.state.Running)
    .sort((a, b) => a.state.StartedAt - b.state.StartedAt || a.created - b.created);
  const n = running.indexOf(container) + 2;
  const hex = (v: number) => v.toString(16).padStart(2, "0");
  return { ip: `172.17.${Math.floor(n / 256)}.${n % 256}`, mac: `02:42:ac:11:${hex(Math.floor(n / 256))}:${hex(n % 256)}` };
}

/** `.HostConfig` with what `docker run` sends by default (docker/cli: cli/command/container/opts.go; api/types/container/hostconfig.go order). */
function formatHostConfig(container: ContainerRecord): Record<string, unknown> {
  const h = container.hostConfig;
  return {
    Binds: container.hostConfig.Binds ?? null, ContainerIDFile: "", LogConfig: { Type: "json-file", Config: {} }, NetworkMode: "bridge",
    PortBindings: container.hostConfig.PortBindings ?? {},
    RestartPolicy: container.hostConfig.RestartPolicy ?? { Name: "no", MaximumRetryCount: 0 }, AutoRemove: container.hostConfig.AutoRemove, VolumeDriver: "", VolumesFrom: null,
    ConsoleSize: [0, 0], CapAdd: null, CapDrop: null, CgroupnsMode: "private", Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null,
    GroupAdd: null, IpcMode: "private", Cgroup: "", Links: null, OomScoreAdj: 0, PidMode: "", Privileged: false,
    PublishAllPorts: container.hostConfig.PublishAllPorts ?? false,
    ReadonlyRootfs: false, SecurityOpt: null, UTSMode: "", UsernsMode: "", ShmSize: 67108864, Runtime: "runc", Isolation: "",
    CpuShares: h.CpuShares ?? 0, Memory: h.Memory ?? 0, NanoCpus: h.NanoCpus ?? 0, CgroupParent: "", BlkioWeight: 0, BlkioWeightDevice: [], BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [], CpuPeriod: 0, CpuQuota: 0, CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0, CpusetCpus: "", CpusetMems: "", Devices: [], DeviceCgroupRules: null, DeviceRequests: null,
    MemoryReservation: h.MemoryReservation ?? 0, MemorySwap: h.MemorySwap ?? 0, MemorySwappiness: null, OomKillDisable: null, PidsLimit: h.PidsLimit ?? null, Ulimits: [], CpuCount: 0,
    CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0, MaskedPaths: MASKED_PATHS, ReadonlyPaths: READONLY_PATHS,
  };
}

/** `.NetworkSettings.Ports` of a running container: the bindings made at start, `null` for exposed ports not published. */
function formatPorts(container: ContainerRecord, exposed: Record<string, unknown>): Record<string, unknown> {
  const ports: Record<string, unknown> = Object.fromEntries(Object.keys(exposed).map((p) => [p, null]));
  for (const [port, bindings] of Object.entries(container.networkSettings?.Ports ?? {})) ports[port] = bindings.length > 0 ? bindings : null;
  return ports;
}

/** `.NetworkSettings` in Docker ≤28's shape, with the deprecated top-level address fields (fidelity-reference §1.7). */
function formatNetworkSettings(container: ContainerRecord, exposed: Record<string, unknown>, address: { ip: string; mac: string } | undefined): Record<string, unknown> {
  const endpoint = address ? calculateSha256Hex(`dockyard-endpoint:${container.id}:${container.state.StartedAt}`) : "";
  const gateway = address ? "172.17.0.1" : "";
  const prefix = address ? 16 : 0;
  return {
    Bridge: "",
    SandboxID: address ? calculateSha256Hex(`dockyard-sandbox:${container.id}:${container.state.StartedAt}`) : "",
    SandboxKey: address ? `/var/run/docker/netns/${calculateSha256Hex(`dockyard-netns:${container.id}`).slice(0, 12)}` : "",
    Ports: address ? formatPorts(container, exposed) : {},
    HairpinMode: false, LinkLocalIPv6Address: "", LinkLocalIPv6PrefixLen: 0, SecondaryIPAddresses: null, SecondaryIPv6Addresses: null,
    EndpointID: endpoint, Gateway: gateway, GlobalIPv6Address: "", GlobalIPv6PrefixLen: 0, IPAddress: address?.ip ?? "", IPPrefixLen: prefix,
    IPv6Gateway: "", MacAddress: address?.mac ?? "",
    Networks: {
      bridge: {
        IPAMConfig: null, Links: null, Aliases: null, MacAddress: address?.mac ?? "", DriverOpts: null, NetworkID: BRIDGE_NETWORK_ID,
        EndpointID: endpoint, Gateway: gateway, IPAddress: address?.ip ?? "", IPPrefixLen: prefix, IPv6Gateway: "",
        GlobalIPv6Address: "", GlobalIPv6PrefixLen: 0, DNSNames: null,
      },
    },
  };
}

/**
 * `docker container inspect`'s object (moby/moby: api/types/container
 * container.go InspectResponse, daemon/inspect.go; fidelity-reference §1.7),
 * keys in the order Docker 27 prints them. Fields the simulator does not
 * model carry Docker's defaults for a plain `docker run`. With `size`,
 * SizeRw and SizeRootFs follow GraphDriver. Simplification: attach flags
 * are not recorded (false), writable layers have no size.
 */
export function calculateContainerInspect(engine: Engine, container: ContainerRecord, size = false): Record<string, unknown> {
  engine.settle();
  const image = engine.state.images.images[container.imageId];
  const s = container.state;
  const started = s.StartedAt !== 0;
  const dir = `/var/lib/docker/containers/${container.id}`;
  const imageConfig: ImageConfig | undefined = image?.config;
  const exposed = imageConfig?.ExposedPorts ?? {};
  const layerDir = `/var/lib/docker/overlay2/${calculateOverlayId(container.id)}`;
  const imageDriver = image ? (calculateImageGraphDriver(image).Data as Record<string, string> | null) : null;
  const lower = [`${layerDir}-init/diff`, ...(imageDriver ? [imageDriver.UpperDir, ...(imageDriver.LowerDir ? imageDriver.LowerDir.split(":") : [])] : [])];
  const out: Record<string, unknown> = {
    Id: container.id,
    Created: formatRfc3339Nano(container.created),
    Path: container.path,
    Args: container.args,
    State: {
      Status: s.Status, Running: s.Running, Paused: s.Paused, Restarting: s.Restarting, OOMKilled: s.OOMKilled, Dead: s.Dead,
      Pid: s.Pid, ExitCode: s.ExitCode, Error: s.Error, StartedAt: formatTime(s.StartedAt), FinishedAt: formatTime(s.FinishedAt),
      ...(s.Health ? { Health: formatHealthState(s.Health) } : {}),
    },
    Image: container.imageId,
    ResolvConfPath: started ? `${dir}/resolv.conf` : "",
    HostnamePath: started ? `${dir}/hostname` : "",
    HostsPath: started ? `${dir}/hosts` : "",
    LogPath: started ? `${dir}/${container.id}-json.log` : "",
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    Driver: "overlay2",
    Platform: "linux",
    MountLabel: "",
    ProcessLabel: "",
    AppArmorProfile: "",
    ExecIDs: null,
    HostConfig: formatHostConfig(container),
    GraphDriver: {
      Data: { LowerDir: lower.join(":"), MergedDir: `${layerDir}/merged`, UpperDir: `${layerDir}/diff`, WorkDir: `${layerDir}/work` },
      Name: "overlay2",
    },
  };
  if (size) {
    out.SizeRw = 0;
    out.SizeRootFs = image?.size ?? 0;
  }
  const c = container.config;
  const config: ImageConfig = {
    Cmd: c.Cmd, Entrypoint: c.Entrypoint, Env: c.Env, WorkingDir: c.WorkingDir, User: c.User, ExposedPorts: exposed, Labels: c.Labels,
    ...(imageConfig?.Volumes ? { Volumes: imageConfig.Volumes } : {}),
    ...(imageConfig?.StopSignal ? { StopSignal: imageConfig.StopSignal } : {}),
    ...(c.Healthcheck ? { Healthcheck: c.Healthcheck } : {}),
  };
  out.Mounts = container.mounts ?? [];
  out.Config = formatConfigObject(
    config,
    { Hostname: c.Hostname, User: c.User, Tty: c.Tty, OpenStdin: c.OpenStdin, AttachStdin: c.OpenStdin, StdinOnce: c.OpenStdin, Image: c.Image },
    "object",
  );
  out.NetworkSettings = formatNetworkSettings(container, exposed, calculateAddress(engine, container));
  return out;
}
