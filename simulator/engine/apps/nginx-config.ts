/**
 * nginx's configuration files as the binary reads them (nginx/nginx:
 * src/core/ngx_conf_file.c ngx_conf_parse/ngx_conf_read_token): words,
 * quotes, `;`-terminated directives, `{}` blocks, `#` comments, `include`
 * with globs; and the part of the http module a static site needs: server
 * blocks with their `listen` ports, locations, `root`, `index`,
 * `error_page`, `return` and `proxy_pass`.
 */

/** One directive: its name, arguments, where it was written and its block, if any. */
export interface NginxDirective {
  name: string;
  args: string[];
  file: string;
  line: number;
  block?: NginxDirective[];
}

/** A configuration problem in nginx's words (`unknown directive "x" in /etc/nginx/conf.d/default.conf:3`). */
export interface NginxConfigError {
  error: string;
}

/** Reads a file of the configuration (undefined: no such file). */
export type NginxFileReader = (path: string) => string | undefined;

/** Lists the files a glob names (for `include conf.d/*.conf`), sorted. */
export type NginxGlob = (pattern: string) => string[];

/**
 * Directives nginx 1.27 knows in the modules the official image builds
 * (nginx.org docs, "Alphabetical index of directives"; the subset a
 * learner's config is likely to use). Anything else is `unknown directive`.
 * Simplification: where a directive may appear is not checked.
 */
const KNOWN = new Set([
  "user", "worker_processes", "error_log", "pid", "events", "worker_connections", "use", "multi_accept", "http", "include", "default_type",
  "log_format", "access_log", "sendfile", "tcp_nopush", "tcp_nodelay", "keepalive_timeout", "gzip", "gzip_types", "gzip_min_length", "gzip_vary",
  "server", "listen", "server_name", "location", "root", "alias", "index", "error_page", "return", "rewrite", "try_files", "proxy_pass",
  "proxy_set_header", "proxy_http_version", "proxy_redirect", "proxy_read_timeout", "proxy_buffering", "add_header", "expires", "autoindex",
  "client_max_body_size", "charset", "types", "upstream", "worker_rlimit_nofile", "daemon", "master_process", "load_module", "stream",
  "server_tokens", "absolute_redirect", "port_in_redirect", "resolver", "set", "if", "deny", "allow", "internal", "limit_except", "ssl_certificate",
  "ssl_certificate_key", "ssl_protocols", "ssl_ciphers", "http2", "etag", "map", "stub_status", "fastcgi_pass", "fastcgi_param", "fastcgi_index",
  "uwsgi_pass", "open_file_cache", "server_names_hash_bucket_size", "types_hash_max_size", "large_client_header_buffers", "env",
]);

/** Tokens of one file: words (quotes removed) and the `;`, `{`, `}` punctuation, each with its line. */
function tokenize(text: string): { tokens: { value: string; punct: boolean; line: number }[] } | { open: "quote"; line: number } {
  const tokens: { value: string; punct: boolean; line: number }[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\n") {
      line++;
      i++;
    } else if (c === " " || c === "\t" || c === "\r") i++;
    else if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === ";" || c === "{" || c === "}") {
      tokens.push({ value: c, punct: true, line });
      i++;
    } else if (c === '"' || c === "'") {
      const start = line;
      let value = "";
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        if (text[i] === "\n") line++;
        value += text[i];
        i++;
      }
      if (i >= text.length) return { open: "quote", line: start };
      i++;
      tokens.push({ value, punct: false, line });
    } else {
      let value = "";
      while (i < text.length && !/[\s;{}]/.test(text[i] as string)) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      tokens.push({ value, punct: false, line });
    }
  }
  return { tokens };
}

/**
 * Parses the configuration starting at `file`, following `include`s
 * (relative paths from the prefix /etc/nginx). Errors read as nginx's
 * `[emerg]` messages without the prefix.
 */
