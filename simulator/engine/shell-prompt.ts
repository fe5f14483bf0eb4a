import type { ShellFlavor } from "../shell/posix/errors";

/** The bash version the catalog's Debian, Ubuntu and Alpine images ship (bookworm, noble, 3.21: 5.2). */
const BASH_VERSION = "5.2";

/**
 * Expands the backslash escapes bash and BusyBox ash (FANCY_PROMPT) accept in
 * PS1: `\u \h \H \w \W \$ \s \v \\` (bash manual "Controlling the Prompt").
 */
export function formatPs1(ps1: string, who: { user: string; uid: number; hostname: string; cwd: string; home: string; shell: string }): string {
  const tilde = who.home && who.home !== "/" && (who.cwd === who.home || who.cwd.startsWith(who.home + "/")) ? "~" + who.cwd.slice(who.home.length) : who.cwd;
  return ps1
    .replace(/\$\{debian_chroot:\+\(\$debian_chroot\)\}/g, "")
    .replace(/\\([uhHwW$sv\\])/g, (_, c: string) => {
      switch (c) {
        case "u":
          return who.user;
        case "h":
          return who.hostname.split(".")[0] ?? who.hostname;
        case "H":
          return who.hostname;
        case "w":
          return tilde;
        case "W":
          return tilde === "/" || tilde === "~" ? tilde : tilde.slice(tilde.lastIndexOf("/") + 1);
        case "$":
          return who.uid === 0 ? "#" : "$";
        case "s":
          return who.shell;
        case "v":
          return BASH_VERSION;
        default:
          return "\\";
      }
    });
}

/**
 * The PS1 an interactive shell starts with when the environment sets none:
 * bash reads Debian's /etc/bash.bashrc (`\u@\h:\w\$ `, so `root@<id>:/# `),
 * else its built-in `\s-\v\$ `; BusyBox ash's initvar sets `\w \$ `
 * (FANCY_PROMPT, so `/ # `); dash's `# ` for root, `$ ` otherwise
 * (dash src/var.c: `geteuid() ? "PS1=$ " : "PS1=# "`).
 */
export function calculateDefaultPs1(flavor: ShellFlavor, bashrc: string | undefined, debian: boolean): string {
  if (flavor === "ash") return "\\w \\$ ";
  if (flavor === "dash") return "\\$ ";
  const set = bashrc?.match(/^\s*PS1='([^']*)'/m);
  if (set?.[1] !== undefined) return set[1];
  // Simplification: the catalog's /etc/bash.bashrc is abbreviated; on Debian and Ubuntu it sets this PS1.
  return debian ? DEBIAN_PS1 : "\\s-\\v\\$ ";
}

/** Debian's /etc/bash.bashrc prompt (bash package, debian/etc.bash.bashrc). */
const DEBIAN_PS1 = "${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ";
