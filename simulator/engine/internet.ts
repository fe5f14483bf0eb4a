import type { ContainerNetwork, NetworkResponse } from "../shell/commands/network";
import { parseUrl } from "../shell/commands/network";
import { DOWNLOAD_HOSTS, DOWNLOADS, PGP_KEYS } from "../shell/packages/downloads-catalog";
import type { Engine } from "./engine";

/** Keyservers gpg's dirmngr reaches (HKP over https: `/pks/lookup?op=get&search=0x<fingerprint>`, draft-shaw-openpgp-hkp). */
const KEYSERVERS = new Set(["keys.openpgp.org", "keyserver.ubuntu.com", "pgp.mit.edu", "keyserver.pgp.com", "ha.pool.sks-keyservers.net"]);

/** The address a host resolves to, for wget's "Connecting to" line (a stable made-up public address per host). */
function addressOf(host: string): string {
  let h = 0;
  for (const c of host) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `${104 + (h % 80)}.${(h >>> 8) % 256}.${(h >>> 16) % 256}.${1 + ((h >>> 24) % 254)}`;
}

/** An HKP lookup answer: the armored key, or 404 "No results found" as Hockeypuck and Hagrid answer. */
function answerKeyserver(host: string, path: string): NetworkResponse {
  const search = /[?&]search=(?:0x)?([0-9A-Fa-f]+)/.exec(path)?.[1]?.toUpperCase() ?? "";
  const key = search.length >= 8 ? [...PGP_KEYS.values()].find((k) => k.fingerprint.endsWith(search)) : undefined;
  if (!/^\/pks\/lookup\b/.test(path) || !key) return { kind: "response", status: 404, headers: { "Content-Type": "text/plain" }, body: "No results found\n", address: addressOf(host) };
  const body = `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nstand-in: ${key.fingerprint} ${key.uid}\n-----END PGP PUBLIC KEY BLOCK-----\n`;
  return { kind: "response", status: 200, headers: { "Content-Type": "application/pgp-keys" }, body, address: addressOf(host) };
}

/**
 * The network a build step (or a container on the default bridge) reaches:
 * the simulated internet. Hosts of the downloads catalog serve their files
 * (404 for other paths, as the real servers answer), the public keyservers
 * answer HKP key lookups, and any other name fails to resolve, as it does
 * offline. Simplification: redirects (github.com's release assets go to
 * objects.githubusercontent.com) are served directly.
 */
export function createBuildNetwork(_engine: Engine): ContainerNetwork {
  return {
    request: (url) => {
      const parsed = parseUrl(url);
      if ("error" in parsed) return { kind: "unresolved" };
      const { host } = parsed;
      if (KEYSERVERS.has(host)) return answerKeyserver(host, parsed.path);
      if (!DOWNLOAD_HOSTS.has(host)) return { kind: "unresolved" };
      const file = DOWNLOADS.get(`${host}${parsed.path.replace(/\?.*$/, "")}`);
      if (!file) return { kind: "response", status: 404, headers: { "Content-Type": "text/html" }, body: "Not Found\n", address: addressOf(host) };
      return { kind: "response", status: 200, headers: { "Content-Type": "application/octet-stream" }, body: file.body, size: file.size, address: addressOf(host) };
    },
  };
}
