import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateLinkHash, formatChallengeLink, LINK_PREFIX, MAX_LINK_CHARS, parseBase64Url, parseChallengeLink, formatBase64Url, type SharedChallenge } from "./challenge-codec";

const NGINX: SharedChallenge = {
  title: "Serve nginx on 8080",
  summary: "Run an nginx container named web that answers on port 8080.",
  text: "# Serve nginx\n\nRun **nginx** as `web` on 8080.",
  files: { "/notes.txt": "hi\n" },
  setup: ["docker pull nginx"],
  checks: [{ id: "web-running", title: "web is running", kind: "container-running", name: "web" }],
};

async function encode(c: SharedChallenge): Promise<string> {
  const r = await formatChallengeLink(c);
  if (!r.ok) throw new Error(r.error);
  return r.payload;
}

describe("challenge link codec", () => {
  it("round-trips a challenge through a c1. payload", async () => {
    const payload = await encode(NGINX);
    expect(payload.startsWith(LINK_PREFIX)).toBe(true);
    expect(payload).toMatch(/^c1\.[A-Za-z0-9_-]+$/);
    expect(await parseChallengeLink(`#${payload}`)).toEqual({ ok: true, challenge: NGINX });
  });

  it("refuses to encode an invalid challenge, naming the field", async () => {
    const r = await formatChallengeLink({ ...NGINX, checks: [{ id: "x", title: "x", kind: "container-running", port: 3 }] });
    expect(r).toEqual({ ok: false, error: expect.stringContaining("checks.0") });
    expect(await formatChallengeLink({ ...NGINX, checks: [] })).toMatchObject({ ok: false });
  });

  it("refuses a challenge too big for a link", async () => {
    let noise = "";
    let x = 1;
    for (let i = 0; i < 60_000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      noise += String.fromCharCode(33 + (x >>> 16) % 90);
    }
    const r = await formatChallengeLink({ ...NGINX, files: { "/big.txt": noise } });
    expect(r).toEqual({ ok: false, error: expect.stringContaining(`at most ${MAX_LINK_CHARS}`) });
  });

  it("explains empty, foreign, damaged and tampered links", async () => {
    expect(await parseChallengeLink("")).toMatchObject({ ok: false, error: expect.stringContaining("no challenge") });
    expect(await parseChallengeLink("#x1.abc")).toMatchObject({ ok: false, error: expect.stringContaining("not a Dockyard challenge link") });
    expect(await parseChallengeLink("#c1.@@@")).toMatchObject({ ok: false, error: expect.stringContaining("damaged") });
    const payload = await encode(NGINX);
    expect(await parseChallengeLink(payload.slice(0, payload.length - 6))).toMatchObject({ ok: false });
    // Valid compression, but data that runs code or names an unknown check is refused as data.
    const evil = LINK_PREFIX + formatBase64Url(new Uint8Array(await new Response(new Blob([JSON.stringify({ ...NGINX, checks: [{ id: "a", title: "a", kind: "eval", code: "alert(1)" }] })]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer()));
    expect(await parseChallengeLink(evil)).toMatchObject({ ok: false, error: expect.stringContaining('unknown check kind "eval"') });
    const extra = LINK_PREFIX + formatBase64Url(new Uint8Array(await new Response(new Blob([JSON.stringify({ ...NGINX, script: "rm -rf /" })]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer()));
    expect(await parseChallengeLink(extra)).toMatchObject({ ok: false });
  });

  it("refuses a payload that inflates past the limit (a zip bomb)", async () => {
    const bomb = new Uint8Array(2_000_000).fill(32);
    const body = formatBase64Url(new Uint8Array(await new Response(new Blob([bomb]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer()));
    expect(body.length).toBeLessThan(MAX_LINK_CHARS);
    expect(await parseChallengeLink(LINK_PREFIX + body)).toMatchObject({ ok: false, error: expect.stringContaining("inflates") });
  });

  it("property: base64url round-trips any bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(parseBase64Url(formatBase64Url(bytes))).toEqual(bytes);
    }));
  });

  it("property: any challenge the schema accepts round-trips", async () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 3, maxLength: 80 }),
        fc.string({ minLength: 10, maxLength: 240 }),
        fc.string({ maxLength: 400 }),
        fc.dictionary(word.map((w) => `/${w}`), fc.string({ maxLength: 100 }), { maxKeys: 4 }),
        fc.array(fc.stringMatching(/^[a-z][a-z0-9 .:-]{0,30}$/), { maxLength: 4 }),
        word,
        async (title, summary, text, files, setup, name) => {
          const challenge: SharedChallenge = { title, summary, text, files, setup, checks: [{ id: "c", title: "t", kind: "container-running", name }] };
          const payload = await encode(challenge);
          expect(await parseChallengeLink(payload)).toEqual({ ok: true, challenge });
        },
      ),
      { numRuns: 60 },
    );
  });

  it("property: garbage and mutated links give an error, never a throw", async () => {
    const good = await encode(NGINX);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ maxLength: 200 }).map((s) => LINK_PREFIX + s),
          fc.tuple(fc.nat(good.length - 1), fc.constantFrom(..."ABCxyz019-_")).map(([i, ch]) => good.slice(0, i) + ch + good.slice(i + 1)),
          fc.nat(good.length).map((n) => good.slice(0, n)),
        ),
        async (link) => {
          const r = await parseChallengeLink(link);
          if (r.ok) expect(r.challenge.checks.length).toBeGreaterThan(0);
          else expect(r.error).toMatch(/link|challenge/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hashes payloads to stable 16-hex names", () => {
    expect(calculateLinkHash("c1.abc")).toMatch(/^[0-9a-f]{16}$/);
    expect(calculateLinkHash("c1.abc")).toBe(calculateLinkHash("c1.abc"));
    expect(calculateLinkHash("c1.abc")).not.toBe(calculateLinkHash("c1.abd"));
  });
});
