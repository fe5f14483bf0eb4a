import type { PosixCommandContext } from "../types";

/**
 * The same process context with some fields replaced, as an interpreter
 * handing over to the program it loads (node running npm-cli.js, python
 * running pip). The rest is delegated, so stdin is still read lazily.
 */
export function deriveContext(ctx: PosixCommandContext, overrides: Partial<Omit<PosixCommandContext, "stdin">>): PosixCommandContext {
  const derived = Object.create(ctx) as PosixCommandContext;
  for (const [key, value] of Object.entries(overrides)) Object.defineProperty(derived, key, { value, enumerable: true });
  return derived;
}
