import { calculateSha256Hex } from "../../core/sha256";
import { runChecksum } from "./lib/checksum";
import type { PosixCommandContext } from "./types";

/**
 * `sha256sum [-c] [FILE]...` (GNU coreutils 9.1 src/digest.c; BusyBox
 * coreutils/md5_sha1_sum.c): "HASH  NAME" lines, or `-c` checks such lines
 * ("NAME: OK" / "NAME: FAILED", a WARNING and status 1 on mismatch), as
 * `echo "$SHA  file.tgz" | sha256sum -c -` in Dockerfiles.
 * Simplification: a file whose size is declared (a package's library) hashes
 * its stand-in contents.
 */
export function runSha256sum(ctx: PosixCommandContext): number {
  return runChecksum(ctx, { tag: "SHA256", hexLength: 64, hash: calculateSha256Hex });
}
