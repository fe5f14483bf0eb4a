/**
 * Entrypoint scripts of the server images, as stand-ins written for the
 * simulator that do what the real ones do, step for step and message for
 * message, in the image's own shell: nginxinc/docker-nginx entrypoint/
 * (docker-entrypoint.sh and the docker-entrypoint.d scripts),
 * docker-library/redis docker-entrypoint.sh and docker-library/postgres
 * docker-entrypoint.sh.
 */

/**
 * /docker-entrypoint.sh: for `nginx`/`nginx-debug`, announces and runs each
 * file of /docker-entrypoint.d in version order (`.envsh` sourced, `.sh`
 * launched, others ignored), unless NGINX_ENTRYPOINT_QUIET_LOGS is set; then
 * execs the command.
 */
export const NGINX_ENTRYPOINT = `#!/bin/sh
# Stand-in for nginxinc/docker-nginx entrypoint/docker-entrypoint.sh (same steps and messages).
set -e

say() {
    if [ -z "\${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then echo "$@"; fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if [ -n "$(find /docker-entrypoint.d/ -mindepth 1 -maxdepth 1 -type f 2>/dev/null | head -n 1)" ]; then
        say "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
        say "$0: Looking for shell scripts in /docker-entrypoint.d/"
        for f in $(find /docker-entrypoint.d/ -follow -type f -print | sort -V); do
            case "$f" in
                *.envsh)
                    if [ -x "$f" ]; then say "$0: Sourcing $f"; . "$f"; else say "$0: Ignoring $f, not executable"; fi
                    ;;
                *.sh)
                    if [ -x "$f" ]; then say "$0: Launching $f"; "$f"; else say "$0: Ignoring $f, not executable"; fi
                    ;;
                *) say "$0: Ignoring $f" ;;
            esac
        done
        say "$0: Configuration complete; ready for start up"
    else
        say "$0: No files found in /docker-entrypoint.d/, skipping configuration"
    fi
fi

exec "$@"
`;

/** The packaged /etc/nginx/conf.d/default.conf's md5 (what dpkg's Conffiles record holds), set by the image builder. */
export const NGINX_DEFAULT_CONF_MD5_PLACEHOLDER = "@DEFAULT_CONF_MD5@";

/**
 * 10-listen-on-ipv6-by-default.sh: adds `listen [::]:80;` to an unmodified
 * default.conf; says why it does not otherwise (already enabled on a
 * restart, modified by the user, read-only).
 * Simplification: the packaged checksum is written into the script instead
 * of read from dpkg's Conffiles or `apk manifest`.
 */
export const NGINX_IPV6_SCRIPT = `#!/bin/sh
# Stand-in for nginxinc/docker-nginx entrypoint/10-listen-on-ipv6-by-default.sh.
set -e

ME=$(basename "$0")
CONF=etc/nginx/conf.d/default.conf

if [ ! -f "/$CONF" ]; then
    echo "$ME: info: /$CONF is not a file or does not exist"
    exit 0
fi
touch "/$CONF" 2>/dev/null || { echo "$ME: info: can not modify /$CONF (read-only file system?)"; exit 0; }
if grep -q "listen  \\[::]\\:80;" "/$CONF"; then
    echo "$ME: info: IPv6 listen already enabled"
    exit 0
fi
echo "$ME: info: Getting the checksum of /$CONF"
if ! echo "${NGINX_DEFAULT_CONF_MD5_PLACEHOLDER}  /$CONF" | md5sum -c - >/dev/null 2>&1; then
    echo "$ME: info: /$CONF differs from the packaged version"
    exit 0
fi
sed -i -E 's,listen       80;,listen       80;\\n    listen  [::]:80;,' "/$CONF"
echo "$ME: info: Enabled listen on IPv6 in /$CONF"
exit 0
`;

