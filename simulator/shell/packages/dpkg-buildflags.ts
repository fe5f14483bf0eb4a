import type { PosixCommandContext } from "../commands/types";

/**
 * dpkg-buildflags(1) of Debian 12's dpkg-dev 1.21.22 on amd64, as a build
 * outside debian/rules sees it: the default optimisation and hardening
 * flags (hardening features format, fortify, stack-protector(strong),
 * relro; reproducible=fixfilepath maps the current directory to `.`).
 * `--get FLAG` prints one (an unknown one is status 1 with no output, as
 * dpkg-buildflags does), `--list` the flag names, no action every
 * `FLAG=value`. $DEB_<FLAG>_APPEND / _SET from the environment apply.
 * Simplification: DEB_BUILD_OPTIONS / DEB_BUILD_MAINT_OPTIONS feature
 * switches and the `--query`/`--status` reports are not modelled.
 */
export function runDpkgBuildflags(ctx: PosixCommandContext): number {
  const map = `-ffile-prefix-map=${ctx.cwd}=.`;
  const compile = `-g -O2 ${map} -fstack-protector-strong`;
  const base: Record<string, string> = {
    ASFLAGS: "",
    CFLAGS: `${compile} -Wformat -Werror=format-security`,
    CPPFLAGS: "-Wdate-time -D_FORTIFY_SOURCE=2",
    CXXFLAGS: `${compile} -Wformat -Werror=format-security`,
    DFLAGS: "-frelease",
    FCFLAGS: compile,
    FFLAGS: compile,
    GCJFLAGS: compile,
    LDFLAGS: "-Wl,-z,relro",
    OBJCFLAGS: `${compile} -Wformat -Werror=format-security`,
    OBJCXXFLAGS: `${compile} -Wformat -Werror=format-security`,
  };
  const value = (flag: string): string => {
    const set = ctx.env[`DEB_${flag}_SET`];
    const append = ctx.env[`DEB_${flag}_APPEND`];
    return [set ?? base[flag] ?? "", append ?? ""].filter(Boolean).join(" ");
  };
  const args = ctx.argv.slice(1);
  const get = args.findIndex((a) => a === "--get");
  if (get >= 0) {
    const flag = args[get + 1] ?? "";
    if (!(flag in base)) return 1;
    ctx.out.out(`${value(flag)}\n`);
    return 0;
  }
  if (args.includes("--list")) {
    ctx.out.out(Object.keys(base).map((f) => `${f}\n`).join(""));
    return 0;
  }
  ctx.out.out(Object.keys(base).map((f) => `${f}=${value(f)}\n`).join(""));
  return 0;
}
