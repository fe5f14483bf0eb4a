import type { DockerCommand } from "../command";
import { FORMAT_HELP_TABLE, writeDaemonError } from "../command";
import { readFilterFlag } from "../filters";
import { compareNatural } from "../formatter/natural";
import { writeList, type ListFormat } from "../formatter/write";
import { listVolumes, listVolumeUsers } from "../../engine/volume-ops";
import type { Engine } from "../../engine/engine";
import type { VolumeRecord } from "../../engine/volumes";
import type { FilterArgs } from "../../engine/prune-filters";

/** The volume table (docker/cli: cli/command/formatter/volume.go; fidelity-reference §1.10). */
const VOLUME_FORMAT: ListFormat = {
  defaultTable: "{{.Driver}}\t{{.Name}}",
  headers: { Driver: "DRIVER", Name: "VOLUME NAME", Scope: "SCOPE", Mountpoint: "MOUNTPOINT", Labels: "LABELS", Links: "LINKS", Size: "SIZE", CreatedAt: "CREATED", Group: "GROUP", Availability: "AVAILABILITY", Status: "STATUS" },
  typeName: "*formatter.volumeContext",
};

/** A filter predicate per key the daemon accepts for volumes (moby/moby: volume/service/convert.go acceptedFilters). */
const VOLUME_FILTERS: Record<string, (engine: Engine, v: VolumeRecord, value: string) => boolean | string> = {
  name: (_e, v, value) => {
    try {
      return new RegExp(value).test(v.Name);
    } catch {
      return v.Name.includes(value);
    }
  },
  driver: (_e, v, value) => v.Driver === value,
  label: (_e, v, value) => {
    const eq = value.indexOf("=");
    return eq < 0 ? v.Labels[value] !== undefined : v.Labels[value.slice(0, eq)] === value.slice(eq + 1);
  },
  dangling: (e, v, value) => {
    const wanted = { true: true, "1": true, false: false, "0": false }[value];
    if (wanted === undefined) return `invalid filter 'dangling=${value}'`;
    return (listVolumeUsers(e, v).length === 0) === wanted;
  },
};

/** The volumes that pass every filter (values of one key are alternatives), or the daemon's error. */
export function filterVolumes(engine: Engine, volumes: VolumeRecord[], filters: FilterArgs): VolumeRecord[] | string {
  for (const key of Object.keys(filters)) if (!VOLUME_FILTERS[key]) return `invalid filter '${key}'`;
  const out: VolumeRecord[] = [];
  for (const v of volumes) {
    let keep = true;
    for (const [key, values] of Object.entries(filters)) {
      const test = VOLUME_FILTERS[key] as (typeof VOLUME_FILTERS)[string];
      const results = values.map((value) => test(engine, v, value));
      const error = results.find((r) => typeof r === "string");
      if (typeof error === "string") return error;
      if (!results.some((r) => r === true)) keep = false;
    }
    if (keep) out.push(v);
  }
  return out;
}

/**
 * `docker volume ls` (docker/cli 27: cli/command/volume/list.go): natural
 * order by name, `-q` names only, `--format`, `--filter` dangling, name,
 * driver, label.
 */
export const volumeLsCommand: DockerCommand = {
  name: "ls",
  group: "volume",
  aliases: ["list"],
  usage: "[OPTIONS]",
  short: "List volumes",
  args: { kind: "none" },
  flags: [
    { name: "filter", short: "f", kind: "list", valueName: "filter", usage: "Provide filter values (e.g. \"dangling=true\")" },
    { name: "format", kind: "string", usage: FORMAT_HELP_TABLE },
    { name: "quiet", short: "q", kind: "bool", usage: "Only display volume names" },
  ],
  run(ctx, invocation) {
    const filters = readFilterFlag(ctx, invocation, "f");
    if (typeof filters === "number") return filters;
    const filtered = filterVolumes(ctx.engine, listVolumes(ctx.engine), filters);
    if (typeof filtered === "string") return writeDaemonError(ctx.out, filtered);
    const volumes = filtered.sort((a, b) => compareNatural(a.Name, b.Name));
    const format = invocation.flags.quiet === true ? "{{.Name}}" : (invocation.flags.format as string | undefined);
    return writeList(
      ctx.out,
      format,
      VOLUME_FORMAT,
      volumes.map((v) => ({
        Driver: v.Driver,
        Name: v.Name,
        Scope: v.Scope,
        Mountpoint: v.Mountpoint,
        Labels: Object.entries(v.Labels).map(([k, val]) => `${k}=${val}`).join(","),
        Links: "N/A",
        Size: "N/A",
        CreatedAt: new Date(v.CreatedAt).toISOString().replace(/\.\d{3}Z$/, "Z"),
        Group: "",
        Availability: "",
        Status: "",
      })),
    );
  },
};
