/**
 * Per-distribution facts for the root filesystem templates: /etc/os-release
 * as each release ships it (Debian base-files, Ubuntu base-files,
 * alpine-release, oraclelinux-release), the stock /etc/passwd and /etc/group
 * (Debian base-passwd, Alpine alpine-baselayout), and the package manager.
 */
import type { DistroId } from "../catalog/shape";

/** What a distro template needs to know. */
export interface DistroFacts {
  family: "debian" | "ubuntu" | "alpine" | "busybox" | "oracle";
  osRelease?: string;
  /** /bin, /sbin, /lib are symlinks into /usr (Debian ≥ bookworm, Ubuntu, EL9). */
  mergedUsr: boolean;
  passwd: string[];
  group: string[];
  /** Alpine release branch (v3.21) for /etc/apk/repositories; Debian/Ubuntu suite for apt sources. */
  branch: string;
  mtime: string;
}

const DEBIAN_URLS = 'HOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n';
const UBUNTU_URLS = 'HOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n';

function debianOs(version: string, codename: string): string {
  return `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${version}"\nVERSION="${version} (${codename})"\nVERSION_CODENAME=${codename}\nID=debian\n${DEBIAN_URLS}`;
}

function alpineOs(version: string): string {
  const branch = version.split(".").slice(0, 2).join(".");
  return `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${branch}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
}

const NOLOGIN = "/usr/sbin/nologin";
/** Debian base-passwd's users (bookworm). */
const DEBIAN_PASSWD = [
  "root:x:0:0:root:/root:/bin/bash", `daemon:x:1:1:daemon:/usr/sbin:${NOLOGIN}`, `bin:x:2:2:bin:/bin:${NOLOGIN}`, `sys:x:3:3:sys:/dev:${NOLOGIN}`,
  "sync:x:4:65534:sync:/bin:/bin/sync", `games:x:5:60:games:/usr/games:${NOLOGIN}`, `man:x:6:12:man:/var/cache/man:${NOLOGIN}`,
  `lp:x:7:7:lp:/var/spool/lpd:${NOLOGIN}`, `mail:x:8:8:mail:/var/mail:${NOLOGIN}`, `news:x:9:9:news:/var/spool/news:${NOLOGIN}`,
  `uucp:x:10:10:uucp:/var/spool/uucp:${NOLOGIN}`, `proxy:x:13:13:proxy:/bin:${NOLOGIN}`, `www-data:x:33:33:www-data:/var/www:${NOLOGIN}`,
  `backup:x:34:34:backup:/var/backups:${NOLOGIN}`, `list:x:38:38:Mailing List Manager:/var/list:${NOLOGIN}`, `irc:x:39:39:ircd:/run/ircd:${NOLOGIN}`,
  `_apt:x:42:65534::/nonexistent:${NOLOGIN}`, `nobody:x:65534:65534:nobody:/nonexistent:${NOLOGIN}`,
];
const DEBIAN_GROUP = [
  "root:x:0:", "daemon:x:1:", "bin:x:2:", "sys:x:3:", "adm:x:4:", "tty:x:5:", "disk:x:6:", "lp:x:7:", "mail:x:8:", "news:x:9:", "uucp:x:10:",
  "man:x:12:", "proxy:x:13:", "kmem:x:15:", "dialout:x:20:", "fax:x:21:", "voice:x:22:", "cdrom:x:24:", "floppy:x:25:", "tape:x:26:", "sudo:x:27:",
  "audio:x:29:", "dip:x:30:", "www-data:x:33:", "backup:x:34:", "operator:x:37:", "list:x:38:", "irc:x:39:", "src:x:40:", "shadow:x:42:",
  "utmp:x:43:", "video:x:44:", "sasl:x:45:", "plugdev:x:46:", "staff:x:50:", "games:x:60:", "users:x:100:", "nogroup:x:65534:",
];
/** alpine-baselayout's users (3.21). */
const ALPINE_PASSWD = [
  "root:x:0:0:root:/root:/bin/sh", "bin:x:1:1:bin:/bin:/sbin/nologin", "daemon:x:2:2:daemon:/sbin:/sbin/nologin", "lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin",
  "sync:x:5:0:sync:/sbin:/bin/sync", "shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown", "halt:x:7:0:halt:/sbin:/sbin/halt", "mail:x:8:12:mail:/var/mail:/sbin/nologin",
  "news:x:9:13:news:/usr/lib/news:/sbin/nologin", "uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin", "cron:x:16:16:cron:/var/spool/cron:/sbin/nologin",
  "ftp:x:21:21::/var/lib/ftp:/sbin/nologin", "sshd:x:22:22:sshd:/dev/null:/sbin/nologin", "games:x:35:35:games:/usr/games:/sbin/nologin",
  "ntp:x:123:123:NTP:/var/empty:/sbin/nologin", "guest:x:405:100:guest:/dev/null:/sbin/nologin", "nobody:x:65534:65534:nobody:/:/sbin/nologin",
];
const ALPINE_GROUP = [
  "root:x:0:root", "bin:x:1:root,bin,daemon", "daemon:x:2:root,bin,daemon", "sys:x:3:root,bin", "adm:x:4:root,daemon", "tty:x:5:", "disk:x:6:root",
  "lp:x:7:lp", "kmem:x:9:", "wheel:x:10:root", "floppy:x:11:root", "mail:x:12:mail", "news:x:13:news", "uucp:x:14:uucp", "cron:x:16:cron",
  "audio:x:18:", "cdrom:x:19:", "dialout:x:20:root", "ftp:x:21:", "sshd:x:22:", "input:x:23:", "tape:x:26:root", "video:x:27:root",
  "netdev:x:28:", "kvm:x:34:kvm", "games:x:35:", "shadow:x:42:", "www-data:x:82:", "users:x:100:games", "ntp:x:123:", "abuild:x:300:",
  "utmp:x:406:", "ping:x:999:", "nogroup:x:65533:", "nobody:x:65534:",
];
const BUSYBOX_PASSWD = ["root:x:0:0:root:/root:/bin/sh", "daemon:x:1:1:daemon:/usr/sbin:/bin/false", "bin:x:2:2:bin:/bin:/bin/false", "sys:x:3:3:sys:/dev:/bin/false", "sync:x:4:100:sync:/bin:/bin/sync", "mail:x:8:8:mail:/var/spool/mail:/bin/false", "www-data:x:33:33:www-data:/var/www:/bin/false", "operator:x:37:37:Operator:/var:/bin/false", "nobody:x:65534:65534:nobody:/home:/bin/false"];
const BUSYBOX_GROUP = ["root:x:0:", "daemon:x:1:", "bin:x:2:", "sys:x:3:", "adm:x:4:", "tty:x:5:", "disk:x:6:", "wheel:x:10:root", "mail:x:8:", "www-data:x:33:", "operator:x:37:", "staff:x:50:", "audio:x:29:", "users:x:100:", "nogroup:x:65534:"];
const ORACLE_PASSWD = ["root:x:0:0:root:/root:/bin/bash", "bin:x:1:1:bin:/bin:/sbin/nologin", "daemon:x:2:2:daemon:/sbin:/sbin/nologin", "adm:x:3:4:adm:/var/adm:/sbin/nologin", "lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin", "sync:x:5:0:sync:/sbin:/bin/sync", "shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown", "halt:x:7:0:halt:/sbin:/sbin/halt", "mail:x:8:12:mail:/var/spool/mail:/sbin/nologin", "operator:x:11:0:operator:/root:/sbin/nologin", "games:x:12:100:games:/usr/games:/sbin/nologin", "ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin", "nobody:x:65534:65534:Kernel Overflow User:/:/sbin/nologin"];
const ORACLE_GROUP = ["root:x:0:", "bin:x:1:", "daemon:x:2:", "sys:x:3:", "adm:x:4:", "tty:x:5:", "disk:x:6:", "lp:x:7:", "mem:x:8:", "kmem:x:9:", "wheel:x:10:", "mail:x:12:", "man:x:15:", "games:x:20:", "ftp:x:50:", "users:x:100:", "nobody:x:65534:"];

function debian(version: string, codename: string, merged: boolean, mtime: string): DistroFacts {
  const passwd = merged ? DEBIAN_PASSWD : DEBIAN_PASSWD.map((l) => l.replace("irc:x:39:39:ircd:/run/ircd", "irc:x:39:39:ircd:/var/run/ircd").replace("_apt:x:42:", "_apt:x:100:"));
  return { family: "debian", osRelease: debianOs(version, codename), mergedUsr: merged, passwd, group: DEBIAN_GROUP, branch: codename, mtime };
}

function ubuntu(version: string, point: string, codename: string, name: string, mtime: string): DistroFacts {
  const head = version === "20.04"
    ? `NAME="Ubuntu"\nVERSION="${point} LTS (${name})"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu ${point} LTS"\nVERSION_ID="${version}"\n${UBUNTU_URLS}VERSION_CODENAME=${codename}\nUBUNTU_CODENAME=${codename}\n`
    : `PRETTY_NAME="Ubuntu ${point} LTS"\nNAME="Ubuntu"\nVERSION_ID="${version}"\nVERSION="${point} LTS (${name})"\nVERSION_CODENAME=${codename}\nID=ubuntu\nID_LIKE=debian\n${UBUNTU_URLS}UBUNTU_CODENAME=${codename}\n${version === "24.04" ? "LOGO=ubuntu-logo\n" : ""}`;
  const passwd = version === "24.04" ? [...DEBIAN_PASSWD, "ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash"] : DEBIAN_PASSWD.map((l) => l.replace("_apt:x:42:", "_apt:x:100:"));
  const group = version === "24.04" ? [...DEBIAN_GROUP, "ubuntu:x:1000:"] : DEBIAN_GROUP;
  return { family: "ubuntu", osRelease: head, mergedUsr: true, passwd, group, branch: codename, mtime };
}

