import type { PgpKey } from "../downloads-catalog";

/**
 * The keys that sign the apt/apk repositories of repos/ (nginx.org's three
 * signing keys, https://nginx.org/en/linux_packages.html; the PostgreSQL
 * Debian Repository key is in the downloads catalog), as keyservers serve them.
 * Simplification: creation dates and algorithms of the two 2024 nginx keys are approximate.
 */
export const REPOSITORY_KEYS: readonly PgpKey[] = [
  { fingerprint: "573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62", uid: "nginx signing key <signing-key@nginx.com>", created: "2011-08-19", algo: "rsa2048" },
  { fingerprint: "8540A6F18833A80E9C1653A42FD21310B49F6B46", uid: "nginx signing key <signing-key-2@nginx.com>", created: "2024-05-29", algo: "rsa4096" },
  { fingerprint: "9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3", uid: "nginx signing key <signing-key-3@nginx.com>", created: "2024-05-29", algo: "rsa4096" },
];
