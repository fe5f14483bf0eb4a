/**
 * π to `digits` significant digits, rounded, as Perl's `bignum` `bpi(N)`
 * prints it (Math::BigFloat->bpi; the Kubernetes docs' `pi` Job runs
 * `perl -Mbignum=bpi -wle 'print bpi(2000)'`). Machin's formula in BigInt
 * fixed point with guard digits; pure and deterministic.
 */
export function calculatePiDigits(digits: number): string {
  const n = Math.max(1, Math.min(Math.floor(digits), 10_000));
  const guard = 10;
  const scale = 10n ** BigInt(n + guard);
  const arctanInv = (x: bigint): bigint => {
    let sum = 0n;
    let term = scale / x;
    const x2 = x * x;
    for (let k = 0n; term !== 0n; k++) {
      sum += (k % 2n === 0n ? 1n : -1n) * (term / (2n * k + 1n));
      term /= x2;
    }
    return sum;
  };
  const pi = 4n * (4n * arctanInv(5n) - arctanInv(239n));
  // pi has n+guard fractional digits; keep n significant digits (1 integer + n-1 fractional), rounding half up.
  const drop = 10n ** BigInt(guard + 1);
  const rounded = (pi + drop / 2n) / drop;
  const text = rounded.toString();
  return n === 1 ? text : `${text.slice(0, 1)}.${text.slice(1)}`;
}