function alpine(version: string, mtime: string): DistroFacts {
  return { family: "alpine", osRelease: alpineOs(version), mergedUsr: false, passwd: ALPINE_PASSWD, group: ALPINE_GROUP, branch: `v${version.split(".").slice(0, 2).join(".")}`, mtime };
}

/** Every distro template, by the catalog's DistroId. */
export const DISTROS: Record<DistroId, DistroFacts> = {
  "alpine-3.21": alpine("3.21.3", "2025-02-14T03:28:36Z"),
  "alpine-3.20": alpine("3.20.6", "2025-02-14T03:28:36Z"),
  "alpine-3.19": alpine("3.19.7", "2025-02-14T03:28:36Z"),
  "alpine-3.18": alpine("3.18.4", "2023-09-28T21:19:27Z"),
  "alpine-3.14": alpine("3.14.8", "2022-08-09T17:19:53Z"),
  "alpine-3.7": alpine("3.7.3", "2019-03-07T22:19:53Z"),
  busybox: { family: "busybox", mergedUsr: false, passwd: BUSYBOX_PASSWD, group: BUSYBOX_GROUP, branch: "", mtime: "2024-09-26T21:31:42Z" },
  "debian-bookworm": debian("12", "bookworm", true, "2025-02-03T00:00:00Z"),
  "debian-bookworm-slim": debian("12", "bookworm", true, "2025-02-03T00:00:00Z"),
  "debian-bullseye": debian("11", "bullseye", false, "2023-08-14T00:00:00Z"),
  "debian-bullseye-slim": debian("11", "bullseye", false, "2023-08-14T00:00:00Z"),
  "ubuntu-20.04": ubuntu("20.04", "20.04.6", "focal", "Focal Fossa", "2025-01-27T19:41:46Z"),
  "ubuntu-22.04": ubuntu("22.04", "22.04.5", "jammy", "Jammy Jellyfish", "2025-01-26T05:31:28Z"),
  "ubuntu-24.04": ubuntu("24.04", "24.04.1", "noble", "Noble Numbat", "2025-01-27T19:42:53Z"),
  "oraclelinux-9-slim": {
    family: "oracle", mergedUsr: true, passwd: ORACLE_PASSWD, group: ORACLE_GROUP, branch: "el9", mtime: "2025-01-15T00:00:00Z",
    osRelease: 'NAME="Oracle Linux Server"\nVERSION="9.5"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="9.5"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Oracle Linux Server 9.5"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:9:5:server"\nHOME_URL="https://linux.oracle.com/"\nBUG_REPORT_URL="https://github.com/oracle/oracle-linux"\n',
  },
};

