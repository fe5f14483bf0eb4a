/**
 * What `GET /version` answers, for a Docker Engine - Community 27.5.1 on
 * linux/amd64 with containerd 1.7.25 and runc 1.2.4 (the release shipped in
 * January 2025; moby/moby api/types/types.go Version, ComponentVersion).
 */
export interface EngineVersion {
  platformName: string;
  version: string;
  apiVersion: string;
  minApiVersion: string;
  gitCommit: string;
  goVersion: string;
  os: string;
  arch: string;
  buildTime: string;
  experimental: boolean;
  components: { name: string; version: string; details: Record<string, string> }[];
}

/** The simulated daemon's version. */
export const ENGINE_VERSION: EngineVersion = {
  platformName: "Docker Engine - Community",
  version: "27.5.1",
  apiVersion: "1.47",
  minApiVersion: "1.24",
  gitCommit: "4c9b3b0",
  goVersion: "go1.22.11",
  os: "linux",
  arch: "amd64",
  buildTime: "Wed Jan 22 13:41:48 2025",
  experimental: false,
  components: [
    { name: "containerd", version: "1.7.25", details: { GitCommit: "bcc810d6b9066471b0b6fa75f557a15a1cbf31bb" } },
    { name: "runc", version: "1.2.4", details: { GitCommit: "v1.2.4-0-g6c52b3f" } },
    { name: "docker-init", version: "0.19.0", details: { GitCommit: "de40ad0" } },
  ],
};
