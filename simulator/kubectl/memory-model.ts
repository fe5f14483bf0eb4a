import { getOwn } from "../core/own";

/** stress's size suffixes (stress.c atoll_b: b, k, m, g as powers of 1024). */
const STRESS_UNITS: Record<string, number> = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `256M` as stress reads --vm-bytes. */
function parseStressBytes(text: string | undefined): number | undefined {
  const m = /^(\d+)([bBkKmMgG]?)$/.exec(text ?? "");
  if (!m) return undefined;
  return Number(m[1]) * (getOwn(STRESS_UNITS, (m[2] ?? "").toLowerCase()) ?? 1);
}

/** The value of a product of integer literals (`200 * 1024 * 1024`), or undefined. */
function evaluateProduct(text: string): number | undefined {
  const parts = text.split("*").map((p) => p.trim());
  if (parts.length === 0 || !parts.every((p) => /^\d+$/.test(p))) return undefined;
  return parts.reduce((n, p) => n * Number(p), 1);
}

/**
 * How much memory a container's main process takes, judged from its command,
 * for the kubelet's OOM check; undefined: a small amount, never near a limit.
 * Three well-known memory hogs are modelled:
 * - `stress --vm N --vm-bytes SIZE` (the Kubernetes docs' polinux/stress
 *   example, tasks/configure-pod-container/assign-memory-resource): N × SIZE,
 *   stress's defaults --vm 1 --vm-bytes 256M;
 * - `tail /dev/zero` (alone or in an `sh -c` script): grows without bound;
 * - `python -c` scripts allocating `bytearray(A * B …)` or `' ' * (A * B …)`.
 * Simplification: every other process stays far below any limit.
 */
export function calculateMemoryDemand(argv: readonly string[]): number | undefined {
  const program = (argv[0] ?? "").split("/").pop() ?? "";
  const text = argv.join(" ");
  if (/\btail\s+(-f\s+)?\/dev\/zero\b/.test(text)) return Number.POSITIVE_INFINITY;
  if (program === "stress") {
    let vm = 0;
    let bytes = 256 * 1024 ** 2;
    for (let i = 1; i < argv.length; i++) {
      const [flag, inline] = (argv[i] ?? "").split("=", 2);
      const value = inline ?? argv[i + 1];
      if (flag === "--vm" || flag === "-m") vm = Number(value) || 0;
      if (flag === "--vm-bytes") bytes = parseStressBytes(value) ?? bytes;
    }
    return vm > 0 ? vm * bytes : undefined;
  }
  if (/^python[\d.]*$/.test(program)) {
    const c = argv.indexOf("-c");
    if (c < 0) return undefined;
    const script = argv[c + 1] ?? "";
    const alloc = /bytearray\(\s*([\d\s*]+)\)/.exec(script) ?? /['"][^'"]?['"]\s*\*\s*\(?\s*([\d\s*]+)\)?/.exec(script);
    return alloc ? evaluateProduct(alloc[1] ?? "") : undefined;
  }
  return undefined;
}