export function parseNginxConfig(file: string, read: NginxFileReader, glob: NginxGlob, depth = 0): NginxDirective[] | NginxConfigError {
  const text = read(file);
  if (text === undefined) return { error: `open() "${file}" failed (2: No such file or directory)` };
  const lexed = tokenize(text);
  if ("open" in lexed) return { error: `unexpected end of file, expecting ";" or "}" in ${file}:${lexed.line}` };
  const tokens = lexed.tokens;
  let pos = 0;
  const lastLine = text.split("\n").length;
  const parseBlock = (inBlock: boolean, anyName = false): NginxDirective[] | NginxConfigError => {
    const out: NginxDirective[] = [];
    for (;;) {
      const first = tokens[pos];
      if (!first) return inBlock ? { error: `unexpected end of file, expecting "}" in ${file}:${lastLine}` } : out;
      if (first.punct) {
        pos++;
        if (first.value === "}") return inBlock ? out : { error: `unexpected "}" in ${file}:${first.line}` };
        if (first.value === ";") continue;
        return { error: `unexpected "{" in ${file}:${first.line}` };
      }
      const words: string[] = [];
      let end: (typeof tokens)[number] | undefined;
      while ((end = tokens[pos]) && !end.punct) {
        words.push(end.value);
        pos++;
      }
      if (!end) return { error: `unexpected end of file, expecting ";" or "}" in ${file}:${lastLine}` };
      pos++;
      const [name = "", ...args] = words;
      if (end.value === "}") return { error: `unexpected "}" in ${file}:${end.line}` };
      if (!anyName && !KNOWN.has(name)) return { error: `unknown directive "${name}" in ${file}:${first.line}` };
      if (end.value === "{") {
        const block = parseBlock(true, name === "types" || name === "map" || name === "upstream");
        if ("error" in block) return block;
        out.push({ name, args, file, line: first.line, block });
        continue;
      }
      if (name === "include" && depth < 8) {
        const pattern = args[0]?.startsWith("/") ? args[0] : `/etc/nginx/${args[0] ?? ""}`;
        const files = /[*?[]/.test(pattern) ? glob(pattern) : [pattern];
        for (const f of files) {
          const sub = parseNginxConfig(f, read, glob, depth + 1);
          if ("error" in sub) return sub;
          out.push(...sub);
        }
        continue;
      }
      out.push({ name, args, file, line: first.line });
    }
  };
  return parseBlock(false);
}

/** A location block reduced to what the static server uses. */
export interface NginxLocation {
  match: "=" | "prefix";
  path: string;
  root?: string;
  alias?: string;
  index?: string[];
  return?: string[];
  proxyPass?: string;
  tryFiles?: string[];
}

/** A server block reduced to what the static server uses. */
export interface NginxServer {
  ports: number[];
  serverName: string;
  root?: string;
  index?: string[];
  errorPages: { codes: number[]; uri: string }[];
  locations: NginxLocation[];
  return?: string[];
}

/** The http-level facts a request needs: servers, default root and index, the access log's path. */
export interface NginxSite {
  servers: NginxServer[];
  root: string;
  index: string[];
  accessLog: string;
  workers: string;
  /** File extension → MIME type, from the `types` blocks (mime.types). */
  types: Record<string, string>;
  defaultType: string;
}

const arg = (d: NginxDirective | undefined, i = 0): string | undefined => d?.args[i];
const find = (ds: NginxDirective[] | undefined, name: string): NginxDirective | undefined => ds?.find((d) => d.name === name);

/** The port of a `listen` directive's address (`80`, `[::]:80`, `127.0.0.1:8080`, `80 default_server`). */
function listenPort(value: string): number | undefined {
  const m = /(?:^|:)(\d+)$/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/** The http block's servers and defaults as the static server answers from them (default root: `html` under the prefix). */
export function calculateNginxSite(config: NginxDirective[]): NginxSite {
  const http = find(config, "http")?.block ?? [];
  const toLocation = (d: NginxDirective): NginxLocation => {
    const exact = d.args[0] === "=";
    const b = d.block ?? [];
    return {
      match: exact ? "=" : "prefix",
      path: (exact ? d.args[1] : d.args[0]) ?? "/",
      ...(find(b, "root") ? { root: arg(find(b, "root")) } : {}),
      ...(find(b, "alias") ? { alias: arg(find(b, "alias")) } : {}),
      ...(find(b, "index") ? { index: find(b, "index")?.args } : {}),
      ...(find(b, "return") ? { return: find(b, "return")?.args } : {}),
      ...(find(b, "proxy_pass") ? { proxyPass: arg(find(b, "proxy_pass")) } : {}),
      ...(find(b, "try_files") ? { tryFiles: find(b, "try_files")?.args } : {}),
    };
  };
  const servers = http.filter((d) => d.name === "server").map((s): NginxServer => {
    const b = s.block ?? [];
    const ports = b.filter((d) => d.name === "listen").map((d) => listenPort(d.args[0] ?? "")).filter((p): p is number => p !== undefined);
    return {
      ports: ports.length > 0 ? [...new Set(ports)] : [80],
      serverName: arg(find(b, "server_name")) ?? "",
      ...(find(b, "root") ? { root: arg(find(b, "root")) } : {}),
      ...(find(b, "index") ? { index: find(b, "index")?.args } : {}),
      errorPages: b.filter((d) => d.name === "error_page").map((d) => ({ codes: d.args.slice(0, -1).map(Number).filter((n) => n > 0), uri: d.args[d.args.length - 1] ?? "" })),
      locations: b.filter((d) => d.name === "location").map(toLocation),
      ...(find(b, "return") ? { return: find(b, "return")?.args } : {}),
    };
  });
  const root = arg(find(http, "root")) ?? "html";
  return {
    servers,
    root: root.startsWith("/") ? root : `/etc/nginx/${root}`,
    index: find(http, "index")?.args ?? ["index.html"],
    accessLog: arg(find(http, "access_log")) ?? "/var/log/nginx/access.log",
    workers: arg(find(config, "worker_processes")) ?? "1",
    types: Object.fromEntries(http.filter((d) => d.name === "types").flatMap((t) => (t.block ?? []).flatMap((d) => d.args.map((ext) => [ext, d.name])))),
    defaultType: arg(find(http, "default_type")) ?? "text/plain",
  };
}

/** The location nginx picks for a URI: an exact `=` match, else the longest matching prefix (ngx_http_core_find_location). */
export function calculateNginxLocation(server: NginxServer, uri: string): NginxLocation | undefined {
  const exact = server.locations.find((l) => l.match === "=" && l.path === uri);
  if (exact) return exact;
  return server.locations.filter((l) => l.match === "prefix" && uri.startsWith(l.path)).sort((a, b) => b.path.length - a.path.length)[0];
}
