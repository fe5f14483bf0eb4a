/**
 * Alpine v3.21 main/community packages (x86_64, Feb 2025) that official-image
 * Dockerfiles install to verify signatures and compile software (redis,
 * nginx, gosu fetches): gnupg and its parts, the C toolchain's headers,
 * dpkg/dpkg-dev, coreutils, gettext; and the base packages of alpine:3.21
 * with the sonames they provide (so `apk add so:libssl.so.3` resolves), as
 * https://pkgs.alpinelinux.org/packages?branch=v3.21 lists them.
 * Row: name|version|installedBytes|depends|bins|provides|needed sonames of the bins.
 * Simplification: installed sizes are rounded approximations of the index's.
 */
export const ALPINE_BUILD_ROWS: readonly string[] = [
  // alpine:3.21's own packages (installed in the base image).
  "musl|1.2.5-r9|654000|||so:libc.musl-x86_64.so.1", "busybox|1.37.0-r12|800000|||", "libcrypto3|3.3.3-r0|4700000|||so:libcrypto.so.3",
  "libssl3|3.3.3-r0|700000|libcrypto3||so:libssl.so.3", "zlib|1.3.1-r2|100000|||so:libz.so.1", "busybox-binsh|1.37.0-r12|4096|busybox||/bin/sh",
  "alpine-baselayout-data|3.6.8-r1|20000||", "alpine-baselayout|3.6.8-r1|8000|alpine-baselayout-data busybox-binsh|", "alpine-keys|2.5-r0|14000||", "alpine-release|3.21.3-r0|4096|alpine-keys|",
  "apk-tools|2.14.6-r3|250000|musl libcrypto3 zlib|", "ca-certificates-bundle|20241121-r1|220000||", "scanelf|1.3.8-r1|70000|musl|", "musl-utils|1.2.5-r9|100000|scanelf musl|",
  "ssl_client|1.37.0-r12|14000|libcrypto3 libssl3|", "libc-utils|0.7.2-r6|4096|musl-utils|",
  // gnupg 2.4 and what it pulls in.
  "libgpg-error|1.51-r0|250000|||so:libgpg-error.so.0", "libgcrypt|1.10.3-r1|1200000|libgpg-error||so:libgcrypt.so.20", "libassuan|2.5.7-r0|90000|libgpg-error||so:libassuan.so.0",
  "libksba|1.6.7-r0|200000|libgpg-error||so:libksba.so.8", "npth|1.8-r0|20000|||so:libnpth.so.0", "libbz2|1.0.8-r6|75000|||so:libbz2.so.1",
  "gmp|6.3.0-r2|430000|||so:libgmp.so.10", "nettle|3.10-r1|500000|gmp||so:libnettle.so.8 so:libhogweed.so.6", "libtasn1|4.19.0-r2|90000|||so:libtasn1.so.6",
  "p11-kit|0.25.5-r2|1500000|libffi libtasn1||so:libp11-kit.so.0", "gnutls|3.8.8-r0|2300000|gmp libidn2 libtasn1 libunistring nettle p11-kit zstd-libs||so:libgnutls.so.30",
  "libsasl|2.1.28-r8|250000|||so:libsasl2.so.3", "libldap|2.6.8-r0|500000|libsasl||so:libldap.so.2 so:liblber.so.2",
  "ncurses-libs|6.5_p20241006-r3|450000|ncurses-terminfo-base||so:libncursesw.so.6", "libcap2|2.71-r0|60000|||so:libcap.so.2",
  "pinentry|1.3.1-r0|120000|libassuan libcap2 libgpg-error ncurses-libs|pinentry pinentry-curses", "gnupg-gpgconf|2.4.7-r0|180000|libassuan libgcrypt libgpg-error npth|gpgconf gpg-connect-agent",
  "gpg|2.4.7-r0|1200000|gnupg-gpgconf libassuan libbz2 libgcrypt libgpg-error npth sqlite-libs|gpg", "gpg-agent|2.4.7-r0|380000|gnupg-gpgconf pinentry libassuan libgcrypt|gpg-agent",
  "gpgv|2.4.7-r0|330000|libbz2 libgcrypt libgpg-error|gpgv", "gpgsm|2.4.7-r0|500000|gpg-agent libksba|gpgsm", "gnupg-dirmngr|2.4.7-r0|650000|gnupg-gpgconf gnutls libldap libksba npth|dirmngr",
  "gnupg-keyboxd|2.4.7-r0|160000|gnupg-gpgconf sqlite-libs libksba|", "gnupg-utils|2.4.7-r0|650000|gpg libksba|gpgsplit gpgtar kbxutil",
  "gnupg-wks-client|2.4.7-r0|160000|gpg|gpg-wks-client", "gpg-wks-server|2.4.7-r0|170000|gpg|gpg-wks-server",
  "gnupg|2.4.7-r0|4096|gnupg-dirmngr gnupg-keyboxd gnupg-utils gnupg-wks-client gpg gpg-agent gpg-wks-server gpgsm gpgv|",
  // Build dependencies (docker-library/redis, nginx pkg-oss).
  "linux-headers|6.6-r1|6900000||", "openssl-dev|3.3.3-r0|1500000|pkgconf|", "pkgconf|2.3.0-r0|150000||pkgconf pkg-config",
  "libattr|2.5.2-r2|20000|||so:libattr.so.1", "libacl|2.3.2-r1|40000|libattr||so:libacl.so.1", "skalibs-libs|2.14.3.0-r0|200000|||so:libskarnet.so.2.14",
  "utmps-libs|0.1.2.3-r2|30000|skalibs-libs||so:libutmps.so.0.1", "coreutils-env|9.5-r2|60000||env", "coreutils-fmt|9.5-r2|60000||fmt", "coreutils-sha512sum|9.5-r2|90000||sha512sum",
  "coreutils|9.5-r2|1100000|coreutils-env coreutils-fmt coreutils-sha512sum libacl libattr utmps-libs|install md5sum sha256sum sha1sum cut sort tr uniq nproc timeout realpath",
  "xz-libs|5.6.3-r1|180000|||so:liblzma.so.5", "xz|5.6.3-r1|150000|xz-libs|xz unxz xzcat", "tar|1.35-r2|500000|libacl|tar",
  "perl|5.40.1-r1|40000000||perl", "dpkg|1.22.11-r0|2000000|tar xz|dpkg dpkg-query dpkg-deb sbin/start-stop-daemon",
  "dpkg-dev|1.22.11-r0|1200000|perl dpkg tar xz patch make binutils|dpkg-architecture dpkg-buildpackage dpkg-source dpkg-scanpackages",
  "libgcc|14.2.0-r4|100000|||so:libgcc_s.so.1", "libstdc++|14.2.0-r4|2600000|libgcc||so:libstdc++.so.6", "libgomp|14.2.0-r4|300000|||so:libgomp.so.1",
  "libatomic|14.2.0-r4|20000|||so:libatomic.so.1", "mpfr4|4.2.1-r0|600000|gmp||so:libmpfr.so.6", "mpc1|1.3.1-r1|150000|gmp mpfr4||so:libmpc.so.3",
  "isl26|0.26-r1|3000000|gmp||so:libisl.so.23", "jansson|2.14-r4|80000|||so:libjansson.so.4",
  // gettext: envsubst links libintl (gettext-envsubst).
  "libintl|0.22.5-r0|60000|||so:libintl.so.8", "gettext-libs|0.22.5-r0|2800000|libintl libxml2|", "libxml2|2.13.4-r5|1300000|xz-libs||so:libxml2.so.2",
  "gettext-envsubst|0.22.5-r0|20000|libintl|envsubst||libintl.so.8 libc.musl-x86_64.so.1", "gettext-asprintf|0.22.5-r0|20000|||so:libasprintf.so.0",
  "gettext|0.22.5-r0|8500000|gettext-asprintf gettext-envsubst gettext-libs libintl ncurses-libs|gettext msgfmt msgmerge xgettext",
  "su-exec|0.2-r3|20000||sbin/su-exec", "findutils|4.10.0-r0|700000||find xargs",
];
