import { BOOKWORM_EXTRA, BOOKWORM_FILES } from "./repos/bookworm-extra";
import { parseAptRows } from "./repos/rows";
import { BOOKWORM_BUILD } from "./repos/bookworm-build";
import { BOOKWORM_APACHE, BOOKWORM_APACHE_FILES } from "./repos/bookworm-apache";
import { BOOKWORM_PHP_DEV } from "./repos/bookworm-php-dev";

/** One binary package of an apt archive, as its Packages stanza describes it. */
export interface AptPackage {
  name: string;
  version: string;
  /** Architecture field: "amd64" or "all" (shown in Get: lines and .deb names). */
  arch: "amd64" | "all";
  /** Size of the .deb (Packages "Size"). */
  size: number;
  /** Installed-Size in KiB, as dpkg declares it. */
  installedKb: number;
  depends: string[];
  recommends: string[];
  /** Executables it puts in /usr/bin (or /usr/sbin when prefixed "sbin/"). */
  bins: string[];
  /** The files it unpacks, for packages whose contents matter to later steps (apt-state unpackDeb); else derived from `bins`. */
  files?: readonly PackageFile[];
  /** The archive label of install's `Get:` lines for a package from another repository ("https://nginx.org/packages/mainline/debian bookworm/nginx"). */
  pool?: string;
}

/** One file a package ships: a regular file (declared size, mode, optional real text), a directory (`dir`) or a symlink (`link`). */
export interface PackageFile {
  path: string;
  size?: number;
  mode?: number;
  content?: string;
  dir?: boolean;
  link?: string;
}

