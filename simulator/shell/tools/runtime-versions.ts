import { readOptional } from "../packages/common";
import type { PosixCommandContext } from "../commands/types";

/**
 * Which versions of node, npm, yarn and go an image holds, read from the
 * files their distributions install (nodejs/docker-node: node_version.h and
 * npm's package.json under /usr/local; /opt/yarn-v*; /usr/local/go/VERSION),
 * then from the official images' ENV (NODE_VERSION, YARN_VERSION,
 * GOLANG_VERSION), then a recent release.
 */

/** node's version without the "v" ("20.18.3"). */
export function readNodeVersion(ctx: PosixCommandContext): string {
  const header = readOptional(ctx, "/usr/local/include/node/node_version.h") ?? "";
  return /NODE_VERSION_STRING "v?([\d.]+)"/.exec(header)?.[1] ?? ctx.env.NODE_VERSION ?? "22.14.0";
}

function versionOf(ctx: PosixCommandContext, path: string): string | undefined {
  const text = readOptional(ctx, path);
  if (text === undefined) return undefined;
  try {
    const v = (JSON.parse(text) as { version?: unknown }).version;
    return typeof v === "string" ? v : undefined;
  } catch {
    return /"version":\s*"([^"]+)"/.exec(text)?.[1];
  }
}

/** npm's version from its own package.json (the image's /usr/local one, or Debian's /usr/share/nodejs one). */
export function readNpmVersion(ctx: PosixCommandContext): string {
  return versionOf(ctx, "/usr/local/lib/node_modules/npm/package.json") ?? versionOf(ctx, "/usr/share/nodejs/npm/package.json") ?? "10.9.2";
}

/** Yarn classic's version from /opt/yarn-v*\/package.json, else $YARN_VERSION. */
export function readYarnVersion(ctx: PosixCommandContext): string {
  try {
    for (const name of ctx.fs.readdir("/opt")) {
      if (!name.startsWith("yarn-v")) continue;
      const v = versionOf(ctx, `/opt/${name}/package.json`);
      if (v) return v;
    }
  } catch {
    // no /opt
  }
  return ctx.env.YARN_VERSION ?? "1.22.22";
}

/** Go's version ("1.23.6") from $GOROOT/VERSION's first line ("go1.23.6"). */
export function readGoVersion(ctx: PosixCommandContext, goroot = "/usr/local/go"): string {
  const first = (readOptional(ctx, `${goroot}/VERSION`) ?? "").split("\n")[0] ?? "";
  return /^go([\d.]+)/.exec(first)?.[1] ?? ctx.env.GOLANG_VERSION ?? "1.23.6";
}

/** The user agent npm reports to scripts and registries. */
export function calculateNpmUserAgent(ctx: PosixCommandContext): string {
  return `npm/${readNpmVersion(ctx)} node/v${readNodeVersion(ctx)} linux x64 workspaces/false`;
}