/** 15-local-resolvers.envsh: exports the resolv.conf nameservers when NGINX_ENTRYPOINT_LOCAL_RESOLVERS is set. */
export const NGINX_RESOLVERS_SCRIPT = `#!/bin/sh
# Stand-in for nginxinc/docker-nginx entrypoint/15-local-resolvers.envsh.
if [ -n "\${NGINX_ENTRYPOINT_LOCAL_RESOLVERS:-}" ]; then
    NGINX_LOCAL_RESOLVERS=$(awk '$1 == "nameserver" { printf "%s ", $2 }' /etc/resolv.conf)
    export NGINX_LOCAL_RESOLVERS
fi
`;

/**
 * 20-envsubst-on-templates.sh: renders /etc/nginx/templates/*.template into
 * /etc/nginx/conf.d, replacing $VAR and \${VAR} of the environment.
 * Simplification: the substitution is a sed per variable rather than envsubst.
 */
export const NGINX_TEMPLATES_SCRIPT = `#!/bin/sh
# Stand-in for nginxinc/docker-nginx entrypoint/20-envsubst-on-templates.sh.
set -e

ME=$(basename "$0")
template_dir="\${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}"
suffix="\${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}"
output_dir="\${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}"

[ -d "$template_dir" ] || exit 0
if [ ! -w "$output_dir" ]; then
    echo "$ME: ERROR: $template_dir exists, but $output_dir is not writable"
    exit 0
fi
for template in $(find "$template_dir" -follow -type f -name "*$suffix" -print); do
    relative_path="\${template#"$template_dir/"}"
    output_path="$output_dir/\${relative_path%"$suffix"}"
    mkdir -p "$(dirname "$output_path")"
    echo "$ME: Running envsubst on $template to $output_path"
    cp "$template" "$output_path"
    for name in $(env | sed -n 's/^\\([A-Za-z_][A-Za-z0-9_]*\\)=.*/\\1/p'); do
        value=$(printenv "$name" | sed 's/[\\\\&|]/\\\\&/g')
        sed -i "s|\\\${$name}|$value|g; s|\\$$name\\b|$value|g" "$output_path"
    done
done
exit 0
`;

/**
 * 30-tune-worker-processes.sh: with NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE
 * set, comments out worker_processes and sets it to the CPUs available.
 * Simplification: the CPU count is nproc's (no cgroup quota arithmetic).
 */
export const NGINX_WORKERS_SCRIPT = `#!/bin/sh
# Stand-in for nginxinc/docker-nginx entrypoint/30-tune-worker-processes.sh.
set -eu

ME=$(basename "$0")
[ "\${NGINX_ENTRYPOINT_WORKER_PROCESSES_AUTOTUNE:-}" ] || exit 0
touch /etc/nginx/nginx.conf 2>/dev/null || { echo >&2 "$ME: error: can not modify /etc/nginx/nginx.conf (read-only file system?)"; exit 0; }
ncpu=$(nproc)
sed -i.bak -E "s/^(worker_processes)(.*)$/# Commented out by $ME on $(date)\\n#\\1\\2\\n\\1 $ncpu;/" /etc/nginx/nginx.conf
`;

/** The nginx entrypoint scripts by file name, for the image layers that COPY them. */
export const NGINX_SCRIPT_TEXT: Record<string, string> = {
  "docker-entrypoint.sh": NGINX_ENTRYPOINT,
  "10-listen-on-ipv6-by-default.sh": NGINX_IPV6_SCRIPT,
  "15-local-resolvers.envsh": NGINX_RESOLVERS_SCRIPT,
  "20-envsubst-on-templates.sh": NGINX_TEMPLATES_SCRIPT,
  "30-tune-worker-processes.sh": NGINX_WORKERS_SCRIPT,
};

/**
 * docker-library/redis docker-entrypoint.sh: an option or a `.conf` first
 * argument means redis-server; as root it gives the working directory to
 * the redis user and re-runs itself through gosu; a 0022 umask becomes 0077.
 */
export const REDIS_ENTRYPOINT = `#!/bin/sh
# Stand-in for docker-library/redis docker-entrypoint.sh (same steps).
set -e

case "$1" in
    -*|*.conf) set -- redis-server "$@" ;;
esac

if [ "$1" = "redis-server" ] && [ "$(id -u)" = "0" ]; then
    find . \\! -user redis -exec chown redis '{}' +
    exec gosu redis "$0" "$@"
fi

if [ "$(umask)" = "0022" ]; then
    umask 0077
fi

exec "$@"
`;

