import type { Download } from "../downloads-catalog";
import { nginxFiles } from "./nginx-debian";

/**
 * An apk repository other than Alpine's mirrors (`apk add -X URL`): where it
 * lives, the key in /etc/apk/keys that signs its APKINDEX, the index's size
 * and its packages (rows as apk-catalog's, files by name as repos/rows.ts').
 */
export interface ApkRepository {
  /** Host and path without scheme and trailing slash ("nginx.org/packages/mainline/alpine/v3.21/main"). */
  uri: string;
  /** The RSA public key file name in /etc/apk/keys that verifies its index. */
  keyName: string;
  indexSize: number;
  rows: readonly string[];
  files: Readonly<Record<string, readonly string[]>>;
}

const V = "1.27.4";

/**
 * nginx.org's mainline repository for Alpine 3.21
 * (https://nginx.org/en/linux_packages.html#Alpine), when 1.27.4-r1 was
 * current, signed with nginx_signing.rsa.pub.
 * Simplification: only the current version of each package; sizes approximate.
 */
export const NGINX_ALPINE: ApkRepository = {
  uri: "nginx.org/packages/mainline/alpine/v3.21/main",
  keyName: "nginx_signing.rsa.pub",
  indexSize: 10900,
  rows: [
    `nginx|${V}-r1|3300000|pcre2|||libpcre2-8.so.0 libssl.so.3 libcrypto.so.3 libz.so.1 libc.musl-x86_64.so.1`,
    `nginx-module-njs|${V}.0.8.9-r1|4100000|nginx libxml2 libxslt|njs`,
    `nginx-module-image-filter|${V}-r1|130000|nginx gd|`,
    `nginx-module-geoip|${V}-r1|110000|nginx geoip|`,
    `nginx-module-xslt|${V}-r1|120000|nginx libxml2 libxslt|`,
  ],
  files: { nginx: nginxFiles(V) },
};

/**
 * The files nginx.org serves beside its repositories: the RSA key apk
 * verifies their indexes with (the SHA-512 nginx's Dockerfiles pin; a
 * stand-in body) and the APKINDEX itself.
 * Simplification: the key's size approximates the real PEM's.
 */
export const NGINX_ALPINE_DOWNLOADS: readonly Download[] = [
  {
    location: "nginx.org/keys/nginx_signing.rsa.pub",
    size: 800,
    sha512: "e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655",
    body: "-----BEGIN PUBLIC KEY-----\nstand-in: nginx signing key (RSA) for apk repositories\n-----END PUBLIC KEY-----\n",
  },
  { location: `${NGINX_ALPINE.uri}/x86_64/APKINDEX.tar.gz`, size: NGINX_ALPINE.indexSize, body: `stand-in: APKINDEX of https://${NGINX_ALPINE.uri}\n` },
];
