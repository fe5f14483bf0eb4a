#!/usr/bin/env node
/**
 * `npm start`: installs dependencies if needed, builds the site if stale,
 * then serves the static export (out/) on http://localhost:3000 (PORT overrides).
 */
import path from "node:path";
import { ensureDependencies, root, run } from "./setup.mjs";

if (ensureDependencies() !== 0) process.exit(1);
if (run(process.execPath, [path.join(root, "scripts", "ensure-build.mjs")]) !== 0) process.exit(1);
const port = process.env.PORT ?? "3000";
console.log(`Dockyard is at http://localhost:${port}`);
process.exit(run(process.execPath, [path.join(root, "scripts", "serve-static.mjs"), "--port", port]));
