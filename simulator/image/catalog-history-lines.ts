import { calculateSha256Hex } from "../core/sha256";
import type { CatalogLayer, DistroId } from "./catalog/shape";

/**
 * The CREATED BY text of each kind of catalog layer, after the official
 * images' Dockerfiles (docker-library/<name>, nodejs/docker-node,
 * nginxinc/docker-nginx, adoptium/containers, docker-library/golang),
 * as BuildKit records a RUN / COPY: `RUN /bin/sh -c <script> # buildkit`
 * (moby/buildkit: frontend/dockerfile/dockerfile2llb/convert.go).
 * Simplification: long install scripts are shortened after their opening
 * lines (a table shows only the first 45 characters anyway).
 */

/** What the lines need to know about a layer's neighbours. */
export interface LayerContext {
  /** The next layer's contents, if any (a package layer is worded after what it prepares). */
  next?: CatalogLayer;
  /** The image is built with the legacy builder (`/bin/sh -c #(nop) COPY file:… in …`). */
  classic: boolean;
}

const RM_LISTS = "rm -rf /var/lib/apt/lists/*";

function run(script: string): string {
  return `RUN /bin/sh -c ${script} # buildkit`;
}

function aptInstall(packages: string, set = "set -eux"): string {
  return run(`${set}; apt-get update; apt-get install -y --no-install-recommends ${packages} ; ${RM_LISTS}`);
}

/** `file:<64 hex>`: the legacy builder's name for an ADD/COPY source, after the content it added. */
export function formatLegacyFileRef(layer: CatalogLayer): string {
  return `file:${calculateSha256Hex(`legacy-file:${layer.digest}`)}`;
}

function isAlpine(distro: DistroId): boolean {
  return distro.startsWith("alpine");
}

function packagesLine(layer: CatalogLayer & { content: { kind: "packages" } }, context: LayerContext): string {
  const { distro, set } = layer.content;
  const next = context.next?.content;
  switch (set) {
    case "curl":
      return aptInstall(distro === "debian-bullseye" ? "ca-certificates curl gnupg netbase wget" : "ca-certificates curl gnupg netbase sq wget");
    case "scm":
      return aptInstall("git mercurial openssh-client subversion procps");
    case "build":
      if (next?.kind === "go") return aptInstall("g++ gcc libc6-dev make pkg-config");
      return aptInstall(
        "autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev libyaml-dev make patch unzip xz-utils zlib1g-dev",
        "set -ex",
      );
    case "python-deps":
      return aptInstall("libbluetooth-dev tk-dev uuid-dev");
    case "locale":
      return run(`set -eux; apt-get update; DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl wget fontconfig ca-certificates p11-kit tzdata locales ; echo "en_US.UTF-8 UTF-8" >> /etc/locale.gen; locale-gen en_US.UTF-8; ${RM_LISTS}`);
    case "runtime-deps":
      if (distro === "oraclelinux-9-slim") return run("set -eux; microdnf install -y bzip2 gzip openssl xz zstd findutils ; microdnf clean all");
      if (distro === "ubuntu-22.04") return aptInstall("ca-certificates jq numactl procps");
      if (isAlpine(distro)) {
        if (next?.kind === "python") return run("set -eux; apk add --no-cache ca-certificates tzdata ;");
        if (next?.kind === "app" && next.app === "httpd") return run("set -eux; apk add --no-cache apr apr-util apr-util-ldap ca-certificates perl ;");
        return run("apk add --no-cache ca-certificates");
      }
      if (next?.kind === "app" && next.app === "httpd") return aptInstall("ca-certificates libaprutil1-ldap libldap-common");
      return aptInstall("ca-certificates netbase tzdata");
  }
}

