/**
 * The directory the command golden tests run in, created identically on a
 * real disk (to check the tables against GNU coreutils and BusyBox) and in
 * the simulated file system. Every entry's mtime is FIXTURE_MTIME, old enough
 * that `ls -l` shows the year on both clocks.
 */
export const FIXTURE_MTIME = Date.UTC(2020, 0, 2, 3, 4, 0);

/** Paths relative to the fixture directory: a string is a file, `dir` a directory, `link` a symlink. */
export const FIXTURE: Record<string, { data?: string; mode?: number; dir?: true; link?: string }> = {
  "a.txt": { data: "hello\nworld\nhello again\n" },
  "b.log": { data: "line1\nERROR two\nline3\nerror four\n" },
  dir: { dir: true },
  "dir/sub": { dir: true },
  "dir/sub/c.txt": { data: "deep\n" },
  "dir/d.txt": { data: "3\n1\n2\n10\n" },
  "script.sh": { data: "#!/bin/sh\necho script $1\n", mode: 0o755 },
  csv: { data: "a,b,c\n1,2,3\n" },
  "words.txt": { data: "banana apple cherry\napple\n  spaced   out  \n" },
  link: { link: "a.txt" },
};