// name version arch size installedKb depends recommends bins — Debian 12
// "bookworm" amd64 main + bookworm-security, point release 12.9 (Jan 2025);
// packages already in debian:bookworm (libc6, libssl3, zlib1g, libncursesw6,
// libpcre2-8-0, libbsd0, libcap2…) are left out of the dependency lists.
const BOOKWORM: readonly string[] = [
  "curl|7.88.1-10+deb12u8|amd64|315128|500|libcurl4|ca-certificates|curl",
  "libcurl4|7.88.1-10+deb12u8|amd64|390652|1207|libbrotli1 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1||",
  "libcurl3-gnutls|7.88.1-10+deb12u8|amd64|385760|1195|libbrotli1 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1||",
  "libbrotli1|1.0.9-2+b6|amd64|275520|799|||",
  "libldap-2.5-0|2.5.13+dfsg-5|amd64|183140|544|libsasl2-2|libldap-common|",
  "libldap-common|2.5.13+dfsg-5|all|29254|162|||",
  "libsasl2-2|2.1.28+dfsg-10|amd64|59652|179|libsasl2-modules-db|libsasl2-modules|",
  "libsasl2-modules-db|2.1.28+dfsg-10|amd64|20260|96|||",
  "libsasl2-modules|2.1.28+dfsg-10|amd64|66616|376|||",
  "libnghttp2-14|1.52.0-1+deb12u2|amd64|72632|216|||",
  "libpsl5|0.21.2-1|amd64|58688|91||publicsuffix|",
  "publicsuffix|20230209.2326-1|all|126080|342|||",
  "librtmp1|2.4+20151223.gitfa8646d.1-2+b2|amd64|60796|152|||",
  "libssh2-1|1.10.0-3+b1|amd64|179304|454|||",
  "ca-certificates|20230311|all|153452|384|openssl||sbin/update-ca-certificates",
  "openssl|3.0.15-1~deb12u1|amd64|1427132|2384|||openssl",
  "wget|1.21.3-1+b2|amd64|984268|3706|libpsl5|ca-certificates|wget",
  "git|1:2.39.5-0+deb12u1|amd64|7263304|38958|git-man liberror-perl libcurl3-gnutls libexpat1 perl|ca-certificates less openssh-client patch|git git-shell git-receive-pack git-upload-pack",
  "git-man|1:2.39.5-0+deb12u1|all|2052996|12108|||",
  "liberror-perl|0.17029-2|all|29032|56|perl||",
  "libexpat1|2.5.0-1+deb12u1|amd64|98904|335|||",
  "perl|5.36.0-7+deb12u1|amd64|239280|691|perl-modules-5.36 libperl5.36||perl cpan",
  "perl-modules-5.36|5.36.0-7+deb12u1|all|2815140|17771|||",
  "libperl5.36|5.36.0-7+deb12u1|amd64|4218396|28099|||",
  "less|590-2.1~deb12u2|amd64|131812|368|||less",
  "patch|2.7.6-7|amd64|128360|299|||patch",
  "openssh-client|1:9.2p1-2+deb12u4|amd64|991904|4930|||ssh scp sftp ssh-keygen",
  "make|4.3-4.1|amd64|396204|1456|||make",
  "build-essential|12.9|amd64|7704|20|gcc g++ make dpkg-dev libc6-dev||",
  "gcc|4:12.2.0-3|amd64|5216|36|gcc-12||gcc cc",
  "gcc-12|12.2.0-14|amd64|19339792|66390|cpp-12 binutils libgcc-12-dev||gcc-12",
  "cpp-12|12.2.0-14|amd64|9976364|30081|||cpp-12",
  "libgcc-12-dev|12.2.0-14|amd64|2437184|11066|||",
  "binutils|2.40-2|amd64|64980|100|binutils-x86-64-linux-gnu libbinutils||ld as ar nm objdump strip",
  "binutils-x86-64-linux-gnu|2.40-2|amd64|2337328|12021|||",
  "libbinutils|2.40-2|amd64|574516|2522|||",
  "g++|4:12.2.0-3|amd64|1356|15|g++-12 gcc||g++ c++",
  "g++-12|12.2.0-14|amd64|10695488|36466|libstdc++-12-dev gcc-12||g++-12",
  "libstdc++-12-dev|12.2.0-14|amd64|2047304|18798|libgcc-12-dev libc6-dev||",
  "dpkg-dev|1.21.22|all|1353456|3219|patch xz-utils bzip2|build-essential|dpkg-buildpackage dpkg-architecture dpkg-buildflags",
  "xz-utils|5.4.1-0.2|amd64|471092|1470|||xz unxz xzcat",
  "bzip2|1.0.8-5+b1|amd64|48828|120|||bzip2 bunzip2",
  "libc6-dev|2.36-9+deb12u9|amd64|1904100|13188|linux-libc-dev libcrypt-dev||",
  "linux-libc-dev|6.1.124-1|amd64|2149968|8564|||",
  "libcrypt-dev|1:4.4.33-2|amd64|118692|321|||",
  "python3|3.11.2-1+b1|amd64|26300|87|python3.11 python3-minimal||python3",
  "python3-minimal|3.11.2-1+b1|amd64|26244|113|python3.11-minimal||",
  "python3.11|3.11.2-6+deb12u5|amd64|573304|617|libpython3.11-stdlib python3.11-minimal||python3.11",
  "python3.11-minimal|3.11.2-6+deb12u5|amd64|2064284|5917|libpython3.11-minimal||",
  "libpython3.11-minimal|3.11.2-6+deb12u5|amd64|816540|4942|||",
  "libpython3.11-stdlib|3.11.2-6+deb12u5|amd64|1798192|7984|||",
  "python3-pip|23.0.1+dfsg-1|all|1325420|6908|python3 python3-setuptools python3-wheel|build-essential python3-dev|pip pip3",
  "python3-setuptools|66.1.1-1+deb12u1|all|521564|2865|python3||",
  "python3-wheel|0.38.4-2|all|30800|114|python3||",
  "python3-dev|3.11.2-1+b1|amd64|26084|34|python3 libpython3.11-dev||",
  "libpython3.11-dev|3.11.2-6+deb12u5|amd64|4742068|23393|||",
  "python3-venv|3.11.2-1+b1|amd64|1200|7|python3||",
  "vim|2:9.0.1378-2+deb12u2|amd64|1568804|3779|vim-runtime libgpm2 libsodium23||vim vi",
  "vim-runtime|2:9.0.1378-2+deb12u2|all|7025484|36902|||",
  "libgpm2|1.20.7-10+b1|amd64|14364|48|||",
  "libsodium23|1.0.18-1|amd64|161228|346|||",
  "nano|7.2-1+deb12u1|amd64|690464|2804|||nano",
  "netcat-openbsd|1.219-1|amd64|41456|106|||nc netcat",
  "iputils-ping|3:20221126-1+deb12u1|amd64|47136|116||libcap2-bin|ping",
  "libcap2-bin|1:2.66-4|amd64|34668|122|||",
  "procps|2:4.0.2-3|amd64|709040|2321|libproc2-0|psmisc|ps top free kill pgrep pkill uptime watch",
  "libproc2-0|2:4.0.2-3|amd64|62848|198|||",
  "psmisc|23.6-1|amd64|258832|908|||killall pstree fuser",
  "tini|0.19.0-1|amd64|254688|783|||tini",
  "unzip|6.0-28|amd64|166184|529|||unzip",
  "zip|3.0-13|amd64|230396|637|||zip",
  "libpq-dev|15.10-0+deb12u1|amd64|146208|601|libpq5 libssl-dev||pg_config",
  "libpq5|15.10-0+deb12u1|amd64|202316|946|||",
  "libssl-dev|3.0.15-1~deb12u1|amd64|2443276|12533|||",
  "postgresql-client|15+248|all|8344|20|postgresql-client-15||",
  "postgresql-client-15|15.10-0+deb12u1|amd64|1704556|6935|libpq5||psql pg_dump",
  "jq|1.6-2.1|amd64|135132|102|libjq1||jq",
  "libjq1|1.6-2.1|amd64|135704|375|libonig5||",
  "libonig5|6.9.8-1|amd64|188968|662|||",
  "htop|3.2.2-2|amd64|152096|371|||htop",
  "sudo|1.9.13p3-1+deb12u1|amd64|1889256|6193|||sudo",
  "gnupg|2.2.40-1.1|all|846252|885|dirmngr gnupg-l10n gnupg-utils gpg gpg-agent gpg-wks-client gpg-wks-server gpgsm||",
  "dirmngr|2.2.40-1.1|amd64|793160|2059|gpgconf libksba8 libldap-2.5-0 libnpth0||dirmngr dirmngr-client",
  "gnupg-l10n|2.2.40-1.1|all|697164|4909|||",
  "gnupg-utils|2.2.40-1.1|amd64|905224|2556|libksba8 libreadline8||gpgsplit gpgparsemail kbxutil gpgtar",
  "gpg|2.2.40-1.1|amd64|949172|1726|gpgconf libassuan0 libnpth0 libreadline8 libsqlite3-0||gpg",
  "gpg-agent|2.2.40-1.1|amd64|695284|1636|gpgconf pinentry-curses libassuan0 libnpth0||gpg-agent gpg-connect-agent",
  "gpgconf|2.2.40-1.1|amd64|564340|1018|libassuan0 libreadline8||gpgconf",
  "gpgsm|2.2.40-1.1|amd64|260136|629|gpgconf libassuan0 libksba8 libnpth0||gpgsm",
  "gpg-wks-client|2.2.40-1.1|amd64|537192|1106|dirmngr gpg gpg-agent gpgconf libassuan0 libnpth0||",
  "gpg-wks-server|2.2.40-1.1|amd64|528876|1063|gpg gpg-agent gpgconf libassuan0 libnpth0||",
  "pinentry-curses|1.2.1-1|amd64|77592|177|libassuan0 libncursesw6||pinentry-curses",
  "libassuan0|2.5.5-5|amd64|48788|132|||",
  "libksba8|1.6.3-2|amd64|128444|417|||",
  "libnpth0|1.6-3|amd64|19048|51|||",
  "libreadline8|8.2-1.3|amd64|166036|481|readline-common||",
  "readline-common|8.2-1.3|all|69488|202|||",
  "libsqlite3-0|3.40.1-2+deb12u1|amd64|838732|1709|||",
  "tzdata|2024b-0+deb12u1|all|257140|1455|||",
  "netbase|6.4|all|12788|41|||",
  "locales|2.36-9+deb12u9|all|3902492|16946|||sbin/locale-gen",
  "libnss-wrapper|1.1.15-1|amd64|34736|94|||",
  "zstd|1.5.4+dfsg2-5|amd64|657244|1681|||zstd unzstd zstdcat",
  "libatomic1|12.2.0-14|amd64|9328|44|||",
  "dnsutils|1:9.18.33-1~deb12u2|all|5696|16|||dig nslookup host",
  ...BOOKWORM_BUILD,
  ...BOOKWORM_EXTRA,
  ...BOOKWORM_APACHE,
  ...BOOKWORM_PHP_DEV,
];

