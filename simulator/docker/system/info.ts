import { formatBytesSize } from "../../cli/units";
import { FormatTemplate, TemplateError, type TemplateData } from "../../cli/template";
import { calculateSystemInfo } from "../../engine/system-info";
import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";
import { CLIENT_VERSION } from "./version";

/** The CLI plugins a Docker 27.5.1 install ships (docker-buildx-plugin 0.20, docker-compose-plugin 2.32). */
const CLIENT_PLUGINS = [
  { SchemaVersion: "0.1.0", Vendor: "Docker Inc.", Version: "v0.20.0", ShortDescription: "Docker Buildx", Name: "buildx", Path: "/usr/libexec/docker/cli-plugins/docker-buildx" },
  { SchemaVersion: "0.1.0", Vendor: "Docker Inc.", Version: "v2.32.4", ShortDescription: "Docker Compose", Name: "compose", Path: "/usr/libexec/docker/cli-plugins/docker-compose" },
];

/** Go's fmt.Println of a value: booleans and numbers as Go prints them. */
function line(label: string, value: unknown): string {
  return `${label} ${String(value)}\n`;
}

function lineNonEmpty(label: string, value: unknown): string {
  return value === "" || value === undefined ? "" : line(label, value);
}

/** prettyPrintClientInfo (docker/cli 27: cli/command/system/info.go). */
function formatClientInfo(): string {
  let text = `Client: ${CLIENT_VERSION.Platform.Name}\n`;
  text += line(" Version:   ", CLIENT_VERSION.Version) + line(" Context:   ", CLIENT_VERSION.Context) + line(" Debug Mode:", false);
  text += " Plugins:\n";
  for (const p of CLIENT_PLUGINS) text += `  ${p.Name}: ${p.ShortDescription} (${p.Vendor})\n` + line("    Version: ", p.Version) + line("    Path:    ", p.Path);
  return text;
}

/** prettyPrintServerInfo (docker/cli 27: cli/command/system/info.go), for a linux daemon outside swarm. */
function formatServerInfo(info: Record<string, unknown>): string {
  const get = <T>(key: string): T => info[key] as T;
  const plugins = get<{ Volume: string[]; Network: string[]; Log: string[] }>("Plugins");
  let text = line(" Containers:", info.Containers) + line("  Running:", info.ContainersRunning) + line("  Paused:", info.ContainersPaused);
  text += line("  Stopped:", info.ContainersStopped) + line(" Images:", info.Images);
  text += lineNonEmpty(" Server Version:", info.ServerVersion) + lineNonEmpty(" Storage Driver:", info.Driver);
  for (const [k, v] of get<[string, string][]>("DriverStatus")) text += `  ${k}: ${v}\n`;
  text += lineNonEmpty(" Logging Driver:", info.LoggingDriver) + lineNonEmpty(" Cgroup Driver:", info.CgroupDriver) + lineNonEmpty(" Cgroup Version:", info.CgroupVersion);
  text += " Plugins:\n" + line("  Volume:", plugins.Volume.join(" ")) + line("  Network:", plugins.Network.join(" ")) + line("  Log:", plugins.Log.join(" "));
  text += line(" Swarm:", get<{ LocalNodeState: string }>("Swarm").LocalNodeState);
  text += line(" Runtimes:", Object.keys(get<Record<string, unknown>>("Runtimes")).join(" ")) + line(" Default Runtime:", info.DefaultRuntime);
  text += line(" Init Binary:", info.InitBinary) + line(" containerd version:", get<{ ID: string }>("ContainerdCommit").ID);
  text += line(" runc version:", get<{ ID: string }>("RuncCommit").ID) + line(" init version:", get<{ ID: string }>("InitCommit").ID);
  text += " Security Options:\n";
  for (const option of get<string[]>("SecurityOptions")) {
    const fields = Object.fromEntries(option.split(",").map((kv) => kv.split("=") as [string, string]));
    text += `  ${fields.name}\n`;
    if (fields.profile) text += line("   Profile:", fields.profile);
  }
  text += lineNonEmpty(" Kernel Version:", info.KernelVersion) + lineNonEmpty(" Operating System:", info.OperatingSystem);
  text += lineNonEmpty(" OSType:", info.OSType) + lineNonEmpty(" Architecture:", info.Architecture) + line(" CPUs:", info.NCPU);
  text += line(" Total Memory:", formatBytesSize(get<number>("MemTotal"))) + lineNonEmpty(" Name:", info.Name) + lineNonEmpty(" ID:", info.ID);
  text += line(" Docker Root Dir:", info.DockerRootDir) + line(" Debug Mode:", info.Debug) + line(" Experimental:", info.ExperimentalBuild);
  text += " Insecure Registries:\n";
  for (const cidr of get<{ InsecureRegistryCIDRs: string[] }>("RegistryConfig").InsecureRegistryCIDRs) text += `  ${cidr}\n`;
  text += line(" Live Restore Enabled:", info.LiveRestoreEnabled) + "\n";
  return text;
}

/**
 * `docker info` / `docker system info` (docker/cli 27:
 * cli/command/system/info.go): the client's version, context and plugins,
 * then the daemon's GET /info (engine/system-info.ts) with its container
 * and image counts; `--format` runs a template over both (`json` for all).
 */
export const systemInfoCommand: DockerCommand = {
  name: "info",
  group: "system",
  aliases: [],
  shortcut: "info",
  usage: "[OPTIONS]",
  short: "Display system-wide information",
  args: { kind: "none" },
  flags: [{ name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT }],
  run(ctx, { flags }) {
    const info = calculateSystemInfo(ctx.engine);
    const format = flags.format as string | undefined;
    if (format) {
      const data: TemplateData = {
        ...info,
        ClientInfo: { Debug: false, Version: CLIENT_VERSION.Version, GitCommit: CLIENT_VERSION.GitCommit, Context: CLIENT_VERSION.Context, Plugins: CLIENT_PLUGINS, Warnings: null },
      };
      let template: FormatTemplate;
      try {
        template = new FormatTemplate(format === "json" ? "{{json .}}" : format, "system.dockerInfo");
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        ctx.out.err(`template parsing error: ${error.message}\n`);
        return 64;
      }
      try {
        ctx.out.out(`${template.execute(data)}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        // formatInfo prints the newline after the failed execution, then the error.
        ctx.out.out("\n");
        ctx.out.err(`${error.message}\n`);
        return 1;
      }
    }
    ctx.out.out(`${formatClientInfo()}\nServer:\n${formatServerInfo(info)}`);
    return 0;
  },
};