/** Extra users images add (uid, gid, home, shell per distro family), from the images' Dockerfiles. */
export function describeUser(name: string, family: DistroFacts["family"]): { passwd: string; group: string; home?: string } {
  const alpine = family === "alpine";
  switch (name) {
    case "node": return { passwd: `node:x:1000:1000:${alpine ? "Linux User,,," : ""}:/home/node:${alpine ? "/bin/sh" : "/bin/bash"}`, group: "node:x:1000:", home: "/home/node" };
    case "postgres": return alpine ? { passwd: "postgres:x:70:70::/var/lib/postgresql:/bin/sh", group: "postgres:x:70:" } : { passwd: "postgres:x:999:999::/var/lib/postgresql:/bin/bash", group: "postgres:x:999:" };
    case "redis": return alpine ? { passwd: "redis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin", group: "redis:x:1000:redis" } : { passwd: "redis:x:999:999::/home/redis:/bin/sh", group: "redis:x:999:" };
    case "nginx": return alpine ? { passwd: "nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin", group: "nginx:x:101:nginx" } : { passwd: "nginx:x:101:101:nginx user:/nonexistent:/bin/false", group: "nginx:x:101:" };
    case "www-data": return { passwd: "www-data:x:82:82:Linux User,,,:/home/www-data:/sbin/nologin", group: "www-data:x:82:www-data" };
    case "mysql": return { passwd: "mysql:x:999:999::/var/lib/mysql:/bin/bash", group: "mysql:x:999:" };
    default: return { passwd: `mongodb:x:999:999::/home/mongodb:/bin/sh`, group: "mongodb:x:999:" };
  }
}