/** The bookworm archive by package name (Debian 12.9, amd64). */
export const APT_BOOKWORM: ReadonlyMap<string, AptPackage> = new Map(parseAptRows(BOOKWORM, { ...BOOKWORM_FILES, ...BOOKWORM_APACHE_FILES }).map((p) => [p.name, p]));

/** Where an archive lives and what `apt-get update` fetches from it: the release files and Packages indexes of sources.list. */
export interface AptRelease {
  /** "debian" or "ubuntu". */
  distro: string;
  codename: string;
  /** Lines `Get:N <url> <suite> <file> [size]` without the counter, with their byte sizes. */
  indexes: { label: string; size: number; list: string }[];
  /** The pool URL and suite shown in install's Get: lines. */
  pool: string;
}

/** debian:bookworm's sources (/etc/apt/sources.list.d/debian.sources): main, -updates and -security indexes as apt-get update fetches them (Jan 2025 sizes). */
export const BOOKWORM_RELEASE: AptRelease = {
  distro: "debian",
  codename: "bookworm",
  indexes: [
    { label: "http://deb.debian.org/debian bookworm InRelease", size: 151000, list: "deb.debian.org_debian_dists_bookworm_InRelease" },
    { label: "http://deb.debian.org/debian bookworm-updates InRelease", size: 55400, list: "deb.debian.org_debian_dists_bookworm-updates_InRelease" },
    { label: "http://deb.debian.org/debian-security bookworm-security InRelease", size: 48000, list: "deb.debian.org_debian-security_dists_bookworm-security_InRelease" },
    { label: "http://deb.debian.org/debian bookworm/main amd64 Packages", size: 8792000, list: "deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4" },
    { label: "http://deb.debian.org/debian bookworm-updates/main amd64 Packages", size: 13500, list: "deb.debian.org_debian_dists_bookworm-updates_main_binary-amd64_Packages.lz4" },
    { label: "http://deb.debian.org/debian-security bookworm-security/main amd64 Packages", size: 243000, list: "deb.debian.org_debian-security_dists_bookworm-security_main_binary-amd64_Packages.lz4" },
  ],
  pool: "http://deb.debian.org/debian bookworm/main",
};

