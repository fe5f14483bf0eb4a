/**
 * A chmod mode: octal (`755`) or symbolic (`u+x,go-w`, `a=rX`, `+s`),
 * applied to `current` (POSIX chmod; coreutils lib/modechange.c). A
 * symbolic clause without who is masked by the umask. Undefined when invalid.
 */
export function parseMode(spec: string, current: number, umask: number, isDir: boolean): number | undefined {
  // Any number of octal digits up to 07777 (modechange.c mode_compile; `chmod 00700` is valid).
  if (/^[0-7]+$/.test(spec)) return parseInt(spec, 8) <= 0o7777 ? parseInt(spec, 8) : undefined;
  let mode = current & 0o7777;
  for (const clause of spec.split(",")) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] ?? "";
    const whoMask = who === "" ? 0o7777 & ~umask : (who.includes("a") || who.includes("u") ? 0o4700 : 0) | (who.includes("a") || who.includes("g") ? 0o2070 : 0) | (who.includes("a") || who.includes("o") ? 0o1007 : 0);
    for (const action of (m[2] ?? "").match(/[-+=][rwxXstugo]*/g) ?? []) {
      const op = action[0];
      let bits = 0;
      for (const p of action.slice(1)) {
        if (p === "r") bits |= 0o444;
        else if (p === "w") bits |= 0o222;
        else if (p === "x") bits |= 0o111;
        else if (p === "X") bits |= isDir || (current & 0o111) !== 0 ? 0o111 : 0;
        else if (p === "s") bits |= 0o6000;
        else if (p === "t") bits |= 0o1000;
        else {
          const shift = p === "u" ? 6 : p === "g" ? 3 : 0;
          const v = (mode >> shift) & 7;
          bits |= (v << 6) | (v << 3) | v;
        }
      }
      bits &= who === "" ? whoMask | (bits & 0o7000 & whoMask) : whoMask;
      const full = who === "" ? 0o7777 : whoMask;
      if (op === "+") mode |= bits;
      else if (op === "-") mode &= ~bits;
      else mode = (mode & ~full) | bits;
    }
  }
  return mode;
}
