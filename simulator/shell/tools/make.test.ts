import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

const MAKEFILE = "all: build\n\nbuild:\n\t@echo compiling $(CC)\n\ttouch app.bin\n\n.PHONY: all\ntest:\n\texit 1\nclean:\n\t-rm nosuchfile\n\techo cleaned\nx: y\n\techo x\nup: Makefile\n\t@true\nnorecipe:\n";

/** Messages and statuses checked against GNU Make 4.3 on Debian 12 with the same makefiles. */
describe("make", () => {
  it("builds the first target, echoing recipe lines unless @", () => {
    const c = createImageShell("golang");
    c.fs.writeFile("/app/Makefile", MAKEFILE);
    expect(c.run("make")).toEqual({ out: "compiling cc\ntouch app.bin\n", err: "", status: 0 });
    expect(c.fs.stat("/app/app.bin")?.type).toBe("file");
    expect(c.run("make clean")).toEqual({ out: "rm nosuchfile\necho cleaned\ncleaned\n", err: "rm: cannot remove 'nosuchfile': No such file or directory\nmake: [Makefile:11: clean] Error 1 (ignored)\n", status: 0 });
    expect(c.run("make norecipe app.bin")).toEqual({ out: "make: Nothing to be done for 'norecipe'.\nmake: Nothing to be done for 'app.bin'.\n", err: "", status: 0 });
    expect(c.run("make up && touch up && make up")).toEqual({ out: "make: 'up' is up to date.\n", err: "", status: 0 });
  });

  it("stops with exit 2 on a failing recipe or a missing rule", () => {
    const c = createImageShell("golang");
    c.fs.writeFile("/app/Makefile", MAKEFILE);
    expect(c.run("make test")).toEqual({ out: "exit 1\n", err: "make: *** [Makefile:9: test] Error 1\n", status: 2 });
    expect(c.run("make x")).toEqual({ out: "", err: "make: *** No rule to make target 'y', needed by 'x'.  Stop.\n", status: 2 });
    expect(c.run("make nope")).toEqual({ out: "", err: "make: *** No rule to make target 'nope'.  Stop.\n", status: 2 });
  });

  it("reports a missing makefile and syntax errors as GNU make does", () => {
    const c = createImageShell("golang");
    expect(c.run("make")).toEqual({ out: "", err: "make: *** No targets specified and no makefile found.  Stop.\n", status: 2 });
    expect(c.run("make build")).toEqual({ out: "", err: "make: *** No rule to make target 'build'.  Stop.\n", status: 2 });
    expect(c.run("make -f nofile")).toEqual({ out: "", err: "make: nofile: No such file or directory\nmake: *** No rule to make target 'nofile'.  Stop.\n", status: 2 });
    c.fs.writeFile("/app/M2", "all:\n        echo hi\n");
    expect(c.run("make -f M2")).toEqual({ out: "", err: "M2:2: *** missing separator (did you mean TAB instead of 8 spaces?).  Stop.\n", status: 2 });
    c.fs.writeFile("/app/M3", "\techo hi\nall:\n");
    expect(c.run("make -f M3")).toEqual({ out: "", err: "M3:1: *** recipe commences before first target.  Stop.\n", status: 2 });
    c.fs.writeFile("/app/M4", "all:\n    echo hi\n");
    expect(c.run("make -f M4")).toEqual({ out: "", err: "M4:2: *** missing separator.  Stop.\n", status: 2 });
  });

  it("expands variables, automatic variables, functions and the built-in C rules", () => {
    const c = createImageShell("golang");
    c.fs.writeFile("/app/a.c", "int a;\n");
    c.fs.writeFile("/app/b.c", "int b;\n");
    c.fs.writeFile("/app/Makefile", "NAME ?= demo\nSRCS := $(wildcard *.c)\nOBJS = $(SRCS:.c=.o)\nGREETING = hello $(NAME)\n\nshow:\n\t@echo $(GREETING) $(OBJS) $(patsubst %.c,%.x,$(SRCS)) $(words $(SRCS))\n\tsh -c 'echo $$0' $@\nlist: a.o\n\t@echo $@ from $< and $^\n");
    expect(c.run("make show")).toEqual({ out: "hello demo a.o b.o a.x b.x 2\nsh -c 'echo $0' show\nshow\n", err: "", status: 0 });
    expect(c.run("make show NAME=cli").out).toContain("hello cli ");
    expect(c.run("NAME=env make show").out).toContain("hello env ");
    expect(c.run("make -n list")).toEqual({ out: "cc    -c -o a.o a.c\necho list from a.o and a.o\n", err: "", status: 0 });
    c.fs.writeFile("/app/hello.c", "int main(){return 0;}\n");
    expect(c.run("make -n hello").out).toBe("cc     hello.c   -o hello\n");
  });

  it("supports -C, -s, conditionals and include", () => {
    const c = createImageShell("golang");
    c.fs.mkdir("/src", { recursive: true });
    c.fs.writeFile("/src/common.mk", "MODE = release\n");
    c.fs.writeFile("/src/Makefile", "include common.mk\nifeq ($(MODE),release)\nFLAGS = -O2\nelse\nFLAGS = -g\nendif\nall:\n\techo $(FLAGS)\n");
    expect(c.run("make -C /src")).toEqual({ out: "make: Entering directory '/src'\necho -O2\n-O2\nmake: Leaving directory '/src'\n", err: "", status: 0 });
    expect(c.run("make -s -C /src MODE=debug")).toEqual({ out: "make: Entering directory '/src'\n-g\nmake: Leaving directory '/src'\n", err: "", status: 0 });
    expect(c.run("make --version").out).toMatch(/^GNU Make 4\.3\nBuilt for x86_64-pc-linux-gnu\n/);
  });
});
