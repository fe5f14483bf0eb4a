/**
 * `npm run lessons:check [-- --write] [-- DIR-FILTER]`: verifies every
 * exercise under lessons/ (schema; the starting state fails a check; the
 * reference solution passes them all; ```dockerfile blocks parse; ```console
 * commands and <Run> commands are known; lesson components parse, task lists
 * name real check ids and quizzes agree with their quiz-answer checks), prints a table of exercises × results, and checks that
 * lessons/generated-index.ts and lessons/CHECKS.md are up to date (`--write`
 * rewrites them). Exits 1 on any problem.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formatChecksReference } from "../lessons/checks-reference";
import { formatGeneratedIndex } from "../lessons/generate";
import { LESSONS_ROOT, loadExercises } from "../lessons/source";
import { formatReportTable, verifyExercise } from "../lessons/verify";

const args = process.argv.slice(2);
const write = args.includes("--write");
const filter = args.find((a) => !a.startsWith("--"));

const { exercises, failures } = loadExercises();
let problems = 0;
for (const f of failures) {
  problems += f.errors.length;
  console.log(`${f.dir}: does not load\n  ${f.errors.join("\n  ")}`);
}

const reports = [];
for (const exercise of exercises) {
  if (filter !== undefined && !exercise.dir.includes(filter)) continue;
  const report = verifyExercise(exercise);
  if (report.golf) exercise.golf = report.golf;
  reports.push(report);
}
console.log(formatReportTable(reports));
for (const r of reports) {
  if (r.problems.length === 0) continue;
  problems += r.problems.length;
  console.log(`\n${r.dir}:\n  ${r.problems.join("\n  ")}`);
}

const generated: [string, string][] = [];
if (filter === undefined) {
  generated.push([path.join(LESSONS_ROOT, "generated-index.ts"), formatGeneratedIndex(exercises)]);
  generated.push([path.join(LESSONS_ROOT, "CHECKS.md"), formatChecksReference()]);
}
for (const [file, text] of generated) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  if (current === text) continue;
  if (write) {
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  } else {
    problems += 1;
    console.log(`${path.relative(process.cwd(), file)} is out of date: run \`npm run lessons:check -- --write\``);
  }
}

console.log(`\n${reports.length} exercises, ${problems === 0 ? "all ok" : `${problems} problem${problems === 1 ? "" : "s"}`}`);
process.exit(problems === 0 ? 0 : 1);
