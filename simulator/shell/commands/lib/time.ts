const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FULL_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const p2 = (n: number): string => String(n).padStart(2, "0");

/**
 * `ls -l`'s time column: `Mar  1 09:00` within six months of now, else
 * `Mar  1  2024` (coreutils src/ls.c; BusyBox the same). Times are UTC.
 */
export function formatLsTime(ms: number, nowMs: number): string {
  const d = new Date(ms);
  const recent = nowMs - ms < 182.5 * 86400000 && ms - nowMs < 3600000;
  const day = String(d.getUTCDate()).padStart(2);
  return `${MONTHS[d.getUTCMonth()]} ${day} ${recent ? `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}` : ` ${d.getUTCFullYear()}`}`;
}

/** strftime(3) for the conversions `date +FORMAT` supports, in UTC (containers default to TZ=UTC). */
export function strftime(format: string, ms: number): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const start = Date.UTC(Y, 0, 1);
  const yday = Math.floor((ms - start) / 86400000) + 1;
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%" || i + 1 >= format.length) {
      out += c;
      continue;
    }
    const f = format[++i];
    switch (f) {
      case "Y": out += Y; break;
      case "y": out += p2(Y % 100); break;
      case "C": out += p2(Math.floor(Y / 100)); break;
      case "m": out += p2(d.getUTCMonth() + 1); break;
      case "d": out += p2(d.getUTCDate()); break;
      case "e": out += String(d.getUTCDate()).padStart(2); break;
      case "H": out += p2(d.getUTCHours()); break;
      case "I": out += p2(((d.getUTCHours() + 11) % 12) + 1); break;
      case "M": out += p2(d.getUTCMinutes()); break;
      case "S": out += p2(d.getUTCSeconds()); break;
      case "N": out += String(d.getUTCMilliseconds() * 1000000).padStart(9, "0"); break;
      case "p": out += d.getUTCHours() < 12 ? "AM" : "PM"; break;
      case "a": out += DAYS[d.getUTCDay()]; break;
      case "A": out += FULL_DAYS[d.getUTCDay()]; break;
      case "b": case "h": out += MONTHS[d.getUTCMonth()]; break;
      case "B": out += FULL_MONTHS[d.getUTCMonth()]; break;
      case "j": out += String(yday).padStart(3, "0"); break;
      case "u": out += d.getUTCDay() === 0 ? 7 : d.getUTCDay(); break;
      case "w": out += d.getUTCDay(); break;
      case "s": out += Math.floor(ms / 1000); break;
      case "Z": out += "UTC"; break;
      case "z": out += "+0000"; break;
      case "F": out += `${Y}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`; break;
      case "T": out += `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`; break;
      case "R": out += `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}`; break;
      case "D": out += `${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}/${p2(Y % 100)}`; break;
      case "c": out += strftime("%a %b %e %H:%M:%S %Y", ms); break;
      case "n": out += "\n"; break;
      case "t": out += "\t"; break;
      case "%": out += "%"; break;
      default: out += "%" + f;
    }
  }
  return out;
}
