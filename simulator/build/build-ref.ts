import type { IdSource } from "../core/ids";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A BuildKit identity: 25 lower-case alphanumerics (moby/buildkit: identity/randomid.go NewID, base36 of 128 random bits). */
export function calculateBuildRef(ids: IdSource): string {
  let out = "";
  for (let i = 0; i < 25; i++) out += ALPHABET[ids.int(ALPHABET.length)];
  return out;
}
