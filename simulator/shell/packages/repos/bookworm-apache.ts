/**
 * Debian 12 "bookworm" (amd64) Apache HTTP Server packages, as php:apache
 * installs them: apache2 (the default site, envvars, a2enmod & co.),
 * apache2-bin, apache2-data, apache2-utils and the libraries they need.
 * Rows in apt-catalog's format `name|version|arch|size|installedKb|depends|recommends|bins`;
 * files in repos/rows' format (Debian's apache2 debian/apache2.install and
 * debian/config-dir). Versions are bookworm 12.9's.
 * Simplification: sizes approximate the Packages index; the module links
 * apache2's postinst makes (mods-enabled/, conf-enabled/, sites-enabled/000-default.conf)
 * ship as package files; only the modules php:apache's Dockerfile and the
 * default configuration name are listed in mods-available.
 */

const V = "2.4.62-1~deb12u2";

/** The package rows. */
export const BOOKWORM_APACHE: readonly string[] = [
  `apache2|${V}|amd64|222412|565|apache2-bin apache2-data apache2-utils media-types perl procps|ssl-cert|`,
  `apache2-bin|${V}|amd64|1414224|5908|libapr1 libaprutil1 libaprutil1-dbd-sqlite3 libaprutil1-ldap libbrotli1 libcurl4 libjansson4 libldap-2.5-0 liblua5.3-0 libnghttp2-14 libxml2||`,
  `apache2-data|${V}|all|160832|874|||`,
  `apache2-utils|${V}|amd64|208588|539|libapr1 libaprutil1||`,
  "media-types|10.0.0|all|26112|102|||",
  "libapr1|1.7.2-3|amd64|101960|305|||",
  "libaprutil1|1.6.3-1|amd64|88124|266|libapr1||",
  "libaprutil1-dbd-sqlite3|1.6.3-1|amd64|13472|54|libaprutil1 libsqlite3-0||",
  "libaprutil1-ldap|1.6.3-1|amd64|11148|46|libaprutil1 libldap-2.5-0||",
  "libjansson4|2.14-2|amd64|40616|108|||",
  "liblua5.3-0|5.3.6-2|amd64|123092|422|||",
];

/** /etc/apache2/envvars as bookworm's apache2 ships it. */
const ENVVARS = `# envvars - default environment variables for apache2ctl

# this won't be correct after changing uid
unset HOME

# for supporting multiple apache2 instances
if [ "\${APACHE_CONFDIR##/etc/apache2-}" != "\${APACHE_CONFDIR}" ] ; then
	SUFFIX="-\${APACHE_CONFDIR##/etc/apache2-}"
else
	SUFFIX=
fi

# Since there is no sane way to get the parsed apache2 config in scripts, some
# settings are defined via environment variables and then used in apache2ctl,
# /etc/init.d/apache2, /etc/logrotate.d/apache2, etc.
export APACHE_RUN_USER=www-data
export APACHE_RUN_GROUP=www-data
# temporary state file location. This might be changed to /run in Wheezy+1
export APACHE_PID_FILE=/var/run/apache2$SUFFIX/apache2.pid
export APACHE_RUN_DIR=/var/run/apache2$SUFFIX
export APACHE_LOCK_DIR=/var/lock/apache2$SUFFIX
# Only /var/log/apache2 is handled by /etc/logrotate.d/apache2.
export APACHE_LOG_DIR=/var/log/apache2$SUFFIX

## The locale used by some modules like mod_dav
export LANG=C
## Uncomment the following line to use the system default locale instead:
#. /etc/default/locale

export LANG
`;

