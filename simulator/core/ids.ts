/**
 * Seeded identifiers. Docker draws container IDs from crypto/rand
 * (moby/moby: client/pkg/stringid/stringid.go GenerateRandomID: 32 random
 * bytes, hex-encoded); the simulator draws them from a seeded generator so a
 * run can be replayed exactly.
 */
export interface IdSource {
  /** `n` lowercase hex characters. */
  hex(n: number): string;
  /** A whole number in [0, max). */
  int(max: number): number;
}

/**
 * sfc32, a small fast generator with a 128-bit state that serializes as four
 * numbers. Not cryptographic, which the simulator never needs.
 */
export class SeededIds implements IdSource {
  private s: [number, number, number, number];

  constructor(seed: number | readonly [number, number, number, number] = 0x5eed) {
    if (typeof seed === "number") {
      this.s = [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0];
      for (let i = 0; i < 12; i++) this.next();
    } else {
      this.s = [seed[0] >>> 0, seed[1] >>> 0, seed[2] >>> 0, seed[3] >>> 0];
    }
  }

  /** The generator's state, for a snapshot. */
  get state(): [number, number, number, number] {
    return [...this.s];
  }

  private next(): number {
    let [a, b, c, d] = this.s;
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    this.s = [a >>> 0, b, c, d];
    return t;
  }

  hex(n: number): string {
    let out = "";
    while (out.length < n) out += this.next().toString(16).padStart(8, "0");
    return out.slice(0, n);
  }

  int(max: number): number {
    if (max <= 0) return 0;
    return this.next() % max;
  }
}

/**
 * docker's short form of an ID: strip an `algo:` prefix and keep 12 chars
 * (moby/moby: client/pkg/stringid/stringid.go TruncateID).
 */
export function calculateShortId(id: string): string {
  const colon = id.indexOf(":");
  const bare = colon >= 0 ? id.slice(colon + 1) : id;
  return bare.slice(0, 12);
}
