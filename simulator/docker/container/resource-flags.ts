import type { FlagSpec, FlagValues } from "../../cli/flags";
import type { ContainerResources } from "../../engine/resources";

/** The resource options of `docker create`/`run`/`update` (docker/cli 27: cli/command/container/opts.go addFlags, update.go). */
export const RESOURCE_FLAGS: FlagSpec[] = [
  { name: "cpu-shares", short: "c", kind: "int", usage: "CPU shares (relative weight)" },
  { name: "cpus", kind: "string", valueName: "decimal", usage: "Number of CPUs" },
  { name: "memory", short: "m", kind: "string", valueName: "bytes", usage: "Memory limit" },
  { name: "memory-reservation", kind: "string", valueName: "bytes", usage: "Memory soft limit" },
  { name: "memory-swap", kind: "string", valueName: "bytes", usage: "Swap limit equal to memory plus swap: '-1' to enable unlimited swap" },
  { name: "pids-limit", kind: "int", usage: "Tune container pids limit (set -1 for unlimited)" },
];

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/**
 * go-units RAMInBytes (docker/go-units: size.go): a number with an optional
 * binary unit, `200m`, `1G`, `1.5gb`, `512KiB`; `invalid size: '<text>'` otherwise.
 */
export function parseRamInBytes(text: string): number | string {
  const m = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i.exec(text);
  if (!m) return `invalid size: '${text}'`;
  return Math.trunc(Number(m[1]) * (UNITS[(m[2] ?? "").toLowerCase()] as number));
}

/**
 * opts.NanoCPUs.Set (docker/cli: opts/opts.go): a rational number (`1.5`,
 * `3/2`) times 10⁹, which must come out whole.
 */
export function parseNanoCpus(text: string): number | string {
  const notRational = `failed to parse ${text} as a rational number`;
  let value: number;
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(text);
  if (frac) {
    if (Number(frac[2]) === 0) return notRational;
    value = Number(frac[1]) / Number(frac[2]);
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) value = Number(text);
  else return notRational;
  const nano = value * 1e9;
  if (Math.abs(nano - Math.round(nano)) > 1e-6) return "value is too precise";
  return Math.round(nano);
}

/** pflag's wording of a value its Set refused (spf13/pflag: flag.go). */
function formatInvalid(spec: FlagSpec, raw: string, reason: string): string {
  const name = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
  return `invalid argument ${JSON.stringify(raw)} for "${name}" flag: ${reason}`;
}

/**
 * The resources the flags ask for, as docker/cli sends them in HostConfig
 * (opts.go parse: MemorySwap -1 for `--memory-swap -1`, PidsLimit only when
 * the flag was given), or pflag's error for a value it cannot parse.
 */
export function parseResourceFlags(flags: FlagValues): { ok: true; resources: ContainerResources } | { ok: false; error: string } {
  const resources: ContainerResources = {};
  const spec = (name: string): FlagSpec => RESOURCE_FLAGS.find((f) => f.name === name) as FlagSpec;
  const bytes: [string, "Memory" | "MemoryReservation" | "MemorySwap"][] = [
    ["memory", "Memory"],
    ["memory-reservation", "MemoryReservation"],
    ["memory-swap", "MemorySwap"],
  ];
  for (const [flag, field] of bytes) {
    const raw = flags[flag];
    if (typeof raw !== "string") continue;
    if (field === "MemorySwap" && raw === "-1") {
      resources.MemorySwap = -1;
      continue;
    }
    const parsed = parseRamInBytes(raw);
    if (typeof parsed === "string") return { ok: false, error: formatInvalid(spec(flag), raw, parsed) };
    resources[field] = parsed;
  }
  if (typeof flags.cpus === "string") {
    const parsed = parseNanoCpus(flags.cpus);
    if (typeof parsed === "string") return { ok: false, error: formatInvalid(spec("cpus"), flags.cpus, parsed) };
    resources.NanoCpus = parsed;
  }
  if (typeof flags["cpu-shares"] === "number") resources.CpuShares = flags["cpu-shares"];
  if (typeof flags["pids-limit"] === "number") resources.PidsLimit = flags["pids-limit"];
  return { ok: true, resources };
}
