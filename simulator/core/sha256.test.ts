import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateSha256Hex } from "./sha256";

// Known answers from FIPS 180-4's examples (NIST CSRC "SHA256.pdf") and the
// NESSIE test vectors.
describe("calculateSha256Hex", () => {
  it("matches the published vectors", () => {
    expect(calculateSha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(calculateSha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(calculateSha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(calculateSha256Hex("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("hashes strings as UTF-8 and byte arrays as given", () => {
    expect(calculateSha256Hex("héllo 🐳")).toBe(createHash("sha256").update("héllo 🐳", "utf8").digest("hex"));
    expect(calculateSha256Hex(new Uint8Array([0, 255, 128]))).toBe(createHash("sha256").update(Buffer.from([0, 255, 128])).digest("hex"));
  });

  it("agrees with node:crypto on every padding boundary and random input", () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(calculateSha256Hex(bytes)).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => calculateSha256Hex(s) === createHash("sha256").update(s, "utf8").digest("hex")),
      { numRuns: 1000 },
    );
  });

  it("hashes several MB per second", () => {
    const bytes = new Uint8Array(8 * 1024 * 1024).map((_, i) => i & 0xff);
    const start = performance.now();
    calculateSha256Hex(bytes);
    const seconds = (performance.now() - start) / 1000;
    const mbPerSecond = 8 / seconds;
    console.log(`sha256: ${mbPerSecond.toFixed(0)} MB/s`);
    expect(mbPerSecond).toBeGreaterThan(5);
  });
});
