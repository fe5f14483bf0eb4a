/**
 * Distro base layers: the directory skeleton (FHS 3.0; /root 0700, /tmp
 * 1777), merged-usr symlinks where the release has them, /bin/sh (dash on
 * Debian/Ubuntu as dash's postinst diverts it, busybox on Alpine, bash on
 * EL9), coreutils or busybox applets, and apt / apk / microdnf.
 */
import type { DistroId } from "../catalog/shape";
import { DISTROS, describeUser, type DistroFacts } from "./distro-data";
import { EntryMap, toMs } from "./entries";

/** Debian/Ubuntu essential programs (coreutils, dash, bash, grep, sed, findutils, tar, gzip, util-linux, mawk, perl-base…). */
const DEBIAN_BIN = [
  "bash", "dash", "cat", "chgrp", "chmod", "chown", "cp", "date", "dd", "df", "dir", "echo", "false", "grep", "egrep", "fgrep", "gzip", "gunzip",
  "zcat", "hostname", "ln", "login", "ls", "mkdir", "mknod", "mktemp", "more", "mount", "umount", "mv", "pwd", "readlink", "rm", "rmdir", "sed",
  "sleep", "stty", "su", "sync", "tar", "touch", "true", "uname", "run-parts", "tempfile", "which",
];
const DEBIAN_USR_BIN = [
  "[", "awk", "mawk", "base64", "basename", "chfn", "chsh", "cksum", "cmp", "comm", "cut", "diff", "dirname", "du", "env", "expr", "find", "head",
  "id", "install", "logname", "md5sum", "nproc", "nice", "nohup", "od", "passwd", "paste", "perl", "printenv", "printf", "realpath", "seq",
  "sha256sum", "sort", "split", "stat", "tac", "tail", "tee", "test", "timeout", "tr", "truncate", "tty", "uniq", "wc", "whoami", "xargs", "yes",
  "apt", "apt-get", "apt-cache", "apt-config", "apt-mark", "dpkg", "dpkg-query", "dpkg-divert", "getent", "locale", "localedef", "gpgv", "newgrp", "clear", "reset", "tput", "infocmp",
];
const SBIN = ["useradd", "userdel", "usermod", "groupadd", "groupdel", "adduser", "addgroup", "ldconfig", "start-stop-daemon", "chroot", "nologin"];

/** busybox applets (Alpine's /bin and /usr/bin symlinks; the busybox image's /bin hard links). */
export const BUSYBOX_BIN = [
  "sh", "ash", "busybox", "cat", "chgrp", "chmod", "chown", "cp", "date", "dd", "df", "dmesg", "echo", "egrep", "false", "fgrep", "grep", "gunzip",
  "gzip", "hostname", "kill", "ln", "login", "ls", "mkdir", "mknod", "mktemp", "more", "mount", "mv", "netstat", "nice", "pidof", "ping", "ps", "pwd",
  "rm", "rmdir", "sed", "sleep", "stat", "stty", "su", "sync", "tar", "touch", "true", "umount", "uname", "usleep", "watch", "zcat",
];
export const BUSYBOX_USR_BIN = [
  "[", "[[", "awk", "basename", "cut", "diff", "dirname", "du", "env", "expr", "find", "free", "head", "id", "less", "md5sum", "nc", "nohup", "nproc",
  "od", "printenv", "printf", "readlink", "realpath", "seq", "sha256sum", "sha512sum", "sort", "tail", "tee", "test", "time", "top", "tr", "truncate", "tty", "uniq",
  "unzip", "uptime", "vi", "wc", "wget", "which", "whoami", "xargs", "yes",
];
const BUSYBOX_SBIN = ["adduser", "addgroup", "deluser", "delgroup", "ifconfig", "init", "reboot", "route", "sysctl"];

