import type { ShellCommand } from "../shell";
import { commandName } from "../shell-args";

/** pip (and pipx) options that take a value, so their value is not a package (pip: docs "pip install" options). */
export const PIP_VALUE_OPTIONS = new Set([
  "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi",
  "--root", "--prefix", "--src", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--upgrade-strategy", "--global-option",
  "--install-option", "-C", "--config-settings", "--no-binary", "--only-binary", "--progress-bar", "--root-user-action", "--log", "--proxy",
  "--retries", "--timeout", "--exists-action", "--trusted-host", "--cert", "--client-cert", "--cache-dir", "--build", "--report",
  "--keyring-provider", "--use-feature", "--use-deprecated", "--python", "--pip-args", "--suffix", "--index",
]);

/**
 * The arguments of a pip call: `pip`, `pip3`, `pip3.12 …`, `python -m pip …`
 * (and `pipx …` when asked), as hadolint recognises them (hadolint:
 * src/Hadolint/Rule/DL3013.hs, DL3042.hs). Undefined for other commands.
 */
export function pipArgs(c: ShellCommand, allowPipx: boolean): string[] | undefined {
  const name = commandName(c);
  if (/^pip(\d+(\.\d+)*)?$/.test(name)) return c.args;
  if (allowPipx && name === "pipx") return c.args;
  if (/^python(\d+(\.\d+)*)?$/.test(name)) {
    const m = c.args.indexOf("-m");
    if (m >= 0 && c.args[m + 1] === "pip") return c.args.slice(m + 2);
  }
  return undefined;
}
