import { runChecksum } from "./lib/checksum";
import { calculateSha512Hex } from "./lib/sha512";
import type { PosixCommandContext } from "./types";

/**
 * `sha512sum [-c] [FILE]...` (GNU coreutils src/digest.c; BusyBox
 * coreutils/md5_sha1_sum.c): as sha256sum, with FIPS 180-4 SHA-512, as
 * `echo "$KEY_SHA512 *key.pub" | sha512sum -c -` in nginx's Dockerfiles.
 */
export function runSha512sum(ctx: PosixCommandContext): number {
  return runChecksum(ctx, { tag: "SHA512", hexLength: 128, hash: calculateSha512Hex });
}
