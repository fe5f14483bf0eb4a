import type { AptRepository } from ".";
import { parseAptRows } from "./rows";

/** nginx.org's default /etc/nginx/nginx.conf (pkg-oss debian/nginx.conf), as the nginx package installs it. */
export const NGINX_CONF = `
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
`.slice(1);

/** The files of nginx.org's nginx package (pkg-oss debian/nginx.install and nginx.dirs), for both its deb and apk builds. */
export function nginxFiles(version: string): string[] {
  return [
    "/etc/nginx/", "/etc/nginx/conf.d/", `/etc/nginx/nginx.conf=${NGINX_CONF.replace(/\n/g, "\\n")}`,
    "/etc/nginx/conf.d/default.conf|1093", "/etc/nginx/mime.types|5349", "/etc/nginx/fastcgi_params|1007", "/etc/nginx/scgi_params|636", "/etc/nginx/uwsgi_params|664",
    "/etc/nginx/modules -> /usr/lib/nginx/modules", "/usr/lib/nginx/modules/", "/usr/sbin/nginx|1486336|755", "/usr/sbin/nginx-debug|1527296|755",
    "/usr/share/nginx/html/index.html|615", "/usr/share/nginx/html/50x.html|497", "/var/cache/nginx/", "/var/log/nginx/", "/etc/logrotate.d/nginx|351",
    `/usr/share/doc/nginx/changelog.gz|${110000 + version.length}`,
  ];
}

const V = "1.27.4";
const R = `${V}-1~bookworm`;

/** A dynamic module's .so files in /usr/lib/nginx/modules (pkg-oss debian/Makefile.module-*). */
const module = (...names: string[]): string[] => names.flatMap((n) => [`/usr/lib/nginx/modules/${n}.so|${n.includes("js") ? 1785000 : 52000}`, `/usr/lib/nginx/modules/${n}-debug.so|${n.includes("js") ? 1850000 : 56000}`]);

// nginx.org/packages/mainline/debian bookworm/nginx amd64, when 1.27.4 was current (Feb 2025); name|version|arch|size|installedKb|depends|recommends|bins.
// Simplification: sizes approximate the published .debs; only the current version of each package is listed.
const ROWS = [
  `nginx|${R}|amd64|1056512|3630|||`,
  `nginx-module-xslt|${R}|amd64|21704|123|nginx libxml2 libxslt1.1||`,
  `nginx-module-geoip|${R}|amd64|20348|115|nginx libgeoip1||`,
  `nginx-module-image-filter|${R}|amd64|23968|131|nginx libgd3||`,
  `nginx-module-njs|${V}+0.8.9-1~bookworm|amd64|791452|3456|nginx libxml2 libxslt1.1||`,
  `nginx-module-perl|${R}|amd64|31148|160|nginx perl||`,
  `nginx-module-otel|${V}+0.1.1-1~bookworm|amd64|1480640|5400|nginx||`,
];

/** nginx.org's mainline repository for Debian 12 (https://nginx.org/en/linux_packages.html), signed by nginx's signing key. */
export const NGINX_DEBIAN: AptRepository = {
  uri: "nginx.org/packages/mainline/debian",
  suite: "bookworm",
  key: "573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62",
  inReleaseSize: 2866,
  components: {
    nginx: {
      size: 45800,
      packages: parseAptRows(ROWS, {
        nginx: nginxFiles(V),
        "nginx-module-xslt": module("ngx_http_xslt_filter_module"),
        "nginx-module-geoip": module("ngx_http_geoip_module", "ngx_stream_geoip_module"),
        "nginx-module-image-filter": module("ngx_http_image_filter_module"),
        "nginx-module-njs": [...module("ngx_http_js_module", "ngx_stream_js_module"), "/usr/bin/njs|1900544|755"],
      }),
    },
  },
};
