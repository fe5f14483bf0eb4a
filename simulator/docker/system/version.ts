import { formatTable } from "../../cli/table";
import { FormatTemplate, TemplateError, type TemplateData } from "../../cli/template";
import type { DockerCommand } from "../command";
import { FORMAT_HELP_INSPECT } from "../command";

/** The client half of `docker version`: the CLI build this simulator mimics (docker/cli v27.5.1). */
export const CLIENT_VERSION = {
  Platform: { Name: "Docker Engine - Community" },
  Version: "27.5.1",
  ApiVersion: "1.47",
  DefaultAPIVersion: "1.47",
  GitCommit: "9f9e405",
  GoVersion: "go1.22.11",
  Os: "linux",
  Arch: "amd64",
  BuildTime: "Wed Jan 22 13:41:48 2025",
  Context: "default",
} as const;

/**
 * `docker version` (docker/cli: cli/command/system/version.go): the default
 * template through a tabwriter with minwidth 20 and padding 1, so every value
 * starts in column 20; `--format` takes a template or `json`.
 */
export const versionCommand: DockerCommand = {
  name: "version",
  group: "",
  aliases: [],
  usage: "[OPTIONS]",
  short: "Show the Docker version information",
  args: { kind: "none" },
  flags: [{ name: "format", short: "f", kind: "string", usage: FORMAT_HELP_INSPECT }],
  run(ctx, { flags }) {
    const server = ctx.engine.version();
    const format = flags.format as string | undefined;
    if (format) {
      const data: TemplateData = {
        Client: CLIENT_VERSION,
        Server: {
          Platform: { Name: server.platformName },
          Components: [
            {
              Name: "Engine",
              Version: server.version,
              Details: {
                ApiVersion: server.apiVersion,
                Arch: server.arch,
                BuildTime: server.buildTime,
                Experimental: String(server.experimental),
                GitCommit: server.gitCommit,
                GoVersion: server.goVersion,
                KernelVersion: "6.8.0-52-generic",
                MinAPIVersion: server.minApiVersion,
                Os: server.os,
              },
            },
            ...server.components.map((c) => ({ Name: c.name, Version: c.version, Details: c.details })),
          ],
          Version: server.version,
          ApiVersion: server.apiVersion,
          MinAPIVersion: server.minApiVersion,
          GitCommit: server.gitCommit,
          GoVersion: server.goVersion,
          Os: server.os,
          Arch: server.arch,
          KernelVersion: "6.8.0-52-generic",
          BuildTime: server.buildTime,
        },
      };
      try {
        const template = new FormatTemplate(format === "json" ? "{{json .}}" : format, "system.versionInfo");
        ctx.out.out(template.execute(data) + "\n");
        return 0;
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        ctx.out.err(`template parsing error: ${error.message}\n`);
        return 64;
      }
    }
    const c = CLIENT_VERSION;
    const style = { minWidth: 20, padding: 1 };
    const block = (rows: [string, string][]) => formatTable(rows, style);
    let text = `Client: ${c.Platform.Name}\n`;
    text += block([
      [" Version:", c.Version],
      [" API version:", c.ApiVersion],
      [" Go version:", c.GoVersion],
      [" Git commit:", c.GitCommit],
      [" Built:", c.BuildTime],
      [" OS/Arch:", `${c.Os}/${c.Arch}`],
      [" Context:", c.Context],
    ]);
    text += `\nServer: ${server.platformName}\n Engine:\n`;
    text += block([
      ["  Version:", server.version],
      ["  API version:", `${server.apiVersion} (minimum version ${server.minApiVersion})`],
      ["  Go version:", server.goVersion],
      ["  Git commit:", server.gitCommit],
      ["  Built:", server.buildTime],
      ["  OS/Arch:", `${server.os}/${server.arch}`],
      ["  Experimental:", String(server.experimental)],
    ]);
    for (const component of server.components) {
      text += ` ${component.name}:\n`;
      text += block([["  Version:", component.version], ...Object.keys(component.details).sort().map((k): [string, string] => [`  ${k}:`, component.details[k] ?? ""])]);
    }
    ctx.out.out(text);
    return 0;
  },
};
