import type { PosixCommandContext } from "../commands/types";
import { ensureParent, readOptional } from "../packages/common";
import { RUST_TOOLCHAINS, RUSTUP_RELEASES, type RustToolchain } from "../packages/downloads/rust";
import { findDownloadByBody } from "../packages/downloads-catalog";

/** The tools rustup 1.28+ links into $CARGO_HOME/bin as proxies of itself (rustup src/cli/self_update.rs TOOLS, DUP_TOOLS). */
const PROXIES = ["cargo", "cargo-clippy", "cargo-fmt", "cargo-miri", "clippy-driver", "rls", "rust-analyzer", "rust-gdb", "rust-gdbgui", "rust-lldb", "rustc", "rustdoc", "rustfmt"];

// A minimal-profile toolchain's big files (component: rustc, rust-std, cargo), relative to toolchains/NAME, with approximate sizes.
// Simplification: the real toolchain has some 200 files; these carry its weight.
const TOOLCHAIN_FILES: readonly [string, number, number][] = [
  ["bin/rustc", 2_900_000, 0o755], ["bin/rustdoc", 15_600_000, 0o755], ["bin/cargo", 38_900_000, 0o755], ["bin/rust-gdb", 1_200, 0o755], ["bin/rust-gdbgui", 1_900, 0o755], ["bin/rust-lldb", 1_100, 0o755],
  ["lib/librustc_driver.so", 152_000_000, 0o644], ["lib/libLLVM.so", 141_000_000, 0o644], ["lib/rustlib/x86_64-unknown-linux-gnu/lib/libstd.rlib", 18_300_000, 0o644],
  ["lib/rustlib/x86_64-unknown-linux-gnu/lib/libcore.rlib", 71_000_000, 0o644], ["lib/rustlib/x86_64-unknown-linux-gnu/lib/liballoc.rlib", 8_400_000, 0o644],
  ["lib/rustlib/x86_64-unknown-linux-gnu/lib/libcompiler_builtins.rlib", 9_800_000, 0o644], ["lib/rustlib/x86_64-unknown-linux-gnu/lib/libstd.so", 16_000_000, 0o644],
  ["lib/rustlib/components", 24, 0o644], ["lib/rustlib/rust-installer-version", 2, 0o644], ["share/doc/cargo/LICENSE-APACHE", 10_000, 0o644],
];

function homes(ctx: PosixCommandContext): { rustup: string; cargo: string } {
  const home = ctx.env.HOME ?? ctx.user.home;
  return { rustup: ctx.env.RUSTUP_HOME || `${home}/.rustup`, cargo: ctx.env.CARGO_HOME || `${home}/.cargo` };
}

/** The default toolchain rustup's settings.toml names, and its release. */
function defaultToolchain(ctx: PosixCommandContext): { name: string; release: RustToolchain | undefined } | undefined {
  const settings = readOptional(ctx, `${homes(ctx).rustup}/settings.toml`) ?? "";
  const name = /^default_toolchain = "([^"]+)"$/m.exec(settings)?.[1];
  if (!name) return undefined;
  return { name, release: RUST_TOOLCHAINS.find((t) => name.startsWith(`${t.version}-`)) };
}

/** The rustup release a proxy or rustup-init file is (the downloaded installer it was copied from). */
function rustupVersion(ctx: PosixCommandContext): string {
  const self = ctx.findProgram(ctx.argv[0] ?? "rustup");
  return (self && findDownloadByBody(readOptional(ctx, self) ?? "")?.program?.version) || "1.29.0";
}

/**
 * rustup-init (rustup 1.28/1.29): `-y --no-modify-path --profile minimal
 * --default-toolchain VERSION --default-host TRIPLE` installs rustup into
 * $CARGO_HOME/bin (with its proxies: cargo, rustc, rustdoc…) and the
 * toolchain's rustc, rust-std and cargo components into
 * $RUSTUP_HOME/toolchains, writes settings.toml, and prints rustup's info:
 * lines (stderr) and the install summary (stdout). A toolchain rustup does
 * not know is `error: toolchain 'X' is not installable`. Without -y it
 * would ask; builds have no terminal, so it stops.
 * Simplification: proxies are copies, not hard links; the download is instant.
 */
