import { describe, expect, it } from "vitest";
import { createDockerHarness } from "../image/testing";

describe("docker inspect", () => {
  it("prints images with the key order of Docker 27's ImageInspect", () => {
    const { docker } = createDockerHarness();
    docker("pull nginx");
    const [image] = JSON.parse(docker("image inspect nginx").stdout);
    expect(Object.keys(image)).toEqual([
      "Id", "RepoTags", "RepoDigests", "Parent", "Comment", "Created", "DockerVersion", "Author", "Config",
      "Architecture", "Os", "Size", "GraphDriver", "RootFS", "Metadata",
    ]);
    expect(Object.keys(image.Config)).toEqual([
      "Hostname", "Domainname", "User", "AttachStdin", "AttachStdout", "AttachStderr", "ExposedPorts", "Tty", "OpenStdin",
      "StdinOnce", "Env", "Cmd", "Image", "Volumes", "WorkingDir", "Entrypoint", "OnBuild", "Labels", "StopSignal",
    ]);
    expect(image.RootFS.Layers).toHaveLength(7);
    expect(Object.keys(image.GraphDriver.Data)).toEqual(["LowerDir", "MergedDir", "UpperDir", "WorkDir"]);
  });

  it("prints containers with the key order of Docker 27's ContainerJSON, sizes with -s", () => {
    const { docker } = createDockerHarness();
    docker("run -d --name web alpine sleep 50");
    const [plain] = JSON.parse(docker("inspect web").stdout);
    expect(Object.keys(plain)).toEqual([
      "Id", "Created", "Path", "Args", "State", "Image", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath", "Name",
      "RestartCount", "Driver", "Platform", "MountLabel", "ProcessLabel", "AppArmorProfile", "ExecIDs", "HostConfig",
      "GraphDriver", "Mounts", "Config", "NetworkSettings",
    ]);
    expect(Object.keys(plain.State)).toEqual(["Status", "Running", "Paused", "Restarting", "OOMKilled", "Dead", "Pid", "ExitCode", "Error", "StartedAt", "FinishedAt"]);
    const [sized] = JSON.parse(docker("inspect -s web").stdout);
    expect(Object.keys(sized).slice(19, 22)).toEqual(["GraphDriver", "SizeRw", "SizeRootFs"]);
    expect(docker("inspect -f {{.Name}} web alpine")).toMatchObject({
      stdout: "/web\n",
      stderr: 'template parsing error: template: :1:2: executing "" at <.Name>: map has no entry for key "Name"\n',
      exitCode: 1,
    });
  });

  it("-f runs the template per object; a missing field is the raw-map error", () => {
    const { docker } = createDockerHarness();
    docker("pull alpine");
    expect(docker("inspect -f {{.Config.Cmd}} alpine alpine")).toMatchObject({ stdout: "[/bin/sh]\n[/bin/sh]\n", exitCode: 0 });
    expect(docker("inspect -f {{.Config.Nope}} alpine")).toMatchObject({
      stdout: "\n",
      stderr: 'template parsing error: template: :1:2: executing "" at <.Config.Nope>: map has no entry for key "Nope"\n',
      exitCode: 1,
    });
    expect(docker("inspect -f {{nofunc}} alpine")).toMatchObject({ stderr: 'template parsing error: template: :1: function "nofunc" not defined\n', exitCode: 64 });
  });
});
