import type { CommandCase } from "./run";

/**
 * Command golden cases, run in the FIXTURE directory: GNU coreutils 9.1 and
 * grep/sed/findutils/tar from Debian 12 under dash (`gnu`), and BusyBox
 * 1.35.0's applets under its ash (`busybox`), with LC_ALL=C and TZ=UTC as
 * in a container. Generated from those programs; commands.test.ts re-checks
 * them when they are installed.
 */
export const COMMAND_CASES: CommandCase[] = [
  {
    script: "cat a.txt; cat nope; echo $?",
    gnu: ["hello\nworld\nhello again\n1\n", "cat: nope: No such file or directory\n", 0],
    busybox: ["hello\nworld\nhello again\n1\n", "cat: can't open 'nope': No such file or directory\n", 0],
  },
  {
    script: "cat dir; echo $?",
    gnu: ["1\n", "cat: dir: Is a directory\n", 0],
    busybox: ["1\n", "cat: read error: Is a directory\n", 0],
  },
  { script: "cat -n a.txt", all: ["     1\thello\n     2\tworld\n     3\thello again\n", "", 0] },
  { script: "ls", all: ["a.txt\nb.log\ncsv\ndir\nlink\nscript.sh\nwords.txt\n", "", 0] },
  {
    script: "ls -l",
    gnu: ["total 24\n-rw-r--r-- 1 root root   24 Jan  2  2020 a.txt\n-rw-r--r-- 1 root root   33 Jan  2  2020 b.log\n-rw-r--r-- 1 root root   12 Jan  2  2020 csv\ndrwxr-xr-x 3 root root 4096 Jan  2  2020 dir\nlrwxrwxrwx 1 root root    5 Jan  2  2020 link -> a.txt\n-rwxr-xr-x 1 root root   25 Jan  2  2020 script.sh\n-rw-r--r-- 1 root root   43 Jan  2  2020 words.txt\n", "", 0],
    busybox: ["total 24\n-rw-r--r--    1 root     root            24 Jan  2  2020 a.txt\n-rw-r--r--    1 root     root            33 Jan  2  2020 b.log\n-rw-r--r--    1 root     root            12 Jan  2  2020 csv\ndrwxr-xr-x    3 root     root          4096 Jan  2  2020 dir\nlrwxrwxrwx    1 root     root             5 Jan  2  2020 link -> a.txt\n-rwxr-xr-x    1 root     root            25 Jan  2  2020 script.sh\n-rw-r--r--    1 root     root            43 Jan  2  2020 words.txt\n", "", 0],
  },
  {
    script: "ls -la dir/sub",
    gnu: ["total 12\ndrwxr-xr-x 2 root root 4096 Jan  2  2020 .\ndrwxr-xr-x 3 root root 4096 Jan  2  2020 ..\n-rw-r--r-- 1 root root    5 Jan  2  2020 c.txt\n", "", 0],
    busybox: ["total 12\ndrwxr-xr-x    2 root     root          4096 Jan  2  2020 .\ndrwxr-xr-x    3 root     root          4096 Jan  2  2020 ..\n-rw-r--r--    1 root     root             5 Jan  2  2020 c.txt\n", "", 0],
  },
  {
    script: "ls -ld dir a.txt",
    gnu: ["-rw-r--r-- 1 root root   24 Jan  2  2020 a.txt\ndrwxr-xr-x 3 root root 4096 Jan  2  2020 dir\n", "", 0],
    busybox: ["-rw-r--r--    1 root     root            24 Jan  2  2020 a.txt\ndrwxr-xr-x    3 root     root          4096 Jan  2  2020 dir\n", "", 0],
  },
  {
    script: "ls nope; echo $?",
    gnu: ["2\n", "ls: cannot access 'nope': No such file or directory\n", 0],
    busybox: ["1\n", "ls: nope: No such file or directory\n", 0],
  },
  { script: "ls dir/sub dir", all: ["dir:\nd.txt\nsub\n\ndir/sub:\nc.txt\n", "", 0] },
  { script: "ls -1 -a", all: [".\n..\na.txt\nb.log\ncsv\ndir\nlink\nscript.sh\nwords.txt\n", "", 0] },
  {
    script: "ls -lh dir/d.txt; ls -F; ls -r",
    gnu: ["-rw-r--r-- 1 root root 9 Jan  2  2020 dir/d.txt\na.txt\nb.log\ncsv\ndir/\nlink@\nscript.sh*\nwords.txt\nwords.txt\nscript.sh\nlink\ndir\ncsv\nb.log\na.txt\n", "", 0],
    busybox: ["-rw-r--r--    1 root     root           9 Jan  2  2020 dir/d.txt\na.txt\nb.log\ncsv\ndir/\nlink@\nscript.sh*\nwords.txt\nwords.txt\nscript.sh\nlink\ndir\ncsv\nb.log\na.txt\n", "", 0],
  },
  {
    script: "mkdir dir; echo $?; mkdir x/y; echo $?; mkdir -p x/y && ls x",
    gnu: ["1\n1\ny\n", "mkdir: cannot create directory 'dir': File exists\nmkdir: cannot create directory 'x/y': No such file or directory\n", 0],
    busybox: ["1\n1\ny\n", "mkdir: can't create directory 'dir': File exists\nmkdir: can't create directory 'x/y': No such file or directory\n", 0],
  },
  {
    script: "rm nope; echo $?; rm dir; echo $?; rm -f nope; echo $?; rm -r dir && ls",
    gnu: ["1\n1\n0\na.txt\nb.log\ncsv\nlink\nscript.sh\nwords.txt\n", "rm: cannot remove 'nope': No such file or directory\nrm: cannot remove 'dir': Is a directory\n", 0],
    busybox: ["1\n1\n0\na.txt\nb.log\ncsv\nlink\nscript.sh\nwords.txt\n", "rm: can't remove 'nope': No such file or directory\nrm: 'dir' is a directory\n", 0],
  },
  {
    script: "cp nope x; echo $?; cp dir x; echo $?",
    gnu: ["1\n1\n", "cp: cannot stat 'nope': No such file or directory\ncp: -r not specified; omitting directory 'dir'\n", 0],
    busybox: ["1\n1\n", "cp: can't stat 'nope': No such file or directory\ncp: omitting directory 'dir'\n", 0],
  },
  { script: "cp a.txt z && cat z && cp -r dir dir2 && ls dir2 dir2/sub", all: ["hello\nworld\nhello again\ndir2:\nd.txt\nsub\n\ndir2/sub:\nc.txt\n", "", 0] },
  {
    script: "cp a.txt dir/ && ls dir; cp -p a.txt p.txt && ls -l p.txt",
    gnu: ["a.txt\nd.txt\nsub\n-rw-r--r-- 1 root root 24 Jan  2  2020 p.txt\n", "", 0],
    busybox: ["a.txt\nd.txt\nsub\n-rw-r--r--    1 root     root            24 Jan  2  2020 p.txt\n", "", 0],
  },
  {
    script: "mv nope x; echo $?; mv a.txt dir && ls dir",
    gnu: ["1\na.txt\nd.txt\nsub\n", "mv: cannot stat 'nope': No such file or directory\n", 0],
    busybox: ["1\na.txt\nd.txt\nsub\n", "mv: can't rename 'nope': No such file or directory\n", 0],
  },
  { script: "mv a.txt renamed && ls", all: ["b.log\ncsv\ndir\nlink\nrenamed\nscript.sh\nwords.txt\n", "", 0] },
  {
    script: "touch x/y; echo $?; touch new && ls",
    gnu: ["1\na.txt\nb.log\ncsv\ndir\nlink\nnew\nscript.sh\nwords.txt\n", "touch: cannot touch 'x/y': No such file or directory\n", 0],
    busybox: ["1\na.txt\nb.log\ncsv\ndir\nlink\nnew\nscript.sh\nwords.txt\n", "touch: x/y: No such file or directory\n", 0],
  },
  {
    script: "chmod 999 a.txt; echo $?; chmod 644 nope; echo $?; chmod 600 a.txt && ls -l a.txt; chmod u+x,g+w a.txt && ls -l a.txt",
    gnu: ["1\n1\n-rw------- 1 root root 24 Jan  2  2020 a.txt\n-rwx-w---- 1 root root 24 Jan  2  2020 a.txt\n", "chmod: invalid mode: '999'\nTry 'chmod --help' for more information.\nchmod: cannot access 'nope': No such file or directory\n", 0],
    busybox: ["1\n1\n-rw-------    1 root     root            24 Jan  2  2020 a.txt\n-rwx-w----    1 root     root            24 Jan  2  2020 a.txt\n", "chmod: invalid mode '999'\nchmod: nope: No such file or directory\n", 0],
  },
  {
    script: "chmod -R go-rx dir && ls -ld dir dir/sub; chmod +x a.txt && ls -l a.txt",
    gnu: ["drwx------ 3 root root 4096 Jan  2  2020 dir\ndrwx------ 2 root root 4096 Jan  2  2020 dir/sub\n-rwxr-xr-x 1 root root 24 Jan  2  2020 a.txt\n", "", 0],
    busybox: ["drwx------    3 root     root          4096 Jan  2  2020 dir\ndrwx------    2 root     root          4096 Jan  2  2020 dir/sub\n-rwxr-xr-x    1 root     root            24 Jan  2  2020 a.txt\n", "", 0],
  },
  {
    script: "chown foo a.txt; echo $?; chown nobody:nogroup a.txt && ls -l a.txt",
    gnu: ["1\n-rw-r--r-- 1 nobody nogroup 24 Jan  2  2020 a.txt\n", "chown: invalid user: 'foo'\n", 0],
    busybox: ["1\n-rw-r--r--    1 nobody   nogroup         24 Jan  2  2020 a.txt\n", "chown: unknown user foo\n", 0],
  },
  {
    script: "ln -s a.txt a.txt; echo $?; ln -s a.txt l2 && ls -l l2 | cut -c1-10 && cat l2",
    gnu: ["1\nlrwxrwxrwx\nhello\nworld\nhello again\n", "ln: failed to create symbolic link 'a.txt': File exists\n", 0],
    busybox: ["1\nlrwxrwxrwx\nhello\nworld\nhello again\n", "ln: a.txt: File exists\n", 0],
  },
  {
    script: "head -n 1 nope; echo $?; head -n 2 a.txt; head -1 b.log; head -n 1 a.txt b.log",
    gnu: ["1\nhello\nworld\nline1\n==> a.txt <==\nhello\n\n==> b.log <==\nline1\n", "head: cannot open 'nope' for reading: No such file or directory\n", 0],
    busybox: ["1\nhello\nworld\nline1\n==> a.txt <==\nhello\n\n==> b.log <==\nline1\n", "head: nope: No such file or directory\n", 0],
  },
  { script: "head -c 5 a.txt; echo; head -n -1 a.txt", all: ["hello\nhello\nworld\n", "", 0] },
  {
    script: "tail nope; echo $?; tail -n 1 a.txt; tail -n +2 a.txt; tail -c 4 a.txt",
    gnu: ["1\nhello again\nworld\nhello again\nain\n", "tail: cannot open 'nope' for reading: No such file or directory\n", 0],
    busybox: ["1\nhello again\nworld\nhello again\nain\n", "tail: can't open 'nope': No such file or directory\ntail: no files\n", 0],
  },
  { script: "tail -n 2 a.txt b.log", all: ["==> a.txt <==\nworld\nhello again\n\n==> b.log <==\nline3\nerror four\n", "", 0] },
  { script: "grep hello a.txt; grep -c hello a.txt; grep -n world a.txt; grep -i error b.log; grep -v line b.log", all: ["hello\nhello again\n2\n2:world\nERROR two\nerror four\nERROR two\nerror four\n", "", 0] },
  { script: "grep x nope; echo $?; grep zzz a.txt; echo $?; grep -q hello a.txt; echo $?", all: ["2\n1\n0\n", "grep: nope: No such file or directory\n", 0] },
  { script: "grep -r deep .; grep -E \"^(ERROR|error)\" b.log; grep -F \".\" a.txt; echo $?", all: ["./dir/sub/c.txt:deep\nERROR two\nerror four\n1\n", "", 0] },
  { script: "grep -o \"l\\+\" a.txt; grep -w hello a.txt; grep -x world a.txt; grep -e hello -e world a.txt", all: ["ll\nl\nll\nhello\nhello again\nworld\nhello\nworld\nhello again\n", "", 0] },
  { script: "grep -l hello a.txt b.log; grep -L hello a.txt b.log; grep -h line b.log a.txt; grep -c e a.txt b.log", all: ["a.txt\nb.log\nline1\nline3\na.txt:2\nb.log:3\n", "", 0] },
  {
    script: "grep hello dir; echo $?; grep -s hello nope; echo $?",
    gnu: ["2\n2\n", "grep: dir: Is a directory\n", 0],
    busybox: ["1\n2\n", "", 0],
  },
  {
    script: "wc a.txt; wc -l a.txt; wc a.txt b.log; cat a.txt | wc; cat a.txt | wc -l; wc nope; echo $?",
    gnu: [" 3  4 24 a.txt\n3 a.txt\n 3  4 24 a.txt\n 4  6 33 b.log\n 7 10 57 total\n      3       4      24\n3\n1\n", "wc: nope: No such file or directory\n", 0],
    busybox: ["        3         4        24 a.txt\n3 a.txt\n        3         4        24 a.txt\n        4         6        33 b.log\n        7        10        57 total\n        3         4        24\n3\n1\n", "wc: nope: No such file or directory\n", 0],
  },
  {
    script: "wc -w words.txt; wc -c < a.txt; wc -lc a.txt",
    gnu: ["6 words.txt\n24\n 3 24 a.txt\n", "", 0],
    busybox: ["6 words.txt\n24\n        3        24 a.txt\n", "", 0],
  },
  {
    script: "sort dir/d.txt; sort -n dir/d.txt; sort -rn dir/d.txt; sort nope; echo $?",
    gnu: ["1\n10\n2\n3\n1\n2\n3\n10\n10\n3\n2\n1\n2\n", "sort: cannot read: nope: No such file or directory\n", 0],
    busybox: ["1\n10\n2\n3\n1\n2\n3\n10\n10\n3\n2\n1\n2\n", "sort: nope: No such file or directory\n", 0],
  },
  { script: "sort -u b.log; printf 'b 2\\na 10\\nc 1\\n' | sort -k2 -n; printf 'x:3\\ny:1\\n' | sort -t: -k2", all: ["ERROR two\nerror four\nline1\nline3\nc 1\nb 2\na 10\ny:1\nx:3\n", "", 0] },
  {
    script: "printf 'b\\na\\nb\\nc\\nc\\n' | sort | uniq; printf 'b\\na\\nb\\n' | sort | uniq -c; uniq nope; echo $?",
    gnu: ["a\nb\nc\n      1 a\n      2 b\n1\n", "uniq: nope: No such file or directory\n", 0],
    busybox: ["a\nb\nc\n      1 a\n      2 b\n1\n", "uniq: can't open 'nope': No such file or directory\n", 0],
  },
  { script: "printf 'a\\na\\nb\\nc\\nc\\n' | uniq -d; printf 'a\\na\\nb\\n' | uniq -u", all: ["a\nc\nb\n", "", 0] },
  {
    script: "cut -d, -f2 csv; cut -c1-3 a.txt; cut -d, nope; echo $?",
    gnu: ["b\n2\nhel\nwor\nhel\n1\n", "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n", 0],
    busybox: ["b\n2\nhel\nwor\nhel\n1\n", "cut: expected a list of bytes, characters, or fields\n", 0],
  },
  { script: "cut -d, -f1,3 csv; cut -d, -f2- csv; cut -d' ' -f2 words.txt", all: ["a,c\n1,3\nb,c\n2,3\napple\napple\n\n", "", 0] },
  { script: "echo hello | tr a-z A-Z; echo hello | tr -d l; echo aabbcc | tr -s a-c", all: ["HELLO\nheo\nabc\n", "", 0] },
  { script: "echo 'hello world' | tr ' ' '\\n'; echo abc | tr -d '[:lower:]'; echo 'a1b2' | tr -cd '0-9'; echo", all: ["hello\nworld\n\n12\n", "", 0] },
  {
    script: "sleep abc; echo $?; sleep 0.1; echo slept",
    gnu: ["1\nslept\n", "sleep: invalid time interval 'abc'\nTry 'sleep --help' for more information.\n", 0],
    busybox: ["1\nslept\n", "sleep: invalid number 'abc'\n", 0],
  },
  { script: "basename /a/b.txt .txt; dirname /a/b.txt; dirname a; basename /; dirname /; basename a/b/", all: ["b\n/a\n.\n/\n/\nb\n", "", 0] },
  { script: "seq 3; seq 2 4; seq -s, 1 3; seq 1 2 7; seq 5 1; seq 0.5 0.5 2", all: ["1\n2\n3\n2\n3\n4\n1,2,3\n1\n3\n5\n7\n0.5\n1.0\n1.5\n2.0\n", "", 0] },
  {
    script: "expr 1 +; echo $?; expr a + 1; echo $?; expr 3 \\* 4; expr length abc; expr 5 - 5; echo $?",
    gnu: ["2\n2\n12\n3\n0\n1\n", "expr: syntax error: missing argument after '+'\nexpr: non-integer argument\n", 0],
    busybox: ["2\n2\n12\n3\n0\n1\n", "expr: syntax error\nexpr: non-numeric argument\n", 0],
  },
  { script: "expr 10 / 3; expr 10 % 3; expr 2 \\< 3; expr abc : 'a\\(b\\)'; expr abc : '.*'; expr 1 = 1", all: ["3\n1\n1\nb\n3\n1\n", "", 0] },
  {
    script: "find . -name \"*.txt\" | sort; find nope; echo $?",
    gnu: ["./a.txt\n./dir/d.txt\n./dir/sub/c.txt\n./words.txt\n1\n", "find: 'nope': No such file or directory\n", 0],
    busybox: ["./a.txt\n./dir/d.txt\n./dir/sub/c.txt\n./words.txt\n1\n", "find: nope: No such file or directory\n", 0],
  },
  { script: "find . -type d | sort; find . -maxdepth 1 -type f | sort; find dir -name c.txt -exec cat {} \\;", all: [".\n./dir\n./dir/sub\n./a.txt\n./b.log\n./csv\n./script.sh\n./words.txt\ndeep\n", "", 0] },
  { script: "find . -type l; find dir -mindepth 1 | sort; find . -name '*.log' -o -name csv | sort", all: ["./link\ndir/d.txt\ndir/sub\ndir/sub/c.txt\n./b.log\n./csv\n", "", 0] },
  { script: "find dir/sub -type f -exec echo found {} + ; find . -path './dir/*' -name '*.txt' | sort", all: ["found dir/sub/c.txt\n./dir/d.txt\n./dir/sub/c.txt\n", "", 0] },
  { script: "echo a b c | xargs -n1 echo; echo x y | xargs echo pre; printf 'a\\nb\\n' | xargs -I{} echo item {}", all: ["a\nb\nc\npre x y\nitem a\nitem b\n", "", 0] },
  { script: "printf '' | xargs echo x; echo $?; echo x | xargs false; echo $?", all: ["x\n0\n123\n", "", 0] },
  { script: "tee /nodir/x < a.txt; echo $?; echo hi | tee t1 t2 && cat t1 t2", all: ["hello\nworld\nhello again\n1\nhi\nhi\nhi\n", "tee: /nodir/x: No such file or directory\n", 0] },
  { script: "echo one | tee -a a.txt > /dev/null; tail -n 2 a.txt", all: ["hello again\none\n", "", 0] },
  { script: "date -d @0; date -d @86400 +%Y-%m-%d; date -u -d @1700000000 '+%a %b %e %H:%M:%S %Z %Y %j %s'", all: ["Thu Jan  1 00:00:00 UTC 1970\n1970-01-02\nTue Nov 14 22:13:20 UTC 2023 318 1700000000\n", "", 0] },
  { script: "echo \"x y\" | sed \"s/\\(x\\) \\(y\\)/\\2 \\1/\"; printf \"1\\n2\\n3\\n\" | sed -n \"2p\"; printf \"1\\n2\\n3\\n\" | sed \"2d;3s/3/three/\"", all: ["y x\n2\n1\nthree\n", "", 0] },
  {
    script: "sed -e \"s/a/\"; echo $?; sed -n p nope; echo $?",
    gnu: ["1\n2\n", "sed: -e expression #1, char 4: unterminated `s' command\nsed: can't read nope: No such file or directory\n", 0],
    busybox: ["1\n1\n", "sed: unmatched '/'\nsed: nope: No such file or directory\n", 0],
  },
  { script: "sed 's/hello/HI/g' a.txt; sed -n '/ERROR/p' b.log; sed '1,2d' a.txt; sed '$d' a.txt; sed 's/l/L/2' a.txt", all: ["HI\nworld\nHI again\nERROR two\nhello again\nhello\nworld\nhelLo\nworld\nhelLo again\n", "", 0] },
  { script: "sed -i 's/world/there/' a.txt && cat a.txt; sed -e 's/^/> /' -e '2q' b.log", all: ["hello\nthere\nhello again\n> line1\n> ERROR two\n", "", 0] },
  { script: "sed 'y/abc/xyz/' csv; sed '$a footer' csv; sed = csv; sed -n '$=' b.log", all: ["x,y,z\n1,2,3\na,b,c\n1,2,3\nfooter\n1\na,b,c\n2\n1,2,3\n4\n", "", 0] },
  { script: "sed -E 's/(l+)/[\\1]/g' a.txt; sed '/^line/!d' b.log; sed 's#/#|#g' <<EOF\na/b/c\nEOF", all: ["he[ll]o\nwor[l]d\nhe[ll]o again\nline1\nline3\na|b|c\n", "", 0] },
  { script: "sed '1!G;h;$!d' dir/d.txt; sed -n '2{p;q}' b.log; sed 's/o/0/;s/e/3/' a.txt", all: ["10\n2\n1\n3\nERROR two\nh3ll0\nw0rld\nh3ll0 again\n", "", 0] },
  {
    script: "which nope; echo $?; id nosuchuser; echo $?; env nope; echo $?",
    gnu: ["1\n1\n127\n", "id: 'nosuchuser': no such user\nenv: 'nope': No such file or directory\n", 0],
    busybox: ["1\n1\n127\n", "id: unknown user nosuchuser\nenv: can't execute 'nope': No such file or directory\n", 0],
  },
  { script: "env -i A=1 B=2 env; env -u HOME env | grep -c HOME", all: ["A=1\nB=2\n0\n", "", 1] },
  {
    script: "tar -xf nope.tar; echo $?",
    gnu: ["2\n", "tar: nope.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n", 0],
    busybox: ["1\n", "tar: can't open 'nope.tar': No such file or directory\n", 0],
  },
  { script: "tar -cf x.tar a.txt dir && rm -r a.txt dir && tar -tf x.tar | sort && tar -xf x.tar && cat a.txt dir/sub/c.txt", all: ["a.txt\ndir/\ndir/d.txt\ndir/sub/\ndir/sub/c.txt\nhello\nworld\nhello again\ndeep\n", "", 0] },
  { script: "tar -czf x.tgz dir && mkdir out && tar -xzf x.tgz -C out && ls out/dir out/dir/sub", all: ["out/dir:\nd.txt\nsub\n\nout/dir/sub:\nc.txt\n", "", 0] },
  { script: "./script.sh arg; sh script.sh b", all: ["script arg\nscript b\n", "", 0] },
  { script: "cat a.txt | head -n 1 | tr a-z A-Z", all: ["HELLO\n", "", 0] },
  { script: "echo out > f1; cat f1; echo more >> f1; cat f1; cat < f1 | wc -l", all: ["out\nout\nmore\n2\n", "", 0] },
  { script: "ls dir | while read f; do echo \"entry: $f\"; done", all: ["entry: d.txt\nentry: sub\n", "", 0] },
  { script: "for f in *.txt; do echo \"file $f\"; done; echo dir/*; echo nomatch*; echo [ab].*", all: ["file a.txt\nfile words.txt\ndir/d.txt dir/sub\nnomatch*\na.txt b.log\n", "", 0] },
  { script: "echo */; echo d*/s*", all: ["dir/\ndir/sub\n", "", 0] },
  { script: "test -f a.txt && echo file; test -d dir && echo dir; test -L link && echo link; test -x script.sh && echo exec; [ -s a.txt ] && echo nonempty", all: ["file\ndir\nlink\nexec\nnonempty\n", "", 0] },
  { script: "pwd >/dev/null && echo ok; true; echo $?; false; echo $?", all: ["ok\n0\n1\n", "", 0] },
  { script: "yes | head -n 3", all: ["y\ny\ny\n", "", 0] },
  { script: "yes abc | head -n 2; seq 10 | tail -n 3 | sort -r", all: ["abc\nabc\n9\n8\n10\n", "", 0] },
];
