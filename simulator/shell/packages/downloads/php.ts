import type { Download, PgpKey } from "../downloads-catalog";

/**
 * PHP source releases as docker-library/php fetches them:
 * www.php.net/distributions/php-8.3.33.tar.xz (sha256 as php.net publishes
 * it and the Dockerfile pins) and its detached .asc signature by one of the
 * 8.3 release managers, whose keys (the Dockerfile's GPG_KEYS, php.net's
 * gpg-keys page) the keyservers serve.
 * Simplification: the tarball is served as a plain file (not yet a source
 * distribution with a tree to configure and build); its size, which
 * release manager signed 8.3.33, the signature time and the keys' creation
 * dates are approximate.
 */

const VERSION = "8.3.33";
const BASE = `www.php.net/distributions/php-${VERSION}.tar.xz`;
/** PHP 8.3 release managers (wiki.php.net/todo/php83): Pierrick Charron (veteran, also 8.2), Jakub Zelenka, Eric Mann (also the veteran of 8.4). */
const PIERRICK = "1198C0117593497A5EC5C199286AF1F9897469DC";
const JAKUB = "C28D937575603EB4ABB725861C0779DC5C0A9DE4";
const ERIC = "AFD8691FDAEDF03BDF6E460563F15A9B715376CA";

/** php-8.3.33.tar.xz and its signature. */
export const PHP_DOWNLOADS: readonly Download[] = [
  { location: BASE, size: 12_630_000, sha256: "e293ed620cec74651bb4a071317892a478aa6840fab22db45c72d77cd42f9676", body: `stand-in for the source tarball https://${BASE} (12630000 bytes)\n` },
  { location: `${BASE}.asc`, size: 833, body: `-----BEGIN PGP SIGNATURE-----\n\nstand-in: signature by ${JAKUB} over https://${BASE}\n-----END PGP SIGNATURE-----\n`, signature: { key: JAKUB, signs: BASE, made: "Thu Jul  2 12:00:00 2026" } },
];

/** The 8.3 release managers' keys. */
export const PHP_KEYS: readonly PgpKey[] = [
  { fingerprint: PIERRICK, uid: "Pierrick Charron <pierrick@php.net>", created: "2022-06-07", algo: "rsa4096" },
  { fingerprint: JAKUB, uid: "Jakub Zelenka <bukka@php.net>", created: "2023-05-12", algo: "rsa4096" },
  { fingerprint: ERIC, uid: "Eric Mann <eric@eamann.com>", created: "2023-05-12", algo: "rsa4096" },
];