function usersLine(distro: DistroId, users: readonly string[]): string {
  const user = users[0] ?? "app";
  const alpine = isAlpine(distro);
  switch (user) {
    case "postgres":
      return alpine
        ? run("set -eux; addgroup -g 70 -S postgres; adduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; install --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql")
        : run("set -eux; groupadd -r postgres --gid=999; useradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; install --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql");
    case "redis":
      return alpine ? run("set -eux; addgroup -S -g 1000 redis; adduser -S -G redis -u 999 redis") : run("set -eux; groupadd -r -g 999 redis; useradd -r -g redis -u 999 redis");
    case "mysql":
      return run("set -eux; groupadd --system --gid 999 mysql; useradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql");
    case "mongodb":
      return run("set -eux; groupadd --gid 999 --system mongodb; useradd --uid 999 --system --gid mongodb --home-dir /data/db mongodb; mkdir -p /data/db /data/configdb; chown -R mongodb:mongodb /data/db /data/configdb");
    case "www-data":
      return run("set -x && adduser -u 82 -D -S -G www-data www-data");
    case "node":
      return run("groupadd --gid 1000 node && useradd --uid 1000 --gid node --shell /bin/bash --create-home node");
    default:
      return alpine ? run(`addgroup -S ${user} && adduser -S -G ${user} ${user}`) : run(`groupadd -r ${user} && useradd -r -g ${user} ${user}`);
  }
}

function gosuLine(distro: DistroId): string {
  const fetch = `wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; export GNUPGHOME="$(mktemp -d)"; gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; chmod +x /usr/local/bin/gosu; gosu --version; gosu nobody true`;
  if (distro === "oraclelinux-9-slim") {
    return run(`set -eux; arch="$(uname -m)"; case "$arch" in aarch64) gosuArch='arm64' ;; x86_64) gosuArch='amd64' ;; *) echo >&2 "error: unsupported architecture: '$arch'"; exit 1 ;; esac; curl -fL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch"; chmod +x /usr/local/bin/gosu; gosu --version; gosu nobody true`);
  }
  if (isAlpine(distro)) return run(`set -eux; apk add --no-cache --virtual .gosu-deps ca-certificates dpkg gnupg; dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; ${fetch}; apk del --no-network .gosu-deps`);
  return run(`set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends ca-certificates gnupg wget; ${RM_LISTS}; dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; ${fetch}`);
}

