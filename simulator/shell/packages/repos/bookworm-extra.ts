/**
 * More packages of Debian 12 "bookworm" main (amd64), in apt-catalog's row
 * format `name|version|arch|size|installedKb|depends|recommends|bins`: what
 * nginx.org's modules, gettext's envsubst, gnupg1 and PostgreSQL pull in.
 * Versions are bookworm 12.9's; Simplification: sizes approximate the
 * Packages index, and dependencies already in debian:bookworm-slim (libc6,
 * zlib1g, libbz2-1.0, libgcrypt20, liblzma5…) are left out.
 */
export const BOOKWORM_EXTRA: readonly string[] = [
  "gnupg1|1.4.23-1.1+b1|amd64|614680|1958|libusb-0.1-4 libreadline8|gnupg1-l10n|gpg1",
  "gnupg1-l10n|1.4.23-1.1|all|651984|3154|||",
  "libusb-0.1-4|2:0.1.12-32|amd64|21916|55|||",
  "gettext-base|0.21-12|amd64|160852|754|||envsubst gettext ngettext",
  "libxml2|2.9.14+dfsg-1.3~deb12u1|amd64|687144|2056|libicu72||",
  "libicu72|72.1-3|amd64|9376320|35787|||",
  "libxslt1.1|1.1.35-1|amd64|240496|550|libxml2||",
  "libgeoip1|1.6.12-10|amd64|88112|247||geoip-database|",
  "geoip-database|20230203-1|all|3288992|10585|||",
  "libgd3|2.3.3-9|amd64|124060|454|libfontconfig1 libfreetype6 libheif1 libjpeg62-turbo libpng16-16 libtiff6 libwebp7 libxpm4|libgd-tools|",
  "libfontconfig1|2.14.1-4|amd64|386296|1008|fontconfig-config libfreetype6||",
  "fontconfig-config|2.14.1-4|amd64|328648|556|fonts-dejavu-core||",
  "fonts-dejavu-core|2.37-6|all|1068912|2989|||",
  "libfreetype6|2.12.1+dfsg-5+deb12u3|amd64|398524|946|libpng16-16 libbrotli1||",
  "libpng16-16|1.6.39-2|amd64|276228|611|||",
  "libjpeg62-turbo|1:2.1.5-2|amd64|166992|475|||",
  "libtiff6|4.5.0-6+deb12u2|amd64|316000|747|libdeflate0 libjbig0 liblerc4 libwebp7||",
  "libdeflate0|1.14-1|amd64|61596|153|||",
  "libjbig0|2.1-6.1|amd64|31636|106|||",
  "liblerc4|4.0.0+ds-2|amd64|170468|505|||",
  "libwebp7|1.2.4-0.2+deb12u1|amd64|285976|547|libsharpyuv0||",
  "libsharpyuv0|1.2.4-0.2+deb12u1|amd64|114272|146|||",
  "libxpm4|1:3.5.12-1.1+deb12u1|amd64|48792|115|libx11-6||",
  "libx11-6|2:1.8.4-2+deb12u2|amd64|760244|1864|libx11-data libxcb1||",
  "libx11-data|2:1.8.4-2+deb12u2|all|292312|1500|||",
  "libxcb1|1.15-1|amd64|144264|357|libxau6 libxdmcp6||",
  "libxau6|1:1.0.9-1|amd64|19684|43|||",
  "libxdmcp6|1:1.1.2-3|amd64|26252|61|||",
  "libheif1|1.15.1-1+deb12u1|amd64|215544|597|libaom3 libdav1d6 libde265-0 libx265-199||",
  "libaom3|3.6.0-1+deb12u1|amd64|1851608|5463|||",
  "libdav1d6|1.0.0-2+deb12u1|amd64|513456|1746|||",
  "libde265-0|1.0.11-1+deb12u2|amd64|185204|579|||",
  "libx265-199|3.5-2+b1|amd64|1174212|3941|libnuma1||",
  "libnuma1|2.0.16-1|amd64|21428|71|||",
  "ssl-cert|1.1.2|all|21016|67|openssl||",
  "ucf|3.0043+nmu1+deb12u1|all|55708|202|sensible-utils||",
  "sensible-utils|0.0.17+nmu1|all|19696|125|||",
  "libjson-perl|4.10000-1|all|87452|200|perl||",
  "libllvm14|1:14.0.6-12|amd64|23488532|107302|libz3-4 libedit2||",
  "libz3-4|4.8.12-3.1|amd64|7216068|22309|||",
  "libedit2|3.1-20221030-2|amd64|88756|231|||",
  "libgssapi-krb5-2|1.20.1-2+deb12u2|amd64|134784|429|libkrb5-3 libk5crypto3 libkrb5support0||",
  "libkrb5-3|1.20.1-2+deb12u2|amd64|332592|1095|libkeyutils1 libkrb5support0||",
  "libk5crypto3|1.20.1-2+deb12u2|amd64|79220|292|||",
  "libkrb5support0|1.20.1-2+deb12u2|amd64|32976|133|||",
  "libkeyutils1|1.6.3-2|amd64|8836|43|||",
];

const LOCALE_GEN = ["# This file lists locales that you wish to have built. You can find a list", "# of valid supported locales at /usr/share/i18n/SUPPORTED, and you can add", "# user defined locales to /usr/local/share/i18n/SUPPORTED. If you change", "# this file, you need to rerun locale-gen.", "", "", "# de_DE.UTF-8 UTF-8", "# en_GB.UTF-8 UTF-8", "# en_US ISO-8859-1", "# en_US.UTF-8 UTF-8", "# fr_FR.UTF-8 UTF-8", ""].join("\\n");

/** The files of packages whose contents later steps read or run (repos/rows.ts file specs). */
export const BOOKWORM_FILES: Readonly<Record<string, readonly string[]>> = {
  locales: [`/etc/locale.gen=${LOCALE_GEN}`, "/usr/sbin/locale-gen|9321|755", "/usr/sbin/update-locale|2988|755", "/usr/share/i18n/SUPPORTED|9402", "/usr/share/i18n/locales/en_US|3645", "/usr/share/i18n/charmaps/UTF-8.gz|262348", "/usr/share/locale/locale.alias|2996", "/usr/share/doc/locales/copyright|25000"],
};
