/**
 * `npm run lesson:new <track> <name> [-- --kind challenge|quiz]`: scaffolds
 * lessons/<NN-track>/<NN-name>/ (a new track folder too, if `track` is new)
 * with content.mdx, checks.yaml, files/ and solution/, already passing
 * lessons:check, and says what to do next.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { calculateNextFolder, createScaffold, findTrack, NAME_PATTERN } from "../lessons/scaffold";
import { LESSONS_ROOT } from "../lessons/source";

const args = process.argv.slice(2);
const kindIndex = args.indexOf("--kind");
const kind = kindIndex >= 0 ? args[kindIndex + 1] : "lesson";
const [track, name] = args.filter((a, i) => !a.startsWith("--") && (kindIndex < 0 || i !== kindIndex + 1));

function fail(message: string): never {
  console.error(`lesson:new: ${message}`);
  console.error("usage: npm run lesson:new <track> <name> [-- --kind lesson|challenge|quiz]");
  process.exit(1);
}

if (!track || !name) fail("give a track and a name");
if (!NAME_PATTERN.test(track.replace(/^\d{2}-/, "")) || !NAME_PATTERN.test(name)) fail("track and name must be kebab-case words (docker, layers-and-cache)");
if (kind !== "lesson" && kind !== "challenge" && kind !== "quiz") fail(`unknown kind "${kind}"`);

const dirs = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []);
const tracks = dirs(LESSONS_ROOT);
const trackDir = findTrack(tracks, track) ?? calculateNextFolder(tracks, track.replace(/^\d{2}-/, ""));
const exercises = dirs(path.join(LESSONS_ROOT, trackDir));
if (exercises.some((d) => d.replace(/^\d{2}-/, "") === name)) fail(`${trackDir} already has an exercise named ${name}`);
const exerciseDir = calculateNextFolder(exercises, name);
const full = path.join(LESSONS_ROOT, trackDir, exerciseDir);
for (const [rel, text] of Object.entries(createScaffold(name, kind))) {
  fs.mkdirSync(path.dirname(path.join(full, rel)), { recursive: true });
  fs.writeFileSync(path.join(full, rel), text);
}
console.log(`created lessons/${trackDir}/${exerciseDir}/`);
console.log("next: write content.mdx and checks.yaml (vocabulary: lessons/CHECKS.md), put the starting files in files/,");
console.log("      the solved files and solution.sh in solution/, then run `npm run lessons:check -- --write`.");
