import type { BuiltinCall } from "./types";

/**
 * `read [-r] [-p prompt] [-d delim] [-n count] name…` (XCU read): one line
 * from fd 0 split on $IFS, the last name taking the rest. Without -r a
 * backslash quotes the next character and joins lines. Status 1 at end of
 * input, even when a last line without a newline was read. The prompt is
 * shown only on a terminal, which a script's stdin is not.
 */
export function runRead(call: BuiltinCall): number {
  const core = call.core;
  const args = call.argv.slice(1);
  let raw = false;
  let delim = "\n";
  let count = Infinity;
  while (args[0]?.startsWith("-") && args[0].length > 1) {
    const opt = args.shift() as string;
    if (opt === "--") break;
    for (let i = 1; i < opt.length; i++) {
      const c = opt[i];
      if (c === "r") raw = true;
      else if (c === "s") continue;
      else if (c === "p" || c === "d" || c === "n" || c === "t" || c === "u") {
        const value = opt.slice(i + 1) || (args.shift() ?? "");
        if (c === "d") delim = value[0] ?? "\0";
        if (c === "n") count = Number(value);
        break;
      } else return call.fail(core.flavor === "bash" ? `-${c}: invalid option` : `Illegal option -${c}`, 2);
    }
  }
  const names = args.length > 0 ? args : core.flavor === "dash" ? [] : ["REPLY"];
  if (names.length === 0) return call.fail("arg count", 2);
  const source = call.io.input(0);
  let sawDelim = false;
  const chars: { c: string; quoted: boolean }[] = [];
  while (source.pos < source.text.length && chars.length < count) {
    const c = source.text[source.pos++] as string;
    if (c === delim) {
      sawDelim = true;
      break;
    }
    if (c === "\\" && !raw) {
      const n = source.text[source.pos++];
      if (n === undefined) break;
      if (n === "\n") continue;
      chars.push({ c: n, quoted: true });
      continue;
    }
    chars.push({ c, quoted: false });
  }
  const ifs = core.state.get("IFS") ?? " \t\n";
  // Unquoted IFS characters separate; IFS white space also trims (XCU §2.6.5).
  const sep = (k: number): boolean => k < chars.length && !chars[k]?.quoted && ifs.includes(chars[k]?.c ?? "");
  const white = (k: number): boolean => sep(k) && " \t\n".includes(chars[k]?.c ?? "");
  let i = 0;
  while (white(i)) i++;
  names.forEach((name, index) => {
    let value = "";
    if (index === names.length - 1) {
      let end = chars.length;
      while (end > i && white(end - 1)) end--;
      value = chars.slice(i, end).map((x) => x.c).join("");
      i = chars.length;
    } else {
      while (i < chars.length && !sep(i)) value += chars[i++]?.c ?? "";
      while (white(i)) i++;
      if (sep(i)) {
        i++;
        while (white(i)) i++;
      }
    }
    if (!core.state.set(name, value)) call.error(core.readonlyMessage(name));
  });
  return !sawDelim && chars.length < count ? 1 : 0;
}
