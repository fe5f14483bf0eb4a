/**
 * Application layers: nginx (nginxinc/docker-nginx: /etc/nginx, the
 * "Welcome to nginx!" page, /docker-entrypoint.sh + .d scripts), httpd
 * (docker-library/httpd: htdocs "It works!"), postgres, redis, mysql, mongo
 * (docker-library entrypoints), registry (distribution-library-image
 * config.yml), hello-world (/hello), kuard (/kuard), gosu, Temurin's entrypoint.
 */
import type { LayerContent } from "../catalog/shape";
import { getDistro, writeAccounts } from "./distro";
import { NGINX_DEFAULT_CONF_MD5_PLACEHOLDER, NGINX_SCRIPT_TEXT, POSTGRES_ENTRYPOINT, REDIS_ENTRYPOINT } from "./app-scripts";
import { ELF, EntryMap } from "./entries";

/** nginx's stock index.html (nginx/nginx: docs/html/index.html). */
export const NGINX_INDEX = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** The packaged /etc/nginx/conf.d/default.conf (nginx.org's packaging): port 80 only; the entrypoint's 10-listen-on-ipv6-by-default.sh adds `[::]:80`. */
export const NGINX_DEFAULT_CONF = `server {
    listen       80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

/** md5 of NGINX_DEFAULT_CONF, as dpkg's Conffiles record for the nginx package holds it. */
export const NGINX_DEFAULT_CONF_MD5 = "6d5c67b102ff1a8f8d8d9bb9bea891a9";

const NGINX_CONF = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`;

/** distribution-library-image's /etc/docker/registry/config.yml. */
const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

const NODE_ENTRYPOINT = `#!/bin/sh
set -e

# Run command with node if the first argument contains a "-" or is not a system command. The last
# part inside the "{}" is a workaround for the following bug in ash/dash:
# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264
if [ "\${1#-}" != "\${1}" ] || [ -z "$(command -v "\${1}")" ] || { [ -f "\${1}" ] && ! [ -x "\${1}" ]; }; then
  set -- node "$@"
fi

exec "$@"
`;

const script = (name: string) => `#!/bin/sh\n# ${name}\nset -e\nexec "$@"\n`;

/**
 * The compiler `nginx -V` and the start-up notice name per base (nginx.org's
 * bookworm packages; Alpine's gcc of each release).
 */
const NGINX_COMPILERS: Record<string, string> = {
  "debian-bookworm-slim": "gcc 12.2.0 (Debian 12.2.0-14)",
  "alpine-3.21": "gcc 14.2.0 (Alpine 14.2.0)",
  "alpine-3.19": "gcc 13.2.1 20231014 (Alpine 13.2.1_git20231014)",
  "alpine-3.18": "gcc 12.2.1 20220924 (Alpine 12.2.1_git20220924-r10)",
};

/** The common part of nginx's conf/mime.types (nginx/nginx: conf/mime.types). */
const NGINX_MIME_TYPES = `
types {
    text/html                                        html htm shtml;
    text/css                                         css;
    text/xml                                         xml;
    image/gif                                        gif;
    image/jpeg                                       jpeg jpg;
    application/javascript                           js;
    text/plain                                       txt;
    image/png                                        png;
    image/svg+xml                                    svg svgz;
    image/webp                                       webp;
    image/x-icon                                     ico;
    font/woff                                        woff;
    font/woff2                                       woff2;
    application/json                                 json;
    application/pdf                                  pdf;
    application/zip                                  zip;
    application/wasm                                 wasm;
    audio/mpeg                                       mp3;
    video/mp4                                        mp4;
}
`;

function nginx(map: EntryMap, version: string, alpine: boolean, distro: string): string {
  map.exe(["/usr/sbin/nginx", "/usr/sbin/nginx-debug"], `${ELF}\0version: nginx/${version}\0compiler: ${NGINX_COMPILERS[distro] ?? NGINX_COMPILERS["debian-bookworm-slim"]}\0`);
  if (!alpine) map.exe(["/usr/bin/envsubst"]);
  map.file("/etc/nginx/nginx.conf", NGINX_CONF).file("/etc/nginx/conf.d/default.conf", NGINX_DEFAULT_CONF).file("/etc/nginx/mime.types", NGINX_MIME_TYPES);
  map.file("/usr/share/nginx/html/index.html", NGINX_INDEX).file("/usr/share/nginx/html/50x.html", "<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n");
  map.dir("/var/cache/nginx").link("/var/log/nginx/access.log", "/dev/stdout").link("/var/log/nginx/error.log", "/dev/stderr").link("/etc/nginx/modules", "/usr/lib/nginx/modules");
  map.dir("/docker-entrypoint.d");
  return `nginx-${version}`;
}

/** One application layer (`content.version` selects the step for apps with several layers). */
export function buildApp(content: Extract<LayerContent, { kind: "app" }>, total: number, mtime: number): EntryMap {
  const map = new EntryMap(mtime);
  const d = getDistro(content.distro);
  const alpine = d.family === "alpine";
  const v = content.version;
  switch (content.app) {
    case "hello": return map.ballast(total, [["/hello", 1, 0o755]]);
    case "kuard": return map.exe(["/kuard"], `${ELF}\0version: v0.10.0-${v}\0`).ballast(total, [["/kuard", 1, 0o755]]);
    case "gosu": return map.ballast(total, [["/usr/local/bin/gosu", 1]]);
    case "registry":
      map.file("/etc/docker/registry/config.yml", REGISTRY_CONFIG).file("/entrypoint.sh", '#!/bin/sh\n\nset -e\n\ncase "$1" in\n    *.yaml|*.yml) set -- registry serve "$@" ;;\n    serve|garbage-collect|help|-*) set -- registry "$@" ;;\nesac\n\nexec "$@"\n', 0o755);
      return map.ballast(total, [["/bin/registry", 1]]);
    case "node-entrypoint": return map.file("/usr/local/bin/docker-entrypoint.sh", NODE_ENTRYPOINT, 0o755);
    case "temurin-entrypoint": return map.file("/__cacert_entrypoint.sh", script("__cacert_entrypoint.sh"), 0o755).ballast(total, [["/usr/local/share/ca-certificates/.keep", 1]]);
    case "nginx-entrypoint":
    {
      const text = (NGINX_SCRIPT_TEXT[v] ?? script(v)).replace(NGINX_DEFAULT_CONF_MD5_PLACEHOLDER, NGINX_DEFAULT_CONF_MD5);
      return v === "docker-entrypoint.sh" ? map.file("/docker-entrypoint.sh", text, 0o755).ballast(total, [["/docker-entrypoint.sh", 1]]) : map.file(`/docker-entrypoint.d/${v}`, text, 0o755).ballast(total, [[`/docker-entrypoint.d/${v}`, 1]]);
    }
    case "nginx":
      writeAccounts(map, d, ["nginx"]);
      nginx(map, v, alpine, content.distro);
      return map.ballast(total, [["/usr/lib/nginx/modules/ngx_http_js_module.so", 0.05], [alpine ? "/usr/lib/libcrypto.so.3" : "/usr/lib/x86_64-linux-gnu/libperl.so.5.36", 1]]);
    case "getting-started":
      map.file("/usr/share/nginx/html/index.html", "<!doctype html>\n<html lang=\"en\">\n<head><title>Getting Started</title></head>\n");
      return map.ballast(total, [["/usr/share/nginx/html/assets/javascripts/bundle.js", 1]]);
    case "httpd": {
      const prefix = "/usr/local/apache2";
      if (v === "workdir") return map.dir(prefix);
      if (v === "foreground") return map.file("/usr/local/bin/httpd-foreground", "#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND \"$@\"\n", 0o755);
      map.exe([`${prefix}/bin/httpd`, `${prefix}/bin/apachectl`, `${prefix}/bin/htpasswd`, `${prefix}/bin/ab`]).dir(`${prefix}/logs`);
      map.file(`${prefix}/htdocs/index.html`, "<html><body><h1>It works!</h1></body></html>\n").file(`${prefix}/conf/httpd.conf`, 'ServerRoot "/usr/local/apache2"\nListen 80\nUser www-data\nGroup www-data\nDocumentRoot "/usr/local/apache2/htdocs"\n');
      return map.ballast(total, [[`${prefix}/modules/libphp.so`, 0.1], [`${prefix}/modules/mod_ssl.so`, 1]]);
    }
    case "postgres": {
      if (v.endsWith("-entrypoint")) return map.file("/usr/local/bin/docker-entrypoint.sh", POSTGRES_ENTRYPOINT, 0o755).link("/usr/local/bin/docker-ensure-initdb.sh", "docker-entrypoint.sh").ballast(total, [["/usr/local/bin/docker-entrypoint.sh", 1]]);
      const major = v.split(".")[0] ?? v;
      const bin = alpine ? "/usr/local/bin" : `/usr/lib/postgresql/${major}/bin`;
      map.exe(["postgres", "initdb", "pg_ctl", "pg_dump", "pg_isready"].map((n) => `${bin}/${n}`)).exe(alpine ? ["/usr/local/bin/psql"] : ["/usr/bin/psql"]);
      const uid = alpine ? 70 : 999;
      map.dir("/docker-entrypoint-initdb.d").dir("/var/lib/postgresql", 0o755, uid, uid).dir("/var/lib/postgresql/data", 0o1777, uid, uid).dir("/run/postgresql", 0o3777, uid, uid);
      return map.ballast(total, [[alpine ? "/usr/local/lib/libpq.so.5" : `/usr/lib/postgresql/${major}/lib/llvmjit.so`, 0.2], [alpine ? "/usr/local/share/postgresql/postgres.bki" : "/usr/lib/x86_64-linux-gnu/libLLVM-14.so.1", 1]]);
    }
    case "redis":
      if (v === "data") return map.dir("/data", 0o755, 999, alpine ? 1000 : 999);
      if (v === "entrypoint") return map.file("/usr/local/bin/docker-entrypoint.sh", REDIS_ENTRYPOINT, 0o755).ballast(total, [["/usr/local/bin/docker-entrypoint.sh", 1]]);
      for (const n of ["redis-check-aof", "redis-check-rdb", "redis-sentinel"]) map.link(`/usr/local/bin/${n}`, "redis-server");
      map.exe(["/usr/local/bin/redis-cli", "/usr/local/bin/redis-benchmark"]);
      return map.ballast(total, [["/usr/local/bin/redis-server", 1]]);
    case "mysql":
      if (v === "entrypoint") return map.file("/usr/local/bin/docker-entrypoint.sh", script("mysql docker-entrypoint.sh"), 0o755).ballast(total, [["/usr/local/bin/docker-entrypoint.sh", 1]]);
      map.exe(["/usr/bin/mysql", "/usr/bin/mysqladmin", "/usr/bin/mysqldump", "/usr/bin/mysqlsh"]).dir("/var/lib/mysql", 0o710, 999, 999).dir("/run/mysqld", 0o1777, 999, 999);
      return map.ballast(total, [["/usr/sbin/mysqld", 0.3], ["/usr/lib64/mysql/plugin/component_keyring_file.so", 1]]);
    case "mongo":
      if (v === "dirs") return map.dir("/data/db", 0o755, 999, 999).dir("/data/configdb", 0o755, 999, 999).dir("/docker-entrypoint-initdb.d");
      if (v === "entrypoint") return map.file("/usr/local/bin/docker-entrypoint.sh", script("mongo docker-entrypoint.sh"), 0o755).ballast(total, [["/usr/local/bin/docker-entrypoint.sh", 1]]);
      map.exe(["/usr/bin/mongos", "/usr/bin/mongosh"]);
      return map.ballast(total, [["/usr/bin/mongod", 0.7], ["/usr/bin/mongosh-bundle", 1]]);
  }
}
