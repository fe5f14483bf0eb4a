import type { ShellCommand } from "../shell";
import { commandName, subcommand } from "../shell-args";

/** yum/dnf/microdnf options that take a value (yum(8), dnf(8)). */
export const RPM_VALUE_OPTIONS = new Set(["-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "--installroot", "--enablerepo", "--disablerepo", "-x", "--exclude", "--releasever", "--setopt", "--downloaddir", "--color", "--repo", "--repofrompath", "--forcearch"]);

/** zypper options that take a value (zypper(8)). */
export const ZYPPER_VALUE_OPTIONS = new Set(["-R", "--root", "-c", "--config", "--reposd-dir", "--cache-dir", "--raw-cache-dir", "-D", "--solv-cache-dir", "--pkg-cache-dir", "-r", "--repo", "--from", "-t", "--type"]);

/** An RPM package pinned to a version (name-1.2, name-1:1.2), an .rpm file or a path; `${VAR}` references are expected to be substituted first. */
export function rpmPinned(pkg: string): boolean {
  return /-\d/.test(pkg) || pkg.endsWith(".rpm") || pkg.includes("/");
}

/**
 * The packages a yum/dnf/microdnf command installs, or undefined when it is
 * not an install. `module install` modules count as pinned with a `:stream`;
 * group installs name groups, never versions, so they have no packages here.
 */
export function rpmInstallPackages(c: ShellCommand, tools: readonly string[]): string[] | undefined {
  if (!tools.includes(commandName(c))) return undefined;
  const { sub, rest } = subcommand(c, RPM_VALUE_OPTIONS);
  if (sub === "install" || sub === "in" || sub === "localinstall") return rest;
  if (sub === "module" && rest[0] === "install") return rest.slice(1).filter((m) => !m.includes(":"));
  if (sub === "groupinstall" || (sub === "group" && rest[0] === "install")) return [];
  return undefined;
}

/** Subcommands after which yum/dnf leave downloaded metadata and packages in their cache. */
export const RPM_CACHE_FILLING = new Set(["install", "in", "localinstall", "groupinstall", "group", "module", "upgrade", "up", "update", "upgrade-minimal", "up-min", "reinstall", "rei", "downgrade", "distro-sync"]);

/** A yum/dnf command that fills the package cache. */
export function fillsRpmCache(c: ShellCommand, tool: string): boolean {
  return commandName(c) === tool && RPM_CACHE_FILLING.has(subcommand(c, RPM_VALUE_OPTIONS).sub);
}

/** `<tool> clean all`. */
export function rpmCleanAll(c: ShellCommand, tool: string): boolean {
  if (commandName(c) !== tool) return false;
  const { sub, rest } = subcommand(c, RPM_VALUE_OPTIONS);
  return sub === "clean" && rest.includes("all");
}
