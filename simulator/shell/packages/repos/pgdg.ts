import type { AptRepository } from ".";
import { parseAptRows } from "./rows";

/** The lines of postgresql.conf.sample that image builds edit (PostgreSQL 16 src/backend/utils/misc/postgresql.conf.sample). */
const CONF_SAMPLE = [
  "# -----------------------------", "# PostgreSQL configuration file", "# -----------------------------", "",
  "#------------------------------------------------------------------------------", "# CONNECTIONS AND AUTHENTICATION", "#------------------------------------------------------------------------------", "",
  "# - Connection Settings -", "",
  "#listen_addresses = 'localhost'\t\t# what IP address(es) to listen on;", "\t\t\t\t\t# comma-separated list of addresses;",
  "#port = 5432\t\t\t\t# (change requires restart)", "#max_connections = 100\t\t\t# (change requires restart)", "",
].join("\\n");

/** postgresql-common's createcluster.conf (debian/createcluster.conf). */
const CREATECLUSTER = ["# Default values for pg_createcluster(8)", "# Occurrences of '%v' are replaced by the major version number,", "# and '%c' by the cluster name. Use '%%' for a literal '%'.", "", "# Create a \"main\" cluster when a new postgresql-x.y server package is installed", "#create_main_cluster = true", "", "# Default start.conf value, must be one of \"auto\", \"manual\", and \"disabled\".", "#start_conf = 'auto'", ""].join("\\n");

const PG = "16.13-1.pgdg12+1";
const COMMON = "287.pgdg12+1";
const bin = (...names: string[]): string[] => names.map((n) => `/usr/lib/postgresql/16/bin/${n}|${n === "postgres" ? 9830400 : 96000}|755`);

// apt.postgresql.org bookworm-pgdg main and 16 amd64; name|version|arch|size|installedKb|depends|recommends|bins.
// PG_VERSION is the Dockerfile's pin. Simplification: postgresql-common's and libpq5's versions and all sizes approximate the index of that time.
const ROWS = [
  `postgresql-16|${PG}|amd64|18212340|67460|libpq5 postgresql-client-16 postgresql-common libicu72 libxml2 libllvm14 libgssapi-krb5-2 libldap-2.5-0|sysstat|`,
  `postgresql-client-16|${PG}|amd64|2007604|10056|libpq5 postgresql-client-common|less|`,
  `libpq5|18.3-1.pgdg12+1|amd64|230440|991|libgssapi-krb5-2 libldap-2.5-0||`,
  `postgresql-common|${COMMON}|all|178320|773|postgresql-client-common postgresql-common-dev ssl-cert ucf perl libjson-perl|e2fsprogs|`,
  `postgresql-common-dev|${COMMON}|all|132116|364|perl libjson-perl||`,
  `postgresql-client-common|${COMMON}|all|100844|239|perl||`,
];

/** apt.postgresql.org for Debian 12 (https://wiki.postgresql.org/wiki/Apt), signed by the PostgreSQL Debian Repository key. */
export const PGDG_BOOKWORM: AptRepository = {
  uri: "apt.postgresql.org/pub/repos/apt",
  suite: "bookworm-pgdg",
  key: "B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8",
  inReleaseSize: 129000,
  components: {
    main: {
      size: 363000,
      packages: parseAptRows(ROWS.filter((r) => !r.startsWith("postgresql-16") && !r.startsWith("postgresql-client-16")), {
        "postgresql-common": [`/etc/postgresql-common/createcluster.conf=${CREATECLUSTER}`, "/usr/share/postgresql-common/pg_wrapper|15930|755", "/usr/bin/pg_lsclusters|7000|755", "/usr/bin/pg_ctlcluster|25000|755", "/usr/bin/pg_createcluster|33000|755", "/usr/share/postgresql-common/maintscripts-functions|3500"],
        "postgresql-client-common": ["/usr/bin/psql -> ../share/postgresql-common/pg_wrapper", "/usr/bin/pg_dump -> ../share/postgresql-common/pg_wrapper", "/usr/share/postgresql-common/pgdg/apt.postgresql.org.sh|10000|755"],
        "postgresql-common-dev": ["/usr/share/postgresql-common/server/postgresql.mk|6800", "/usr/share/postgresql-common/supported_versions|4000"],
        libpq5: ["/usr/lib/x86_64-linux-gnu/libpq.so.5.18|330000"],
      }),
    },
    "16": {
      size: 27300,
      packages: parseAptRows(ROWS.filter((r) => r.startsWith("postgresql-16") || r.startsWith("postgresql-client-16") || r.startsWith("libpq5")), {
        "postgresql-16": [`/usr/lib/postgresql/16/bin/postgres=\\x7fELF stand-in: postgres (PostgreSQL) 16.13 (Debian ${PG})\\n|9830400|755`, ...bin("initdb", "pg_ctl", "pg_controldata", "pg_resetwal", "pg_upgrade"), `/usr/share/postgresql/16/postgresql.conf.sample=${CONF_SAMPLE}`, "/usr/share/postgresql/16/pg_hba.conf.sample|5711", "/usr/lib/postgresql/16/lib/plpgsql.so|250000", "/usr/share/postgresql/16/extension/plpgsql.control|193"],
        "postgresql-client-16": [...bin("psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_isready", "createdb", "dropdb"), "/usr/share/postgresql/16/psqlrc.sample|278"],
        libpq5: ["/usr/lib/x86_64-linux-gnu/libpq.so.5.18|330000"],
      }),
    },
  },
};