/**
 * docker-library/postgres docker-entrypoint.sh: for `postgres` (or options),
 * prepares PGDATA and the socket directory, re-runs itself as postgres
 * through gosu, and on an empty PGDATA demands POSTGRES_PASSWORD (or
 * trust), runs initdb, adds the `host all all all` rule, starts a
 * socket-only server to create POSTGRES_DB and run /docker-entrypoint-initdb.d,
 * stops it; a PGDATA with PG_VERSION skips all that. Then it execs the command.
 */
export const POSTGRES_ENTRYPOINT = `#!/usr/bin/env bash
# Stand-in for docker-library/postgres docker-entrypoint.sh (same steps and messages).
set -e
set -o pipefail

if [ "\${1#-}" != "$1" ]; then
	set -- postgres "$@"
fi

wants_help() {
	for arg; do
		case "$arg" in
			-'?'|--help|--describe-config|-V|--version) return 0 ;;
		esac
	done
	return 1
}

run_sql() {
	psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --no-psqlrc "$@"
}

if [ "$1" = 'postgres' ] && ! wants_help "$@"; then
	: "\${POSTGRES_USER:=postgres}"
	: "\${POSTGRES_DB:=$POSTGRES_USER}"
	: "\${POSTGRES_HOST_AUTH_METHOD:=}"
	export POSTGRES_USER POSTGRES_DB
	mkdir -p "$PGDATA"
	chmod 00700 "$PGDATA" || :
	mkdir -p /var/run/postgresql || :
	chmod 03775 /var/run/postgresql || :
	if [ "$(id -u)" = '0' ]; then
		find "$PGDATA" \\! -user postgres -exec chown postgres '{}' +
		find /var/run/postgresql \\! -user postgres -exec chown postgres '{}' +
		exec gosu postgres "$0" "$@"
	fi

	if [ ! -s "$PGDATA/PG_VERSION" ]; then
		if [ -z "$POSTGRES_PASSWORD" ] && [ 'trust' != "$POSTGRES_HOST_AUTH_METHOD" ]; then
			cat >&2 <<-'EOE'
				Error: Database is uninitialized and superuser password is not specified.
				       You must specify POSTGRES_PASSWORD to a non-empty value for the
				       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

				       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
				       connections without a password. This is *not* recommended.

				       See PostgreSQL documentation about "trust":
				       https://www.postgresql.org/docs/current/auth-trust.html
			EOE
			exit 1
		fi
		ls /docker-entrypoint-initdb.d/ > /dev/null
		pwfile="$(mktemp)"
		printf '%s\\n' "$POSTGRES_PASSWORD" > "$pwfile"
		initdb --username="$POSTGRES_USER" --pwfile="$pwfile" $POSTGRES_INITDB_ARGS
		rm -f "$pwfile"
		auth="\${POSTGRES_HOST_AUTH_METHOD:-$(postgres -C password_encryption)}"
		printf '\\nhost all all all %s\\n' "$auth" >> "$PGDATA/pg_hba.conf"
		pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p 5432" -w start
		if [ "$POSTGRES_DB" != 'postgres' ]; then
			run_sql --dbname postgres -c "CREATE DATABASE \\"$POSTGRES_DB\\""
			printf '\\n'
		fi
		printf '\\n'
		for f in /docker-entrypoint-initdb.d/*; do
			case "$f" in
				*.sh) printf '%s: running %s\\n' "$0" "$f"; . "$f" ;;
				*.sql) printf '%s: running %s\\n' "$0" "$f"; run_sql --dbname "$POSTGRES_DB" -f "$f"; printf '\\n' ;;
				*) printf '%s: ignoring %s\\n' "$0" "$f" ;;
			esac
			printf '\\n'
		done
		pg_ctl -D "$PGDATA" -m fast -w stop
		printf '\\nPostgreSQL init process complete; ready for start up.\\n\\n'
	else
		printf '\\nPostgreSQL Database directory appears to contain a database; Skipping initialization\\n\\n'
	fi
fi

exec "$@"
`;