/** mods-available NAME.load files: the module's .so and the `# Depends:` / `# Conflicts:` lines a2enmod reads. */
const MODULES: Readonly<Record<string, string>> = {
  mpm_event: "# Conflicts: mpm_worker mpm_prefork\nLoadModule mpm_event_module /usr/lib/apache2/modules/mod_mpm_event.so\n",
  mpm_prefork: "# Conflicts: mpm_event mpm_worker\nLoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so\n",
  mpm_worker: "# Conflicts: mpm_event mpm_prefork\nLoadModule mpm_worker_module /usr/lib/apache2/modules/mod_mpm_worker.so\n",
  rewrite: "LoadModule rewrite_module /usr/lib/apache2/modules/mod_rewrite.so\n",
  headers: "LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so\n",
  dir: "LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so\n",
  mime: "LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so\n",
  alias: "LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so\n",
  ssl: "# Depends: setenvif mime socache_shmcb\nLoadModule ssl_module /usr/lib/apache2/modules/mod_ssl.so\n",
  setenvif: "LoadModule setenvif_module /usr/lib/apache2/modules/mod_setenvif.so\n",
  socache_shmcb: "LoadModule socache_shmcb_module /usr/lib/apache2/modules/mod_socache_shmcb.so\n",
  proxy: "LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so\n",
  proxy_fcgi: "# Depends: proxy\nLoadModule proxy_fcgi_module /usr/lib/apache2/modules/mod_proxy_fcgi.so\n",
  expires: "LoadModule expires_module /usr/lib/apache2/modules/mod_expires.so\n",
};
/** Modules with a NAME.conf beside NAME.load. */
const MODULE_CONFS = ["mpm_event", "mpm_prefork", "mpm_worker", "dir", "mime", "alias", "ssl", "setenvif"];
/** What apache2's postinst enables (debian/apache2.postinst enable_default_modules). */
const ENABLED_MODULES = ["mpm_event", "dir", "mime", "alias", "setenvif"];
const CONFS = ["charset", "localized-error-pages", "other-vhosts-access-log", "security", "serve-cgi-bin"];

const text = (s: string): string => s.replace(/\n/g, "\\n");

/** Package files by name. */
export const BOOKWORM_APACHE_FILES: Readonly<Record<string, readonly string[]>> = {
  apache2: [
    "/etc/apache2/", "/etc/apache2/mods-available/", "/etc/apache2/mods-enabled/", "/etc/apache2/conf-available/", "/etc/apache2/conf-enabled/", "/etc/apache2/sites-available/", "/etc/apache2/sites-enabled/",
    "/etc/apache2/apache2.conf|7178", `/etc/apache2/envvars=${text(ENVVARS)}|1782|644`, "/etc/apache2/ports.conf|320", "/etc/apache2/magic|31065",
    "/etc/apache2/sites-available/000-default.conf|1332", "/etc/apache2/sites-available/default-ssl.conf|6338", "/etc/apache2/sites-enabled/000-default.conf -> ../sites-available/000-default.conf",
    ...Object.entries(MODULES).map(([m, load]) => `/etc/apache2/mods-available/${m}.load=${text(load)}`),
    ...MODULE_CONFS.map((m) => `/etc/apache2/mods-available/${m}.conf|${500 + m.length * 40}`),
    ...ENABLED_MODULES.flatMap((m) => [`/etc/apache2/mods-enabled/${m}.load -> ../mods-available/${m}.load`, ...(MODULE_CONFS.includes(m) ? [`/etc/apache2/mods-enabled/${m}.conf -> ../mods-available/${m}.conf`] : [])]),
    ...CONFS.flatMap((c) => [`/etc/apache2/conf-available/${c}.conf|${400 + c.length * 60}`, `/etc/apache2/conf-enabled/${c}.conf -> ../conf-available/${c}.conf`]),
    "/usr/sbin/a2enmod|16105|755", "/usr/sbin/a2dismod -> a2enmod", "/usr/sbin/a2enconf -> a2enmod", "/usr/sbin/a2disconf -> a2enmod", "/usr/sbin/a2ensite -> a2enmod", "/usr/sbin/a2dissite -> a2enmod",
    "/usr/sbin/apache2ctl|7339|755", "/usr/sbin/apachectl -> apache2ctl",
    "/var/www/html/index.html|10701", "/var/log/apache2/", "/var/run/apache2/", "/var/lock/apache2/", "/var/cache/apache2/", "/var/lib/apache2/",
  ],
  "apache2-bin": ["/usr/sbin/apache2|699456|755", "/usr/lib/apache2/modules/", ...Object.keys(MODULES).map((m) => `/usr/lib/apache2/modules/mod_${m}.so|${30000 + m.length * 3000}`)],
  "apache2-data": ["/usr/share/apache2/default-site/index.html|10701", "/usr/share/apache2/icons/apache_pb.png|4463", "/usr/share/apache2/error/HTTP_NOT_FOUND.html.var|13193"],
  "apache2-utils": ["/usr/bin/ab|88096|755", "/usr/bin/htpasswd|47344|755", "/usr/bin/htdigest|22808|755", "/usr/bin/logresolve|14384|755", "/usr/sbin/rotatelogs|27072|755"],
};
