import type { Download, PgpKey } from "../downloads-catalog";
import { sourceTarball, type SourceDistribution } from "./source";

/**
 * Node.js and Yarn classic release files as nodejs/docker-node fetches them:
 * the linux-x64 binary tarball (sha256 from nodejs.org/dist/v24.19.0/SHASUMS256.txt),
 * the clearsigned SHASUMS256.txt.asc that lists it, the yarn tarball and its
 * detached signature, and the release keys (github.com/nodejs/node#release-keys,
 * yarnpkg.com's packaging key).
 * Simplification: tarball sizes approximate; the trees hold the layout and the
 * files later steps read (node_version.h, npm's package.json, the openssl arch
 * directories), with bin/npm, bin/npx and bin/corepack as launchers rather than
 * symlinks; the bundled npm version and which releaser signed are approximate.
 */

const NODE = "24.19.0";
const NPM = "11.6.2";
const NODE_SHA256 = "14b342e71204f811bde6153be8e04b62aef63c236fef92b55f9c83154b409647";
const SIGNER = "C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C";

/** The node-vX-linux-x64 tree (node's tools/install.py layout). */
function nodeTree(): SourceDistribution {
  const files: Record<string, string | number> = {
    "bin/node": 120_000_000,
    "bin/npm": "#!/usr/bin/env node\n",
    "bin/npx": "#!/usr/bin/env node\n",
    "bin/corepack": "#!/usr/bin/env node\n",
    "include/node/node_version.h": `#define NODE_MAJOR_VERSION 24\n#define NODE_VERSION_STRING "${NODE}"\n`,
    "include/node/node.h": 62_000,
    "lib/node_modules/npm/package.json": `{\n  "name": "npm",\n  "version": "${NPM}"\n}\n`,
    "lib/node_modules/npm/bin/npm-cli.js": "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n",
    "lib/node_modules/npm/bin/npx-cli.js": "#!/usr/bin/env node\n",
    "lib/node_modules/corepack/dist/corepack.js": "#!/usr/bin/env node\n",
    "share/doc/node/gdbinit": 2_400,
    "share/man/man1/node.1": 26_000,
    "CHANGELOG.md": 360_000,
    "LICENSE": 118_000,
    "README.md": 38_000,
  };
  for (const arch of ["linux-x86_64", "linux-aarch64", "linux-ppc64le", "linux-s390x", "darwin64-x86_64-cc", "VC-WIN64A"]) files[`include/node/openssl/archs/${arch}/asm/include/openssl/opensslconf.h`] = 5_600;
  return { root: `node-v${NODE}-linux-x64`, released: "2025-11-25T12:00:00Z", files, executables: ["bin/node", "bin/npm", "bin/npx", "bin/corepack", "lib/node_modules/npm/bin/npm-cli.js", "lib/node_modules/npm/bin/npx-cli.js", "lib/node_modules/corepack/dist/corepack.js"], programs: {} };
}

/** yarn-v1.22.22's tree (bin/ launchers, lib/cli.js, package.json). */
function yarnTree(): SourceDistribution {
  return { root: "yarn-v1.22.22", released: "2024-03-08T12:00:00Z", files: { "bin/yarn": "#!/bin/sh\n", "bin/yarnpkg": "#!/bin/sh\n", "bin/yarn.js": "#!/usr/bin/env node\n", "lib/cli.js": 5_300_000, "package.json": '{\n  "name": "yarn",\n  "version": "1.22.22"\n}\n', LICENSE: 1_300 }, executables: ["bin/yarn", "bin/yarnpkg", "bin/yarn.js"], programs: {} };
}

const SHASUMS = `${NODE_SHA256}  node-v${NODE}-linux-x64.tar.xz\n`;

/** The clearsigned SHASUMS256.txt.asc (RFC 4880 §7): the digest lines, then a stand-in signature naming its key. */
export const NODE_SHASUMS_ASC = `-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n${SHASUMS}-----BEGIN PGP SIGNATURE-----\n\nstand-in: signature by ${SIGNER}\n-----END PGP SIGNATURE-----\n`;

export const NODE_DOWNLOADS: readonly Download[] = [
  sourceTarball(`nodejs.org/dist/v${NODE}/node-v${NODE}-linux-x64.tar.xz`, 30_154_000, NODE_SHA256, nodeTree()),
  { location: `nodejs.org/dist/v${NODE}/SHASUMS256.txt.asc`, size: NODE_SHASUMS_ASC.length, body: NODE_SHASUMS_ASC, signature: { key: SIGNER, signs: "", made: "Tue Nov 25 12:00:00 2025" } },
  sourceTarball("yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz", 1_240_000, "", yarnTree()),
  { location: "yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz.asc", size: 1_029, body: "-----BEGIN PGP SIGNATURE-----\n\nstand-in: signature by 6A010C5166006599AA17F08146C2130DFD2497F5 over https://yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz\n-----END PGP SIGNATURE-----\n", signature: { key: "6A010C5166006599AA17F08146C2130DFD2497F5", signs: "yarnpkg.com/downloads/1.22.22/yarn-v1.22.22.tar.gz", made: "Fri Mar  8 11:40:53 2024" } },
];

/** Node.js releasers' keys and Yarn's packaging key. Simplification: creation dates and algorithms approximate. */
export const NODE_KEYS: readonly PgpKey[] = [
  ["5BE8A3F6C8A5C01D106C0AD820B1A390B168D356", "Antoine du Hamel <duhamelantoine1995@gmail.com>", "2019-12-21", "rsa4096"],
  ["DD792F5973C6DE52C432CBDAC77ABFA00DDBF2B7", "Juan José Arboleda <soyjuanarbol@gmail.com>", "2023-01-18", "rsa4096"],
  ["CC68F5A3106FF448322E48ED27F5E38D5B0A215F", "Marco Ippolito <marcoippolito54@gmail.com>", "2024-01-30", "rsa4096"],
  ["8FCCA13FEF1D0C2E91008E09770F7A9A5AE15600", "Michaël Zasso (Targos) <targos@protonmail.com>", "2016-10-06", "rsa4096"],
  ["890C08DB8579162FEE0DF9DB8BEAB4DFCF555EF4", "RafaelGSS <rafael.nunu@hotmail.com>", "2022-05-19", "rsa4096"],
  ["C82FA3AE1CBEDC6BE46B9360C43CEC45C17AB93C", "Richard Lau <rlau@redhat.com>", "2019-08-27", "rsa4096"],
  ["108F52B48DB57BB0CC439B2997B01419BD92F80A", "Ruy Adorno <ruyadorno@hotmail.com>", "2021-06-23", "rsa4096"],
  ["A363A499291CBBC940DD62E41F10027AF002F8B0", "Ulises Gascón <ulisesgascongonzalez@gmail.com>", "2023-09-11", "rsa4096"],
  ["655F3B5C1FB3FA8D1A0CA6BDE4A7D232B936D2FD", "Stewart X Addison <sxa@ibm.com>", "2025-06-01", "ed25519"],
  ["6A010C5166006599AA17F08146C2130DFD2497F5", "Yarn Packaging <yarn@dan.cx>", "2016-10-05", "rsa4096"],
].map(([fingerprint, uid, created, algo]) => ({ fingerprint, uid, created, algo }) as PgpKey);