const SKELETON = ["/", "/bin", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt", "/proc", "/run", "/sbin", "/srv", "/sys", "/usr", "/usr/bin", "/usr/lib", "/usr/local", "/usr/local/bin", "/usr/local/sbin", "/usr/local/lib", "/usr/local/share", "/usr/sbin", "/usr/share", "/var", "/var/cache", "/var/lib", "/var/local", "/var/log", "/var/mail", "/var/opt", "/var/spool"];

/** The distro facts for a catalog DistroId. */
export function getDistro(id: DistroId): DistroFacts {
  return DISTROS[id];
}

/** /etc/passwd, /etc/group, /etc/shadow (and home directories) for the distro's users plus `extra`, as useradd/adduser leave them. */
export function writeAccounts(map: EntryMap, distro: DistroFacts, extra: readonly string[]): void {
  const added = extra.map((u) => describeUser(u, distro.family));
  const passwd = [...distro.passwd, ...added.map((a) => a.passwd)];
  const group = [...distro.group, ...added.map((a) => a.group)];
  const shadowDays = distro.family === "alpine" || distro.family === "busybox" ? "0" : "19756";
  const shadow = passwd.map((l) => `${l.split(":")[0] ?? ""}:${l.startsWith("root:") && distro.family === "alpine" ? "*" : "*"}:${shadowDays}:0:99999:7:::`);
  map.file("/etc/passwd", `${passwd.join("\n")}\n`).file("/etc/group", `${group.join("\n")}\n`).file("/etc/shadow", `${shadow.join("\n")}\n`, 0o640, 0, 42);
  for (const a of added) if (a.home) {
    const [uid, gid] = a.passwd.split(":").slice(2, 4).map(Number);
    map.dir(a.home, 0o755, uid, gid);
  }
}

function debianLike(map: EntryMap, d: DistroFacts, id: DistroId): void {
  const bin = d.mergedUsr ? "/usr/bin" : "/bin";
  map.exe(DEBIAN_BIN.map((n) => `${bin}/${n}`)).exe(DEBIAN_USR_BIN.map((n) => `/usr/bin/${n}`)).exe(SBIN.map((n) => `/usr/sbin/${n}`));
  map.link(`${bin}/sh`, "dash").link(`${bin}/rbash`, "bash");
  map.dirs(["/etc/apt", "/etc/apt/apt.conf.d", "/etc/apt/preferences.d", "/etc/apt/sources.list.d", "/etc/apt/trusted.gpg.d", "/var/lib/apt", "/var/lib/apt/lists", "/var/lib/dpkg", "/var/cache/apt", "/var/cache/debconf"]);
  map.dir("/var/lib/apt/lists/partial", 0o700, 42, 0);
  const ubuntu = d.family === "ubuntu";
  const mirror = ubuntu ? "http://archive.ubuntu.com/ubuntu/" : "http://deb.debian.org/debian";
  if (id === "debian-bookworm" || id === "debian-bookworm-slim" || id === "ubuntu-24.04") {
    const suites = ubuntu ? `${d.branch} ${d.branch}-updates ${d.branch}-backports` : `${d.branch} ${d.branch}-updates`;
    const comps = ubuntu ? "main universe restricted multiverse" : "main";
    map.dir("/etc/apt/keyrings"); // shipped by apt >= 2.4 (bookworm, noble) for third-party signed-by keyrings
    const key = ubuntu ? "/usr/share/keyrings/ubuntu-archive-keyring.gpg" : "/usr/share/keyrings/debian-archive-keyring.gpg";
    const security = ubuntu ? `Types: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: ${d.branch}-security\nComponents: ${comps}\nSigned-By: ${key}\n` : `Types: deb\nURIs: http://deb.debian.org/debian-security\nSuites: ${d.branch}-security\nComponents: main\nSigned-By: ${key}\n`;
    map.file(`/etc/apt/sources.list.d/${ubuntu ? "ubuntu" : "debian"}.sources`, `Types: deb\nURIs: ${mirror}\nSuites: ${suites}\nComponents: ${comps}\nSigned-By: ${key}\n\n${security}`);
    if (ubuntu) map.file("/etc/apt/sources.list", "# Ubuntu sources have moved to /etc/apt/sources.list.d/ubuntu.sources\n");
  } else {
    const comps = ubuntu ? "main restricted" : "main";
    const security = ubuntu ? `deb http://security.ubuntu.com/ubuntu/ ${d.branch}-security ${comps}` : `deb http://deb.debian.org/debian-security ${d.branch}-security main`;
    map.file("/etc/apt/sources.list", `deb ${mirror} ${d.branch} ${comps}\n${security}\ndeb ${mirror} ${d.branch}-updates ${comps}\n`);
  }
  map.file("/var/lib/dpkg/status", "Package: base-files\nStatus: install ok installed\n");
  map.file("/etc/debian_version", id.startsWith("debian-bookworm") ? "12.9\n" : id.startsWith("debian-bullseye") ? "11.7\n" : ubuntu && d.branch === "noble" ? "trixie/sid\n" : "bookworm/sid\n");
  map.file("/root/.bashrc", "# ~/.bashrc: executed by bash(1) for non-login shells.\n", 0o644).file("/root/.profile", "# ~/.profile: executed by Bourne-compatible login shells.\n", 0o644);
  map.file("/etc/bash.bashrc", "# System-wide .bashrc file for interactive bash(1) shells.\n").file("/etc/profile", "# /etc/profile: system-wide .profile file for the Bourne shell (sh(1))\n");
}

function alpineLike(map: EntryMap, d: DistroFacts, busybox: boolean): void {
  if (busybox) {
    // The busybox image: applets are hard links of /bin/busybox, all in /bin (docker-library/busybox).
    map.exe([...BUSYBOX_BIN, ...BUSYBOX_USR_BIN, ...BUSYBOX_SBIN].map((n) => `/bin/${n}`), "\x7fELF busybox");
    return;
  }
  map.exe(["/bin/busybox"]);
  for (const n of BUSYBOX_BIN) if (n !== "busybox") map.link(`/bin/${n}`, "/bin/busybox");
  for (const n of BUSYBOX_USR_BIN) map.link(`/usr/bin/${n}`, "/bin/busybox");
  for (const n of BUSYBOX_SBIN) map.link(`/sbin/${n}`, "/bin/busybox");
  map.exe(["/sbin/apk", "/sbin/ldconfig", "/usr/bin/getent", "/usr/bin/iconv", "/usr/bin/ldd", "/usr/bin/scanelf", "/usr/bin/ssl_client"]);
  map.dirs(["/etc/apk", "/etc/apk/keys", "/lib/apk", "/lib/apk/db", "/var/cache/apk", "/etc/profile.d"]);
  map.file("/etc/apk/arch", "x86_64\n");
  map.file("/etc/apk/repositories", `https://dl-cdn.alpinelinux.org/alpine/${d.branch}/main\nhttps://dl-cdn.alpinelinux.org/alpine/${d.branch}/community\n`);
  map.file("/etc/apk/world", "alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\nssl_client\n");
  const pkgs = ["alpine-baselayout", "alpine-baselayout-data", "alpine-keys", "alpine-release", "apk-tools", "busybox", "busybox-binsh", "ca-certificates-bundle", "libcrypto3", "libssl3", "musl", "musl-utils", "scanelf", "ssl_client", "zlib"];
  map.file("/lib/apk/db/installed", pkgs.map((p) => `P:${p}\nA:x86_64\nL:GPL-2.0-only\n`).join("\n"));
  map.file("/etc/alpine-release", `${/VERSION_ID=(\S+)/.exec(d.osRelease ?? "")?.[1] ?? ""}\n`);
  map.file("/etc/profile", 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n');
}

/**
 * The base layer of `id`, padded to `total` bytes with the libraries the real
 * rootfs tarball carries (libc, libcrypto, locale data).
 */
export function buildDistroLayer(id: DistroId, total: number): EntryMap {
  const d = getDistro(id);
  const map = new EntryMap(toMs(d.mtime)).dirs(SKELETON);
  map.dir("/root", 0o700).dir("/tmp", 0o1777).dir("/var/tmp", 0o1777).dir("/run/lock", 0o1777);
  // /var/run is a link to /run on Debian, Ubuntu (base-files) and Alpine (alpine-baselayout); pid files live there (nginx.pid, postgresql).
  map.link("/var/run", d.family === "alpine" ? "../run" : "/run");
  if (d.mergedUsr) {
    map.entries.delete("/bin"); map.entries.delete("/lib"); map.entries.delete("/sbin");
    map.link("/bin", "usr/bin").link("/sbin", "usr/sbin").link("/lib", "usr/lib").link("/lib64", "usr/lib64").dir("/usr/lib64");
  }
  writeAccounts(map, d, []);
  map.file("/etc/hostname", "").file("/etc/hosts", "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
  if (d.osRelease !== undefined) {
    if (d.family === "alpine") map.file("/etc/os-release", d.osRelease);
    else map.file("/usr/lib/os-release", d.osRelease).link("/etc/os-release", "../usr/lib/os-release");
  }
  if (d.family === "debian" || d.family === "ubuntu") {
    debianLike(map, d, id);
    return map.ballast(total, [["/usr/lib/x86_64-linux-gnu/libc.so.6", 0.02], ["/usr/lib/x86_64-linux-gnu/libcrypto.so.3", 0.05], ["/usr/lib/x86_64-linux-gnu/perl-base/unicore/Name.pl", 0.01], ["/usr/lib/locale/C.utf8/LC_COLLATE", 0.01], ["/var/lib/dpkg/info/libc6:amd64.md5sums", 1]]);
  }
  if (d.family === "oracle") {
    map.exe(DEBIAN_BIN.filter((n) => n !== "dash").map((n) => `/usr/bin/${n}`)).exe(["/usr/bin/microdnf", "/usr/bin/rpm", ...DEBIAN_USR_BIN.filter((n) => !n.startsWith("apt") && !n.startsWith("dpkg")).map((n) => `/usr/bin/${n}`)]);
    map.link("/usr/bin/sh", "bash").file("/etc/oracle-release", "Oracle Linux Server release 9.5\n").dir("/etc/yum.repos.d");
    return map.ballast(total, [["/usr/lib64/libc.so.6", 0.03], ["/usr/lib64/libcrypto.so.3", 0.05], ["/var/lib/rpm/rpmdb.sqlite", 1]]);
  }
  alpineLike(map, d, d.family === "busybox");
  return map.ballast(total, d.family === "busybox" ? [["/bin/busybox", 0.3], ["/lib/libc.so.6", 1]] : [["/lib/ld-musl-x86_64.so.1", 0.09], ["/usr/lib/libcrypto.so.3", 0.6], ["/usr/lib/libssl.so.3", 1]]);
}