export function runRustupInit(ctx: PosixCommandContext): number {
  const args = ctx.argv.slice(1);
  const value = (flag: string, fallback: string): string => {
    const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (i < 0) return fallback;
    const a = args[i] as string;
    return a.includes("=") ? a.slice(a.indexOf("=") + 1) : (args[i + 1] ?? fallback);
  };
  if (!args.includes("-y")) {
    ctx.out.err("error: Unable to run interactively. Run with -y to accept defaults, --help for additional options\n");
    return 1;
  }
  const profile = value("--profile", "default");
  const host = value("--default-host", "x86_64-unknown-linux-gnu");
  const wanted = value("--default-toolchain", "stable");
  const release = wanted === "stable" ? RUST_TOOLCHAINS[RUST_TOOLCHAINS.length - 1] : RUST_TOOLCHAINS.find((t) => t.version === wanted);
  const info = (t: string): void => ctx.out.err(`info: ${t}\n`);
  info(`profile set to '${profile}'`);
  info(`default host triple is ${host}`);
  const name = `${wanted}-${host}`;
  info(`syncing channel updates for '${name}'`);
  if (!release) {
    ctx.out.err(`error: toolchain '${name}' is not installable\n`);
    return 1;
  }
  const { rustup, cargo } = homes(ctx);
  const self = ctx.findProgram(ctx.argv[0] ?? "rustup-init");
  const installer = self ? (readOptional(ctx, self) ?? "") : "";
  const size = self ? (ctx.fs.stat(self)?.size ?? 0) : 0;
  info(`latest update on ${release.updated}, rust version ${release.version} (${release.rustc})`);
  const components = profile === "minimal" ? ["cargo", "rust-std", "rustc"] : ["cargo", "clippy", "rust-docs", "rust-std", "rustc", "rustfmt"];
  for (const c of components) info(`downloading component '${c}'`);
  for (const c of components) info(`installing component '${c}'`);
  const write = (path: string, data: string, opts: { mode: number; size?: number }): void => {
    ensureParent(ctx, path);
    ctx.fs.writeFileWith(path, data, opts);
  };
  write(`${cargo}/bin/rustup`, installer, { mode: 0o755, size });
  for (const p of PROXIES) write(`${cargo}/bin/${p}`, installer, { mode: 0o755, size });
  write(`${cargo}/env`, `#!/bin/sh\n# rustup shell setup\ncase ":\${PATH}:" in\n    *:"${cargo}/bin":*)\n        ;;\n    *)\n        export PATH="${cargo}/bin:$PATH"\n        ;;\nesac\n`, { mode: 0o644 });
  const tc = `${rustup}/toolchains/${release.version}-${host}`;
  for (const [rel, bytes, mode] of TOOLCHAIN_FILES) write(`${tc}/${rel}`, mode & 0o111 ? `\x7fELF ${rel}\n` : `${rel}\n`, { mode, size: bytes });
  write(`${rustup}/update-hashes/${release.version}-${host}`, "0e8f5b1c6d2a4f7e9b3c5d1a8e6f4b2c\n", { mode: 0o644 });
  write(`${rustup}/settings.toml`, `version = "12"\ndefault_toolchain = "${release.version}-${host}"\nprofile = "${profile}"\n\n[overrides]\n`, { mode: 0o644 });
  info(`default toolchain set to '${release.version}-${host}'`);
  ctx.out.out(`\n  ${release.version}-${host} installed - rustc ${release.version} (${release.rustc})\n\n\nRust is installed now. Great!\n\n`);
  ctx.out.out(args.includes("--no-modify-path") ? `To get started you need Cargo's bin directory (${cargo}/bin) in your PATH\nenvironment variable. This has not been done automatically.\n\n` : `To get started you may need to restart your current shell.\nThis would reload your PATH environment variable to include\nCargo's bin directory (${cargo}/bin).\n\n`);
  return 0;
}

/** rustup's `no default toolchain` error (rustup src/errors.rs), status 1. */
function noDefault(ctx: PosixCommandContext, tool: string): number {
  ctx.out.err(`error: rustup could not choose a version of ${tool} to run, because one wasn't specified explicitly, and no default is configured.\nhelp: run 'rustup default stable' to download the latest stable release of Rust and set it as your default toolchain.\n`);
  return 1;
}

/**
 * The rustup proxies in $CARGO_HOME/bin: `rustup --version` (its release,
 * then info: lines naming the active rustc on stderr), `rustc --version`,
 * `cargo --version`, from the default toolchain in settings.toml.
 * Simplification: compiling is not modelled; other arguments do nothing.
 */
export function runRustupProxy(ctx: PosixCommandContext): number {
  const tool = (ctx.argv[0] ?? "rustup").replace(/^.*\//, "");
  const arg = ctx.argv[1];
  const tc = defaultToolchain(ctx);
  const version = arg === "--version" || arg === "-V";
  if (tool === "rustup") {
    if (version) {
      const v = rustupVersion(ctx);
      ctx.out.out(`rustup ${v} (${RUSTUP_RELEASES[v] ?? ""})\n`);
      ctx.out.err(`info: This is the version for the rustup toolchain manager, not the rustc compiler.\n${tc?.release ? `info: The currently active \`rustc\` version is \`rustc ${tc.release.version} (${tc.release.rustc})\`\n` : ""}`);
    }
    return 0;
  }
  if (!tc?.release) return noDefault(ctx, tool);
  if (version) ctx.out.out(tool === "cargo" ? `cargo ${tc.release.version} (${tc.release.cargo})\n` : `${tool} ${tc.release.version} (${tc.release.rustc})\n`);
  return 0;
}
