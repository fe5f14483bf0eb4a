import type { Download } from "../downloads-catalog";

/** A Rust release as rustup installs it: the versions `rustc --version` and `cargo --version` print. */
export interface RustToolchain {
  version: string;
  /** `rustc X (commit date)`'s parenthesis. */
  rustc: string;
  /** `cargo X (commit date)`'s parenthesis. */
  cargo: string;
  /** When the channel manifest was published (`info: latest update on …`). */
  updated: string;
}

/**
 * Rust releases the corpus pins (static.rust-lang.org dist manifests).
 * Simplification: the commit hashes and dates of 1.94.1 are plausible
 * stand-ins, not checked against the release.
 */
export const RUST_TOOLCHAINS: readonly RustToolchain[] = [
  { version: "1.91.1", rustc: "ed61e7d7e 2025-11-07", cargo: "ea2d97820 2025-10-10", updated: "2025-11-10" },
  { version: "1.94.1", rustc: "e408947bf 2026-03-25", cargo: "29ea6fb6a 2026-03-24", updated: "2026-03-26" },
];

/** rustup releases: the version `rustup --version` prints. Simplification: the commit hashes are plausible stand-ins. */
export const RUSTUP_RELEASES: Readonly<Record<string, string>> = {
  "1.28.2": "e4f3ad6f8 2025-04-28",
  "1.29.0": "28d1352db 2026-03-05",
};

// rustup-init per release and target: digests from static.rust-lang.org/rustup/archive/VERSION/TARGET/rustup-init.sha256, as the
// rust and ruby Dockerfiles pin them. Simplification: sizes approximate the release assets.
const ROWS: readonly string[] = [
  "1.29.0|x86_64-unknown-linux-gnu|20412704|4acc9acc76d5079515b46346a485974457b5a79893cfb01112423c89aeb5aa10",
  "1.29.0|aarch64-unknown-linux-gnu|18870272|9732d6c5e2a098d3521fca8145d826ae0aaa067ef2385ead08e6feac88fa5792",
  "1.28.2|x86_64-unknown-linux-gnu|20070280|20a06e644b0d9bd2fbdbfd52d42540bdde820ea7df86e92e533c073da0cdd43c",
  "1.28.2|aarch64-unknown-linux-gnu|18534400|e3853c5a252fca15252d07cb23a1bdd9377a8c6f3efa01531109281ae47f841c",
];

/** The rustup-init installers the simulated internet serves. */
export const RUST_DOWNLOADS: readonly Download[] = ROWS.map((row) => {
  const [version = "", target = "", size = "0", sha256 = ""] = row.split("|");
  const location = `static.rust-lang.org/rustup/archive/${version}/${target}/rustup-init`;
  return { location, size: Number(size), sha256, body: `\x7fELF stand-in for https://${location} (${size} bytes)\n`, program: { name: "rustup-init", version } };
});