function appLine(layer: CatalogLayer & { content: { kind: "app" } }, context: LayerContext): string {
  const { app, version, distro } = layer.content;
  const alpine = isAlpine(distro);
  switch (app) {
    case "hello":
      return "COPY hello / # buildkit";
    case "kuard":
      return `/bin/sh -c #(nop) COPY ${formatLegacyFileRef(layer)} in /kuard `;
    case "nginx":
      return alpine
        ? run(`set -x && addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx && apkArch="$(cat /etc/apk/arch)" && nginxPackages=" nginx=\${NGINX_VERSION}-r\${PKG_RELEASE} nginx-module-xslt=\${NGINX_VERSION}-r\${PKG_RELEASE} nginx-module-geoip=\${NGINX_VERSION}-r\${PKG_RELEASE} nginx-module-image-filter=\${NGINX_VERSION}-r\${PKG_RELEASE} nginx-module-njs=\${NGINX_VERSION}.\${NJS_VERSION}-r\${NJS_RELEASE} " && apk add --no-cache --virtual .checksum-deps openssl`)
        : run(`set -x && groupadd --system --gid 101 nginx && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx && apt-get update && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates && NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3"`);
    case "nginx-entrypoint":
      return version === "docker-entrypoint.sh" ? "COPY docker-entrypoint.sh / # buildkit" : `COPY ${version} /docker-entrypoint.d # buildkit`;
    case "httpd":
      if (version === "workdir") return "WORKDIR /usr/local/apache2";
      if (version === "foreground") return "COPY httpd-foreground /usr/local/bin/ # buildkit";
      return alpine
        ? run("set -eux; apk add --no-cache --virtual .build-deps apr-dev apr-util-dev coreutils dpkg-dev dpkg gcc gnupg libc-dev curl-dev jansson-dev libxml2-dev lua-dev make nghttp2-dev openssl openssl-dev pcre-dev tar zlib-dev brotli-dev")
        : run('set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends bzip2 dirmngr dpkg-dev gcc gnupg libapr1-dev libaprutil1-dev libbrotli-dev libcurl4-openssl-dev libjansson-dev liblua5.2-dev libnghttp2-dev libpcre2-dev libssl-dev libxml2-dev make wget zlib1g-dev');
    case "postgres":
      if (version.endsWith("-entrypoint")) return "COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit";
      return alpine
        ? run('set -eux; wget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; echo "$PG_SHA256 *postgresql.tar.bz2" | sha256sum -c -; mkdir -p /usr/src/postgresql; tar --extract --file postgresql.tar.bz2 --directory /usr/src/postgresql --strip-components 1')
        : run('set -ex; export PYTHONDONTWRITEBYTECODE=1; dpkgArch="$(dpkg --print-architecture)"; aptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR"; case "$dpkgArch" in amd64 | arm64 | ppc64el | s390x) echo "deb $aptRepo" > /etc/apt/sources.list.d/pgdg.list; apt-get update;');
    case "redis":
      if (version === "data") return "WORKDIR /data";
      if (version === "entrypoint") return "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit";
      return alpine
        ? run('set -eux; apk add --no-cache --virtual .build-deps coreutils dpkg-dev dpkg gcc linux-headers make musl-dev openssl-dev wget; wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -;')
        : run('set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends ca-certificates wget dpkg-dev gcc libc6-dev libssl-dev make ; wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; echo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -;');
    case "mysql":
      if (version === "entrypoint") return "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit";
      return run('set -eux; microdnf install -y "mysql-community-server-minimal-$MYSQL_VERSION" "mysql-community-client-$MYSQL_VERSION"; microdnf clean all; grep -F \'socket=/var/lib/mysql/mysql.sock\' /etc/my.cnf; sed -i \'s!^socket=.*!socket=/var/run/mysqld/mysqld.sock!\' /etc/my.cnf;');
    case "mongo":
      if (version === "dirs") return run("mkdir -p /data/db /data/configdb && chown -R mongodb:mongodb /data/db /data/configdb");
      if (version === "entrypoint") return "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit";
      return run('set -x && export DEBIAN_FRONTEND=noninteractive && apt-get update && apt-get install -y ${MONGO_PACKAGE}=$MONGO_VERSION ${MONGO_PACKAGE}-server=$MONGO_VERSION ${MONGO_PACKAGE}-shell=$MONGO_VERSION ${MONGO_PACKAGE}-mongos=$MONGO_VERSION ${MONGO_PACKAGE}-tools=$MONGO_VERSION && rm -rf /var/lib/apt/lists/* && rm -rf /var/lib/mongodb && mv /etc/mongod.conf /etc/mongod.conf.orig');
    case "registry":
      return run(`set -eux; version='${version}'; apkArch="$(apk --print-arch)"; case "$apkArch" in x86_64) arch='amd64' ;; aarch64) arch='arm64' ;; *) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; esac; wget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v\${version}/registry_\${version}_linux_\${arch}.tar.gz";`);
    case "getting-started":
      return "COPY /app/site /usr/share/nginx/html # buildkit";
    case "temurin-entrypoint":
      return "COPY --chmod=755 entrypoint.sh /__cacert_entrypoint.sh # buildkit";
    case "node-entrypoint":
      return "COPY docker-entrypoint.sh /usr/local/bin/ # buildkit";
    case "gosu":
      return gosuLine(distro);
  }
  return context.classic ? `/bin/sh -c #(nop) COPY ${formatLegacyFileRef(layer)} in / ` : `RUN /bin/sh -c set -eux; # ${app} ${version} # buildkit`;
}

