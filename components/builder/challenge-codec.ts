import { z } from "zod";
import { CHECKS_SCHEMA, type Check } from "@/simulator";
import { FRONTMATTER_SCHEMA } from "@/lessons/schema";

/**
 * Share links for builder-made challenges (issue 6 §7, like Learn Git
 * Branching's level builder): the exercise as JSON, deflated
 * (CompressionStream "deflate-raw", in Chromium and Node ≥ 18) and written
 * in base64url after a versioned prefix, carried in the URL fragment so the
 * static site decodes it in the browser. Decoding validates the data with the
 * lessons' own zod schemas (frontmatter fields and the check vocabulary): a
 * shared exercise is data only and can never run code.
 */

/** The version prefix of a share-link payload (`#c1.<base64url>`). */
export const LINK_PREFIX = "c1.";

/** Longest payload accepted (characters after the prefix): browsers and chat tools cope with URLs of this size. */
export const MAX_LINK_CHARS = 16_000;

/** Largest exercise JSON accepted after inflating, so a crafted link cannot inflate into a huge document. */
export const MAX_JSON_BYTES = 256_000;

const FILE_PATH = z
  .string()
  .regex(/^(\/[A-Za-z0-9._-]+)+$/, "a workspace path such as /app/Dockerfile")
  .refine((p) => !p.split("/").some((part) => part === "." || part === ".."), "no . or .. in a path");

const COMMAND = z.string().min(1).max(500).refine((s) => !s.includes("\n"), "one command per line");

/** A shared challenge: the fields an instructor edits in the builder. */
export const SHARED_CHALLENGE_SCHEMA = z.strictObject({
  title: FRONTMATTER_SCHEMA.shape.title,
  summary: FRONTMATTER_SCHEMA.shape.summary,
  /** The challenge text, markdown. */
  text: z.string().max(20_000),
  /** Starting workspace: absolute path → content. */
  files: z.record(FILE_PATH, z.string().max(100_000)).refine((f) => Object.keys(f).length <= 50, "at most 50 files"),
  /** Commands replayed before the learner starts. */
  setup: z.array(COMMAND).max(50),
  checks: CHECKS_SCHEMA.refine((c) => c.length >= 1 && c.length <= 30, "between 1 and 30 checks"),
  /** The instructor's own solution (optional; shown nowhere yet, kept for editing). */
  solution: z.array(COMMAND).max(50).optional(),
});

/** A shared challenge as data. */
export interface SharedChallenge {
  title: string;
  summary: string;
  text: string;
  files: Record<string, string>;
  setup: string[];
  checks: Check[];
  solution?: string[];
}

/** What decoding a link gives: the challenge, or a sentence saying why it cannot be opened. */
export type DecodeResult = { ok: true; challenge: SharedChallenge } | { ok: false; error: string };

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  void writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Bytes → base64url without padding (RFC 4648 §5). */
export function formatBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** base64url (RFC 4648 §5, padding optional) → bytes, or undefined when it is not base64url. */
export function parseBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Validates a challenge as data: the first problem as a sentence, with where it is. */
export function parseSharedChallenge(data: unknown): DecodeResult {
  const parsed = SHARED_CHALLENGE_SCHEMA.safeParse(data);
  if (parsed.success) {
    const c = parsed.data;
    return { ok: true, challenge: { title: c.title, summary: c.summary, text: c.text, files: c.files, setup: c.setup, checks: c.checks, ...(c.solution ? { solution: c.solution } : {}) } };
  }
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
  return { ok: false, error: `This challenge link is not a valid challenge (${where}${issue?.message ?? "invalid data"}).` };
}

/** Encodes a challenge as a share-link payload (`c1.…`), or an error when it is invalid or too big for a link. */
export async function formatChallengeLink(challenge: SharedChallenge): Promise<{ ok: true; payload: string } | { ok: false; error: string }> {
  const valid = parseSharedChallenge(challenge);
  if (!valid.ok) return { ok: false, error: valid.error.replace("This challenge link is not a valid challenge", "The challenge is not complete yet") };
  const json = new TextEncoder().encode(JSON.stringify(valid.challenge));
  if (json.length > MAX_JSON_BYTES) return { ok: false, error: `The challenge is too big to share (${json.length} bytes of data; at most ${MAX_JSON_BYTES}).` };
  const deflated = await pipe(json, new CompressionStream("deflate-raw"), Number.POSITIVE_INFINITY);
  const payload = LINK_PREFIX + formatBase64Url(deflated ?? new Uint8Array());
  if (payload.length - LINK_PREFIX.length > MAX_LINK_CHARS) {
    return { ok: false, error: `The challenge is too big for a link (${payload.length - LINK_PREFIX.length} characters compressed; at most ${MAX_LINK_CHARS}). Shorten the text or the files.` };
  }
  return { ok: true, payload };
}

/** Decodes a share-link payload (the URL fragment, with or without `#`); never throws. */
export async function parseChallengeLink(fragment: string): Promise<DecodeResult> {
  const payload = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (payload === "") return { ok: false, error: "This link holds no challenge. Make one in the challenge builder." };
  if (!payload.startsWith(LINK_PREFIX)) return { ok: false, error: "This link is not a Dockyard challenge link (it should start with #c1.)." };
  const body = payload.slice(LINK_PREFIX.length);
  if (body.length > MAX_LINK_CHARS) return { ok: false, error: `This challenge link is too long (${body.length} characters; at most ${MAX_LINK_CHARS}).` };
  const bytes = parseBase64Url(body);
  if (!bytes) return { ok: false, error: "This challenge link is damaged: it has characters a link never holds. Was it cut short or edited?" };
  let json: Uint8Array | undefined;
  try {
    json = await pipe(bytes, new DecompressionStream("deflate-raw"), MAX_JSON_BYTES);
  } catch {
    return { ok: false, error: "This challenge link is damaged: it does not decompress. Was it cut short or edited?" };
  }
  if (!json) return { ok: false, error: `This challenge link inflates to more than ${MAX_JSON_BYTES} bytes; it is not one the builder made.` };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch {
    return { ok: false, error: "This challenge link is damaged: its data is not readable. Was it cut short or edited?" };
  }
  return parseSharedChallenge(data);
}

/** A short stable name for a link's payload (FNV-1a, two 32-bit lanes), for scoping saved progress. */
export function calculateLinkHash(payload: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < payload.length; i++) {
    const c = payload.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0");
}
