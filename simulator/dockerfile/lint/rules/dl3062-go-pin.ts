import { runsUsing } from "../helpers";
import { commandsNamed, positionals } from "../shell-args";
import type { LintRule } from "../types";

const GO_VALUE_OPTIONS = new Set(["-o", "-C", "-p", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-overlay", "-pkgdir", "-toolexec", "-exec", "-buildmode", "-compiler", "-coverpkg", "-covermode", "-pgo", "-installsuffix"]);

function unpinned(pkg: string): boolean {
  if (pkg.startsWith(".") || pkg.startsWith("/") || pkg.endsWith(".go")) return false;
  const at = pkg.lastIndexOf("@");
  return at < 0 || pkg.slice(at + 1) === "latest";
}

/** hadolint DL3062: pin versions in go install/get/run (hadolint: src/Hadolint/Rule/DL3062.hs). */
export const DL3062: LintRule = {
  code: "DL3062",
  severity: "warning",
  title: "Pin versions in go install",
  source: "hadolint",
  explanation: {
    why: "`go install example.com/tool` (or @latest) fetches whatever version is newest when you build, so rebuilds are not reproducible.",
    fix: "Add an exact version: example.com/tool@v1.2.3.",
    before: "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest",
    after: "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2",
  },
  check(ctx) {
    return runsUsing(ctx, "go").flatMap(({ item, info }) => {
      const loose = commandsNamed(info.script.commands, "go").flatMap((c) => {
        const [sub, ...rest] = positionals(c.args, GO_VALUE_OPTIONS);
        if (sub === "install" || sub === "get") return rest.filter(unpinned);
        if (sub === "run") return rest.slice(0, 1).filter(unpinned);
        return [];
      });
      return loose.length === 0 ? [] : [ctx.at(DL3062, item.node, `Pin the Go module version${loose.length > 1 ? "s" : ""} (module@vX.Y.Z, not @latest): ${loose.join(", ")}.`)];
    });
  },
};
