/**
 * Debian 12 "bookworm" (amd64) packages that source builds install: the
 * development headers and libraries CPython's and Ruby's Dockerfiles ask
 * for, and glibc's libc-dev-bin, which ships ldd(1) in bookworm (libc6-dev
 * depends on it). Rows in apt-catalog's format
 * `name|version|arch|size|installedKb|depends|recommends|bins`; a row for a
 * name apt-catalog already has replaces it (libc6-dev gains libc-dev-bin).
 * Versions are bookworm 12.9's; Simplification: sizes approximate the
 * Packages index, and dependencies already in debian:bookworm-slim are left out.
 */
export const BOOKWORM_BUILD: readonly string[] = [
  "libc-dev-bin|2.36-9+deb12u9|amd64|47536|130|||ldd gencat mtrace sprof",
  "libc6-dev|2.36-9+deb12u9|amd64|1904100|13188|libc-dev-bin linux-libc-dev libcrypt-dev||",
  "libbluetooth3|5.66-1+deb12u2|amd64|80204|254|||",
  "libbluetooth-dev|5.66-1+deb12u2|amd64|193480|1014|libbluetooth3||",
  "libbz2-dev|1.0.8-5+b1|amd64|30748|85|||",
  "libdb5.3-dev|5.3.28+dfsg2-1|amd64|861148|4122|||",
  "libdb-dev|5.3.2|amd64|2340|9|libdb5.3-dev||",
  "libffi-dev|3.4.4-1|amd64|58364|338|||",
  "libgdbm6|1.23-3|amd64|72292|202|||",
  "libgdbm-dev|1.23-3|amd64|50596|181|libgdbm6||",
  "libgdbm-compat4|1.23-3|amd64|48308|86|libgdbm6||",
  "libgdbm-compat-dev|1.23-3|amd64|30548|68|libgdbm-dev libgdbm-compat4||",
  "liblzma-dev|5.4.1-0.2|amd64|290696|1161|||",
  "libncurses-dev|6.4-4|amd64|349004|2226|||",
  "libncursesw5-dev|6.4-4|amd64|21044|39|libncurses-dev||",
  "libreadline-dev|8.2-1.3|amd64|154152|674|libreadline8 libncurses-dev||",
  "libsqlite3-dev|3.40.1-2+deb12u1|amd64|1003660|3387|libsqlite3-0||",
  "libtcl8.6|8.6.13+dfsg-2|amd64|1037372|4189|||",
  "tcl8.6-dev|8.6.13+dfsg-2|amd64|986316|4917|libtcl8.6 zlib1g-dev||",
  "libx11-6|2:1.8.4-2+deb12u2|amd64|760360|1612|||",
  "libx11-dev|2:1.8.4-2+deb12u2|amd64|823208|2591|libx11-6||",
  "libtk8.6|8.6.13-2|amd64|780272|2869|libtcl8.6 libx11-6||",
  "tk8.6-dev|8.6.13-2|amd64|733672|3837|libtk8.6 tcl8.6-dev libx11-dev||",
  "tk-dev|8.6.13|amd64|3420|10|tk8.6-dev||",
  "uuid-dev|2.38.1-5+deb12u3|amd64|40244|201|||",
  "zlib1g-dev|1:1.2.13.dfsg-1|amd64|916244|1047|||",
  "m4|1.4.19-3|amd64|287092|1064|||m4",
  "autoconf|2.71-3|all|343832|2026|m4||autoconf autoheader autoreconf",
  "libyaml-dev|0.2.5-1|amd64|62688|256|||",
  "libgmp-dev|2:6.2.1+dfsg1-1.1|amd64|642492|1772|||",
  "libxml2-dev|2.9.14+dfsg-1.3~deb12u1|amd64|783396|2953|libxml2||",
  "libxslt1-dev|1.1.35-1|amd64|396076|1765|libxslt1.1 libxml2-dev||",
  "libglib2.0-0|2.74.6-2+deb12u5|amd64|1395856|4799|||",
  "libglib2.0-dev|2.74.6-2+deb12u5|amd64|1658640|11038|libglib2.0-0||",
  "libruby3.1|3.1.2-7+deb12u1|amd64|5279312|24186|||",
  "ruby3.1|3.1.2-7+deb12u1|amd64|660272|188|libruby3.1||ruby3.1",
  "ruby|1:3.1|amd64|11428|38|ruby3.1||ruby gem",
  "pkg-config|1.8.1-1|amd64|13800|31|||pkg-config",
  "re2c|3.0-2|amd64|322852|1436|||re2c",
  "file|1:5.44-3|amd64|42388|90|||file",
];
