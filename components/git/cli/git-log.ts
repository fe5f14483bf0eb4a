import { currentBranch, GitFatal, headOid, type GitContext, type GitVerb } from "./git-context";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** git's default date format (date.c show_date DATE_NORMAL): `Sun Nov 22 15:18:51 2026 +0000`, in UTC here. */
export function formatGitDate(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()} +0000`;
}

/** Branch names pointing at each commit, HEAD's branch first as `HEAD -> main` (log-tree.c decorations). */
async function decorations(ctx: GitContext): Promise<Map<string, string[]>> {
  const current = await currentBranch(ctx);
  const byOid = new Map<string, string[]>();
  const branches = (await ctx.git.listBranches({ fs: ctx.client, gitdir: ctx.gitdir })).sort();
  for (const name of [current, ...branches.filter((b) => b !== current)]) {
    const oid = await ctx.git.resolveRef({ fs: ctx.client, gitdir: ctx.gitdir, ref: `refs/heads/${name}` }).catch(() => undefined);
    if (!oid) continue;
    const list = byOid.get(oid) ?? [];
    list.push(name === current ? `HEAD -> ${name}` : name);
    byOid.set(oid, list);
  }
  return byOid;
}

/** `git log [--oneline] [-n N | -N | --max-count=N]` with decorations as a terminal shows them. */
export const runLog: GitVerb = async (ctx) => {
  let oneline = false;
  let depth: number | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i] as string;
    if (a === "--oneline") oneline = true;
    else if (a === "-n") depth = Number(ctx.args[++i]);
    else if (/^-\d+$/.test(a)) depth = Number(a.slice(1));
    else if (a.startsWith("--max-count=")) depth = Number(a.slice(12));
    else if (a.startsWith("-n") && /^\d+$/.test(a.slice(2))) depth = Number(a.slice(2));
    else if (a.startsWith("-")) throw new GitFatal(`unrecognized argument: ${a}`);
  }
  if (depth !== undefined && !Number.isInteger(depth)) throw new GitFatal(`'${ctx.args.join(" ")}': not an integer`);
  if (!(await headOid(ctx))) throw new GitFatal(`your current branch '${await currentBranch(ctx)}' does not have any commits yet`);
  if (depth === 0) return 0;
  const entries = await ctx.git.log({ fs: ctx.client, gitdir: ctx.gitdir, ref: "HEAD", ...(depth !== undefined ? { depth } : {}) });
  const decor = await decorations(ctx);
  const blocks = entries.map(({ oid, commit }) => {
    const names = decor.get(oid);
    const tag = names ? ` (${names.join(", ")})` : "";
    const message = commit.message.replace(/\n+$/, "");
    if (oneline) return `${oid.slice(0, 7)}${tag} ${message.split("\n")[0]}\n`;
    const body = message.split("\n").map((l) => (l ? `    ${l}` : "")).join("\n");
    return `commit ${oid}${tag}\nAuthor: ${commit.author.name} <${commit.author.email}>\nDate:   ${formatGitDate(commit.author.timestamp)}\n\n${body}\n`;
  });
  ctx.out(oneline ? blocks.join("") : blocks.join("\n"));
  return 0;
};
