/**
 * Platform specifiers (`linux/amd64`, `arm64`, `linux/arm/v7`) as
 * containerd's platforms.Parse reads them (github.com/containerd/platforms:
 * platforms.go Parse, database.go normalizeOS/normalizeArch), with the
 * simulated host being linux/amd64. BuildKit uses it for
 * FromPlatformFlagConstDisallowed.
 */
export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

const SPECIFIER = /^[A-Za-z0-9_-]+$/;
const KNOWN_OS = new Set([
  "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
]);
const KNOWN_ARCH = new Set([
  "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm",
]);
const HOST: Platform = { os: "linux", architecture: "amd64", variant: "" };

function normalizeOS(os: string): string {
  const lower = os.toLowerCase();
  return lower === "macos" ? "darwin" : lower;
}

function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case "i386":
      return ["386", ""];
    case "x86_64":
    case "x86-64":
    case "amd64":
      return ["amd64", v === "v1" ? "" : v];
    case "aarch64":
    case "arm64":
      return ["arm64", v === "8" || v === "v8" ? "" : v];
    case "armhf":
      return ["arm", "v7"];
    case "armel":
      return ["arm", "v6"];
    case "arm":
      if (v === "" || v === "7") return ["arm", "v7"];
      if (v === "5" || v === "6" || v === "8") return ["arm", `v${v}`];
      return ["arm", v];
    default:
      return [a, v];
  }
}

/** Mimics platforms.Parse; undefined when containerd would return an error. */
export function parsePlatform(specifier: string): Platform | undefined {
  if (specifier.includes("*")) return undefined;
  const parts = specifier.split("/");
  // An OS may carry a version in parentheses: windows(10.0.17763).
  const first = (parts[0] ?? "").replace(/\([^)]*\)$/, "");
  if (![first, ...parts.slice(1)].every((p) => SPECIFIER.test(p))) return undefined;
  if (parts.length === 1) {
    const os = normalizeOS(first);
    if (KNOWN_OS.has(os)) return { os, architecture: HOST.architecture, variant: "" };
    const [architecture, variant] = normalizeArch(first, "");
    if (KNOWN_ARCH.has(architecture)) return { os: HOST.os, architecture, variant: architecture === "arm" && variant === "v7" ? "" : variant };
    return undefined;
  }
  if (parts.length === 2 || parts.length === 3) {
    const [architecture, variant] = normalizeArch(parts[1] as string, parts[2] ?? "");
    return { os: normalizeOS(first), architecture, variant };
  }
  return undefined;
}

/** The platform BuildKit builds for when none is given: the (simulated) host. */
export const DEFAULT_PLATFORM = "linux/amd64";
