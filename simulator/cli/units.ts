/**
 * go-units HumanDuration (moby/moby: vendor/github.com/docker/go-units/duration.go),
 * the text of docker's CREATED and STATUS columns (fidelity-reference §0.2).
 */
export function formatHumanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.floor(ms / 3_600_000 + 0.5);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(ms / 3_600_000) / 24 / 365)} years`;
}

const DECIMAL_UNITS = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
const BINARY_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"];

/**
 * Go's %.Ng: N significant digits, trailing zeros dropped, and Go's exponent
 * form (`1e+03`, two-digit exponent) when the rounded exponent reaches N, so
 * 999999 bytes is `1e+03kB` as real docker prints it (docker/cli#3091).
 */
function formatSignificant(value: number, digits: number): string {
  const text = value.toPrecision(digits);
  const [mantissa = text, exponent] = text.split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  if (exponent === undefined) return trimmed;
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${trimmed}e${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
}

function formatScaled(size: number, base: number, units: string[], digits: number): string {
  let i = 0;
  let value = size;
  while (value >= base && i < units.length - 1) {
    value /= base;
    i++;
  }
  return `${formatSignificant(value, digits)}${units[i]}`;
}

/** go-units HumanSizeWithPrecision(n, 3): `7.8MB`, `13.3kB`, `0B` (docker images SIZE, §0.3). */
export function formatHumanSize(bytes: number): string {
  return formatScaled(bytes, 1000, DECIMAL_UNITS, 3);
}

/** go-units HumanSize: four significant digits (`2.048kB`), used by progress lines. */
export function formatHumanSize4(bytes: number): string {
  return formatScaled(bytes, 1000, DECIMAL_UNITS, 4);
}

/** go-units BytesSize: binary units with four significant digits (`5.629MiB`), used by stats. */
export function formatBytesSize(bytes: number): string {
  return formatScaled(bytes, 1024, BINARY_UNITS, 4);
}
