/**
 * Debian 12 "bookworm" (amd64) development packages that the official PHP
 * image's apache variant installs to compile PHP (docker-library/php
 * 8.3/bookworm/apache/Dockerfile): apache2-dev (apxs, which depends on
 * debhelper in Debian's debian/control) with the APR headers, and the
 * headers for argon2, libcurl (OpenSSL flavour), oniguruma and libsodium.
 * Rows in apt-catalog's format
 * `name|version|arch|size|installedKb|depends|recommends|bins`.
 * Versions are bookworm 12.9's (packages.debian.org/bookworm).
 * Simplification: sizes approximate the Packages index; dependency lists
 * keep the packages that matter to a build and leave out the ones already in
 * debian:bookworm-slim (and debhelper's man-db, libtool's -doc suggestions).
 */
export const BOOKWORM_PHP_DEV: readonly string[] = [
  "apache2-dev|2.4.62-1~deb12u2|amd64|336652|1313|debhelper libapr1-dev libaprutil1-dev libpcre2-dev openssl perl||apxs apxs2 dh_apache2",
  "libapr1-dev|1.7.2-3|amd64|838576|4116|libapr1 uuid-dev||apr-1-config apr-config",
  "libaprutil1-dev|1.6.3-1|amd64|400012|1929|libaprutil1 libapr1-dev libexpat1-dev libldap-dev libdb-dev libgdbm-dev libsqlite3-dev||apu-1-config apu-config",
  "libexpat1-dev|2.5.0-1+deb12u1|amd64|150708|681|libexpat1||",
  "libldap-dev|2.5.13+dfsg-5|amd64|300212|1072|libldap-2.5-0||",
  "libpcre2-16-0|10.42-1|amd64|245484|626|||",
  "libpcre2-32-0|10.42-1|amd64|233020|602|||",
  "libpcre2-posix3|10.42-1|amd64|55060|43|||",
  "libpcre2-dev|10.42-1|amd64|730484|2693|libpcre2-16-0 libpcre2-32-0 libpcre2-posix3||pcre2-config",
  "debhelper|13.11.4|all|942040|1784|autotools-dev dh-autoreconf dh-strip-nondeterminism dwz file libdebhelper-perl po-debconf dpkg-dev make||dh dh_auto_build dh_auto_configure dh_auto_install dh_install dh_strip",
  "libdebhelper-perl|13.11.4|all|81164|202|perl||",
  "autotools-dev|20220109.1|all|51596|165|||",
  "automake|1:1.16.5-1.3|all|823224|1824|autoconf autotools-dev||automake aclocal",
  "autopoint|0.21-12|all|495124|1424|||autopoint",
  "libtool|2.4.7-7~deb12u1|all|524412|2136|autotools-dev file||libtoolize",
  "dh-autoreconf|20|all|17072|61|autoconf automake autopoint libtool||dh_autoreconf",
  "libfile-stripnondeterminism-perl|1.13.1-1|all|19528|65|perl||",
  "dh-strip-nondeterminism|1.13.1-1|all|8484|28|libfile-stripnondeterminism-perl||dh_strip_nondeterminism strip-nondeterminism",
  "dwz|0.15-1|amd64|109460|395|||dwz",
  "gettext|0.21-12|amd64|1305876|8940|gettext-base||msgfmt msgmerge xgettext",
  "intltool-debian|0.35.0+20060710.6|all|22724|70|gettext||",
  "po-debconf|1.0.21+nmu1|all|248584|1113|gettext intltool-debian||po2debconf debconf-gettextize",
  "libargon2-1|0~20190702+dfsg-3|amd64|21412|54|||",
  "libargon2-dev|0~20190702+dfsg-3|amd64|29148|102|libargon2-1||",
  "libcurl4-openssl-dev|7.88.1-10+deb12u8|amd64|491888|1838|libcurl4||curl-config",
  "libonig-dev|6.9.8-1|amd64|92208|338|libonig5||",
  "libsodium-dev|1.0.18-1|amd64|170440|863|libsodium23||",
];
