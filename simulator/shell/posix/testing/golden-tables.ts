import type { ShellFlavor } from "../errors";
import { GOLDEN_BUILTINS } from "./golden-builtins";
import { GOLDEN_CONTROL } from "./golden-control";
import { GOLDEN_EXPANSION } from "./golden-expansion";
import { GOLDEN_MISC } from "./golden-misc";
import { GOLDEN_SYNTAX } from "./golden-syntax";
import type { GoldenCase, GoldenResult } from "./golden-types";

/** The golden tables by topic. */
export const GOLDEN_TABLES: [string, GoldenCase[]][] = [
  ["syntax errors", GOLDEN_SYNTAX],
  ["expansion", GOLDEN_EXPANSION],
  ["control flow and set options", GOLDEN_CONTROL],
  ["builtins and shell messages", GOLDEN_BUILTINS],
  ["more cases, including where the shells differ", GOLDEN_MISC],
];

/** The three shells the tables cover. */
export const GOLDEN_FLAVORS: ShellFlavor[] = ["dash", "ash", "bash"];

/** A row's result for one shell. */
export function goldenExpected(c: GoldenCase, flavor: ShellFlavor): GoldenResult {
  const r = c[flavor] ?? c.all;
  if (!r) throw new Error(`no expectation for ${flavor}: ${c.script}`);
  return r;
}