/** CREATED BY of a layer above the distribution base. */
export function formatLayerCreatedBy(layer: CatalogLayer, context: LayerContext): string {
  const c = layer.content;
  switch (c.kind) {
    case "packages":
      return packagesLine({ ...layer, content: c }, context);
    case "users":
      return usersLine(c.distro, c.users);
    case "app":
      return appLine({ ...layer, content: c }, context);
    case "python":
      if (isAlpine(c.distro)) return run('set -eux; apk add --no-cache --virtual .build-deps gnupg tar xz bluez-dev bzip2-dev dpkg-dev dpkg findutils gcc gdbm-dev libc-dev libffi-dev libnsl-dev libtirpc-dev linux-headers make ncurses-dev openssl-dev pax-utils readline-dev sqlite-dev tcl-dev tk tk-dev util-linux-dev xz-dev zlib-dev; wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz";');
      if (c.distro === "debian-bookworm-slim") return run('set -eux; savedAptMark="$(apt-mark showmanual)"; apt-get update; apt-get install -y --no-install-recommends dpkg-dev gcc gnupg libbluetooth-dev libbz2-dev libc6-dev libdb-dev libexpat1-dev libffi-dev libgdbm-dev liblzma-dev libncursesw5-dev libreadline-dev libsqlite3-dev libssl-dev make tk-dev uuid-dev wget xz-utils zlib1g-dev;');
      return run('set -eux; wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; echo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; mkdir -p /usr/src/python; tar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz;');
    case "python-links":
      return run('set -eux; for src in idle3 pip3 pydoc3 python3 python3-config; do dst="$(echo "$src" | tr -d 3)"; [ -s "/usr/local/bin/$src" ]; [ ! -e "/usr/local/bin/$dst" ]; ln -svT "$src" "/usr/local/bin/$dst"; done');
    case "node":
      if (isAlpine(c.distro)) return run('addgroup -g 1000 node && adduser -u 1000 -G node -s /bin/sh -D node && apk add --no-cache libstdc++ && apk add --no-cache --virtual .build-deps curl && ARCH= OPENSSL_ARCH=\'linux*\' && alpineArch="$(apk --print-arch)" && case "${alpineArch##*-}" in x86_64) ARCH=\'x64\' CHECKSUM=');
      return run('ARCH= && dpkgArch="$(dpkg --print-architecture)" && case "${dpkgArch##*-}" in amd64) ARCH=\'x64\';; ppc64el) ARCH=\'ppc64le\';; s390x) ARCH=\'s390x\';; arm64) ARCH=\'arm64\';; armhf) ARCH=\'armv7l\';; i386) ARCH=\'x86\';; *) echo "unsupported architecture"; exit 1 ;; esac && set -ex && apt-get update && apt-get install -y ca-certificates curl wget gnupg dirmngr xz-utils libatomic1 --no-install-recommends');
    case "yarn":
      return run('set -ex && export GNUPGHOME="$(mktemp -d)" && for key in 6A010C5166006599AA17F08146C2130DFD2497F5 ; do gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" || gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ; done && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"');
    case "go":
      return "COPY /target/ / # buildkit";
    case "gopath":
      return run('mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"');
    case "java":
      return run(`set -eux; ARCH="$(dpkg --print-architecture)"; case "\${ARCH}" in amd64) BINARY_URL='https://github.com/adoptium/temurin${c.version.slice(4).split(".")[0]}-binaries/releases/download/${c.version}/'; ;; *) echo "Unsupported arch: \${ARCH}"; exit 1; ;; esac; wget --progress=dot:giga -O /tmp/openjdk.tar.gz \${BINARY_URL};`);
    case "empty":
      return run('set -eux; echo "Verifying install ..."; fileEncoding="$(echo \'System.out.println(System.getProperty("file.encoding"))\' | jshell -s -)"; [ "$fileEncoding" = \'UTF-8\' ]; rm -rf ~/.java; echo "javac --version"; javac --version; echo "java --version"; java --version; echo "Complete."');
    case "distro":
      return context.classic ? `/bin/sh -c #(nop) ADD ${formatLegacyFileRef(layer)} in / ` : "ADD rootfs.tar.xz / # buildkit";
  }
}
