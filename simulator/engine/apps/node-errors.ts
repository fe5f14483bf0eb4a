/** The loader frames node prints under a failed require(), by major version. */
interface LoaderStack {
  /** `node:internal/modules/cjs/loader:N` over `throw err;`. */
  throwLine: number;
  /** Frames above `Object.<anonymous> (script:line:col)`. */
  above: string[];
  /** Frames below it, up to the 10-frame stack limit. */
  below: string[];
}

/**
 * Node 16 (16.13's loader, nodejs/help#3678, Colt/YelpCamp#18), 18 (18.19's,
 * verma-kunal/AWS-Session#10) and 20+ (22.12's, with the diagnostics_channel
 * frames: AikidoSec/firewall-node#580).
 * Simplification: one release's line numbers stand for its whole major
 * (a patch release moves them by a few lines); the last two frames of the
 * 20+ stack are extrapolated from 22.x reports.
 */
const STACKS: { major: number; stack: LoaderStack }[] = [
  {
    major: 20,
    stack: {
      throwLine: 1228,
      above: ["Function._resolveFilename (node:internal/modules/cjs/loader:1225:15)", "Function._load (node:internal/modules/cjs/loader:1055:27)", "TracingChannel.traceSync (node:diagnostics_channel:322:14)", "wrapModuleLoad (node:internal/modules/cjs/loader:220:24)", "Module.require (node:internal/modules/cjs/loader:1311:12)", "require (node:internal/modules/helpers:136:16)"],
      below: ["Module._compile (node:internal/modules/cjs/loader:1554:14)", "Object..js (node:internal/modules/cjs/loader:1706:10)", "Module.load (node:internal/modules/cjs/loader:1289:32)"],
    },
  },
  {
    major: 17,
    stack: {
      throwLine: 1137,
      above: ["Module._resolveFilename (node:internal/modules/cjs/loader:1134:15)", "Module._load (node:internal/modules/cjs/loader:975:27)", "Module.require (node:internal/modules/cjs/loader:1225:19)", "require (node:internal/modules/helpers:177:18)"],
      below: ["Module._compile (node:internal/modules/cjs/loader:1356:14)", "Module._extensions..js (node:internal/modules/cjs/loader:1414:10)", "Module.load (node:internal/modules/cjs/loader:1197:32)", "Module._load (node:internal/modules/cjs/loader:1013:12)", "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:128:12)"],
    },
  },
  {
    major: 0,
    stack: {
      throwLine: 936,
      above: ["Function.Module._resolveFilename (node:internal/modules/cjs/loader:933:15)", "Function.Module._load (node:internal/modules/cjs/loader:778:27)", "Module.require (node:internal/modules/cjs/loader:1005:19)", "require (node:internal/modules/cjs/helpers:102:18)"],
      below: ["Module._compile (node:internal/modules/cjs/loader:1101:14)", "Object.Module._extensions..js (node:internal/modules/cjs/loader:1153:10)", "Module.load (node:internal/modules/cjs/loader:981:32)", "Function.Module._load (node:internal/modules/cjs/loader:822:12)", "Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:79:12)", "node:internal/main/run_main_module:17:47"],
    },
  },
];

/**
 * node's uncaught MODULE_NOT_FOUND for a require() in the entry script
 * (lib/internal/modules/cjs/loader.js Module._resolveFilename): the throw
 * site, the message with its `Require stack:`, the stack, the error's own
 * properties as util.inspect shows them, and the version footer; exit 1.
 */
export function formatRequireNotFound(version: string, request: string, script: string, line: number, column: number): string {
  const major = Number.parseInt(version, 10) || 22;
  const { stack } = STACKS.find((s) => major >= s.major) as { stack: LoaderStack };
  const frames = [...stack.above, `Object.<anonymous> (${script}:${line}:${column})`, ...stack.below].map((f) => `    at ${f}`);
  return (
    `node:internal/modules/cjs/loader:${stack.throwLine}\n  throw err;\n  ^\n\nError: Cannot find module '${request}'\nRequire stack:\n- ${script}\n` +
    `${frames.join("\n")} {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '${script}' ]\n}\n\nNode.js v${version}\n`
  );
}