/** ubuntu:24.04's sources: noble, -updates, -backports and -security (archive/security.ubuntu.com), as `apt-get update` fetches them. */
export const NOBLE_RELEASE: AptRelease = {
  distro: "ubuntu",
  codename: "noble",
  indexes: [
    { label: "http://archive.ubuntu.com/ubuntu noble InRelease", size: 256000, list: "archive.ubuntu.com_ubuntu_dists_noble_InRelease" },
    { label: "http://security.ubuntu.com/ubuntu noble-security InRelease", size: 126000, list: "security.ubuntu.com_ubuntu_dists_noble-security_InRelease" },
    { label: "http://archive.ubuntu.com/ubuntu noble-updates InRelease", size: 126000, list: "archive.ubuntu.com_ubuntu_dists_noble-updates_InRelease" },
    { label: "http://archive.ubuntu.com/ubuntu noble-backports InRelease", size: 126000, list: "archive.ubuntu.com_ubuntu_dists_noble-backports_InRelease" },
    { label: "http://archive.ubuntu.com/ubuntu noble/universe amd64 Packages", size: 19300000, list: "archive.ubuntu.com_ubuntu_dists_noble_universe_binary-amd64_Packages.lz4" },
    { label: "http://archive.ubuntu.com/ubuntu noble/main amd64 Packages", size: 1808000, list: "archive.ubuntu.com_ubuntu_dists_noble_main_binary-amd64_Packages.lz4" },
    { label: "http://security.ubuntu.com/ubuntu noble-security/main amd64 Packages", size: 1029000, list: "security.ubuntu.com_ubuntu_dists_noble-security_main_binary-amd64_Packages.lz4" },
  ],
  pool: "http://archive.ubuntu.com/ubuntu noble/main",
};

/** Ubuntu 24.04 versions where they differ from bookworm's (the dependency graph is shared: a simplification). */
const NOBLE_VERSIONS: Record<string, string> = {
  curl: "8.5.0-2ubuntu10.6", libcurl4: "8.5.0-2ubuntu10.6", "libcurl3-gnutls": "8.5.0-2ubuntu10.6", "ca-certificates": "20240203", openssl: "3.0.13-0ubuntu3.4",
  wget: "1.21.4-1ubuntu4.1", git: "1:2.43.0-1ubuntu7.2", "git-man": "1:2.43.0-1ubuntu7.2", python3: "3.12.3-0ubuntu2", "python3-pip": "24.0+dfsg-1ubuntu1.1",
  vim: "2:9.1.0016-1ubuntu7.6", nano: "7.2-2ubuntu0.1", make: "4.3-4.1build2", "build-essential": "12.10ubuntu1", gcc: "4:13.2.0-7ubuntu1", tini: "0.19.0-1build3",
  unzip: "6.0-28ubuntu4.1", procps: "2:4.0.4-4ubuntu3.2", "netcat-openbsd": "1.226-1ubuntu2", "iputils-ping": "3:20240117-1build1", "libpq-dev": "16.6-0ubuntu0.24.04.1",
};

/** The archive a release offers: bookworm's packages, with Ubuntu's versions on noble. */
export function getAptArchive(release: AptRelease): ReadonlyMap<string, AptPackage> {
  if (release.distro !== "ubuntu") return APT_BOOKWORM;
  const map = new Map<string, AptPackage>();
  for (const [name, pkg] of APT_BOOKWORM) map.set(name, { ...pkg, version: NOBLE_VERSIONS[name] ?? pkg.version });
  return map;
}
