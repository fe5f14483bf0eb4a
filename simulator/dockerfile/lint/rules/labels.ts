import type { InstructionNode } from "../../ast";
import { pairs, unquote } from "../helpers";
import type { LabelType, LintContext, LintFinding, LintRule } from "../types";

/** Common SPDX license identifiers (spdx.org/licenses); enough to recognise what images declare. */
const SPDX = new Set(
  (
    "0BSD AFL-3.0 AGPL-1.0-only AGPL-1.0-or-later AGPL-3.0-only AGPL-3.0-or-later AGPL-3.0 Apache-1.0 Apache-1.1 Apache-2.0 APSL-2.0 Artistic-1.0 " +
    "Artistic-2.0 BlueOak-1.0.0 BSD-1-Clause BSD-2-Clause BSD-2-Clause-Patent BSD-3-Clause BSD-3-Clause-Clear BSD-4-Clause BSL-1.0 BUSL-1.1 CAL-1.0 " +
    "CC-BY-1.0 CC-BY-2.0 CC-BY-2.5 CC-BY-3.0 CC-BY-4.0 CC-BY-NC-4.0 CC-BY-NC-SA-4.0 CC-BY-ND-4.0 CC-BY-SA-3.0 CC-BY-SA-4.0 CC0-1.0 CDDL-1.0 CDDL-1.1 " +
    "CECILL-2.1 CPL-1.0 ECL-2.0 EFL-2.0 EPL-1.0 EPL-2.0 EUPL-1.1 EUPL-1.2 FSFAP GFDL-1.3-only GFDL-1.3-or-later GPL-1.0-only GPL-1.0-or-later " +
    "GPL-2.0-only GPL-2.0-or-later GPL-2.0 GPL-3.0-only GPL-3.0-or-later GPL-3.0 HPND ICU IPL-1.0 ISC LGPL-2.0-only LGPL-2.0-or-later LGPL-2.1-only " +
    "LGPL-2.1-or-later LGPL-2.1 LGPL-3.0-only LGPL-3.0-or-later LGPL-3.0 LPL-1.02 LPPL-1.3c MIT MIT-0 MPL-1.1 MPL-2.0 MPL-2.0-no-copyleft-exception " +
    "MS-PL MS-RL MulanPSL-2.0 NCSA ODbL-1.0 OFL-1.1 OpenSSL OSL-3.0 PHP-3.01 PostgreSQL PSF-2.0 Python-2.0 Ruby SSPL-1.0 Unicode-3.0 Unlicense UPL-1.0 " +
    "Vim W3C WTFPL X11 Zlib ZPL-2.1"
  ).split(" "),
);
const SPDX_EXCEPTIONS = new Set(["Classpath-exception-2.0", "GCC-exception-3.1", "LLVM-exception", "OpenJDK-assembly-exception-1.0", "Autoconf-exception-3.0", "Bison-exception-2.2"]);

/** An SPDX license expression: identifiers (optionally `+`, `LicenseRef-…`), AND, OR, WITH and parentheses. */
export function isSpdx(value: string): boolean {
  const tokens = value.replace(/[()]/g, " $& ").trim().split(/\s+/);
  let expectId = true;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (t === "(" && expectId) depth++;
    else if (t === ")" && !expectId && depth > 0) depth--;
    else if (expectId && (SPDX.has(t.replace(/\+$/, "")) || /^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.-]+$/.test(t))) {
      expectId = false;
      if (tokens[i + 1] === "WITH") {
        if (!SPDX_EXCEPTIONS.has(tokens[i + 2] ?? "")) return false;
        i += 2;
      }
    } else if (!expectId && (t === "AND" || t === "OR")) expectId = true;
    else return false;
  }
  return !expectId && depth === 0;
}

const VALIDATORS: Record<Exclude<LabelType, "text">, (v: string) => boolean> = {
  url: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+[^\s]*$/.test(v),
  rfc3339: (v) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/.test(v),
  spdx: isSpdx,
  hash: (v) => /^([0-9a-fA-F]{7,40}|[0-9a-fA-F]{64})$/.test(v),
  semver: (v) => /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-((0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(\.(0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v),
  email: (v) => /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(v),
};

/** Every LABEL pair, value unquoted. */
export function labelPairs(ctx: LintContext): { node: InstructionNode; stage: number; key: string; value: string }[] {
  return ctx.memo("label-pairs", () =>
    ctx.items.filter((i) => i.keyword === "LABEL").flatMap((i) => pairs(i).map((p) => ({ node: i.node, stage: i.stage, key: p.key, value: unquote(p.value, ctx.parsed.escapeToken) }))),
  );
}

/**
 * The checks of hadolint's typed label schema rules DL3052–DL3058
 * (hadolint: src/Hadolint/Rule/DL3052.hs … DL3058.hs): a label the schema
 * declares with `type` must hold a valid value of that type.
 */
export function typedLabelCheck(rule: LintRule, type: Exclude<LabelType, "text">, what: string): (ctx: LintContext) => LintFinding[] {
  return (ctx) => {
    const schema = ctx.config["label-schema"] ?? {};
    const byNode = new Map<InstructionNode, string[]>();
    for (const p of labelPairs(ctx)) {
      if (schema[p.key] !== type || p.value === "" || VALIDATORS[type](p.value)) continue;
      byNode.set(p.node, [...(byNode.get(p.node) ?? []), `${p.key}="${p.value}"`]);
    }
    return [...byNode].map(([node, bad]) => ctx.at(rule, node, `${bad.join(", ")}: the label schema says this is ${what}, and this value is not.`));
  };
}
