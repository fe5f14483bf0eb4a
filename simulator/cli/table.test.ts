import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { calculateDisplayWidth, DOCKER_TABLE, formatTable } from "./table";

// Expected outputs follow docker's tabwriter (minwidth 10, padding 3, padchar ' ', flags 0;
// docker/cli: cli/command/formatter/formatter.go) and fidelity-reference §0.1.

describe("calculateDisplayWidth", () => {
  it("counts ASCII as one cell and East-Asian wide characters as two (go-runewidth)", () => {
    expect(calculateDisplayWidth("")).toBe(0);
    expect(calculateDisplayWidth("nginx")).toBe(5);
    expect(calculateDisplayWidth("日本語")).toBe(6);
    expect(calculateDisplayWidth("한국")).toBe(4);
    expect(calculateDisplayWidth("ａｂ")).toBe(4); // fullwidth forms
    expect(calculateDisplayWidth("a日b")).toBe(4);
    expect(calculateDisplayWidth("🐳")).toBe(2); // one code point, two UTF-16 units, two cells
    expect(calculateDisplayWidth("é")).toBe(1);
  });
});

describe("formatTable", () => {
  it("returns nothing for no rows", () => {
    expect(formatTable([])).toBe("");
  });

  it("pads every column but the last to max(10, widest + 3)", () => {
    const out = formatTable([
      ["CONTAINER ID", "IMAGE", "COMMAND", "NAMES"],
      ["4c01db0b339c", "nginx", '"/docker-entrypoint.…"', "web"],
    ]);
    expect(out).toBe(
      // COMMAND is 22 cells wide → column of 25.
      "CONTAINER ID   IMAGE     COMMAND" + " ".repeat(25 - 7) + "NAMES\n" +
        '4c01db0b339c   nginx     "/docker-entrypoint.…"   web\n',
    );
  });

  it("keeps an all-empty column at the minimum width of 10 (PORTS     NAMES)", () => {
    const out = formatTable([
      ["STATUS", "PORTS", "NAMES"],
      ["Up 2 seconds", "", "web"],
    ]);
    expect(out).toBe("STATUS         PORTS     NAMES\nUp 2 seconds             web\n");
  });

  it("prints the header alone for an empty list", () => {
    expect(formatTable([["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"]])).toBe(
      "REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n",
    );
  });

  it("does not pad the last column", () => {
    const out = formatTable([
      ["A", "B"],
      ["x", "a-long-last-cell"],
    ]);
    expect(out.split("\n")[0]).toBe("A         B");
  });

  it("pads before an empty last cell, as Go's tabwriter does for a tab-terminated cell", () => {
    expect(formatTable([["NAME", ""]])).toBe("NAME      \n");
  });

  it("measures wide characters as two cells when padding", () => {
    const out = formatTable([
      ["NAME", "X"],
      ["日本語日本語", "y"],
    ]);
    // widest = 12 cells → column width 15: "日本語日本語" (12 cells) + 3 spaces.
    expect(out).toBe("NAME           X\n日本語日本語   y\n");
  });

  it("uses the kubectl style when asked (minwidth 6)", () => {
    const out = formatTable(
      [
        ["NAME", "READY"],
        ["web", "1/1"],
      ],
      { minWidth: 6, padding: 3 },
    );
    expect(out).toBe("NAME   READY\nweb    1/1\n");
  });

  it("exports docker's settings", () => {
    expect(DOCKER_TABLE).toEqual({ minWidth: 10, padding: 3 });
  });
});

describe("formatTable properties", () => {
  const cell = fc.oneof(
    fc.string({ maxLength: 14 }).map((s) => s.replace(/[\t\n\r]/g, "")),
    fc.constantFrom("", "nginx", "日本語", "🐳x", "Up 2 minutes", "0.0.0.0:80->80/tcp"),
  );
  const lastCell = fc
    .string({ minLength: 1, maxLength: 12 })
    .map((s) => s.replace(/[\t\n\r\s]/g, "x"))
    .filter((s) => s.length > 0);
  const table = fc.integer({ min: 1, max: 5 }).chain((columns) =>
    fc.array(fc.tuple(fc.array(cell, { minLength: columns - 1, maxLength: columns - 1 }), lastCell), {
      minLength: 1,
      maxLength: 8,
    }),
  );

  it("never leaves trailing spaces when last cells are non-blank, and aligns every column", () => {
    fc.assert(
      fc.property(table, (shaped) => {
        const rows = shaped.map(([head, last]) => [...head, last]);
        const out = formatTable(rows);
        const lines = out.split("\n");
        expect(lines.pop()).toBe("");
        expect(lines).toHaveLength(rows.length);
        const columns = rows[0]!.length;
        for (const line of lines) if (line.endsWith(" ")) throw new Error(`trailing space in ${JSON.stringify(line)}`);
        // Column c starts at the same display offset on every line, and that offset
        // grows by max(10, widest + 3) per column.
        // For each line: display offset → string index, at every character boundary.
        const indexAt = lines.map((line) => {
          const map = new Map<number, number>([[0, 0]]);
          let width = 0;
          let index = 0;
          for (const ch of line) {
            width += calculateDisplayWidth(ch);
            index += ch.length;
            map.set(width, index);
          }
          return map;
        });
        let offset = 0;
        for (let c = 0; c < columns; c++) {
          rows.forEach((row, r) => {
            const index = indexAt[r]!.get(offset);
            // Plain checks in the hot loop; a failure names the line and column.
            if (index === undefined || !lines[r]!.slice(index).startsWith(row[c]!)) {
              throw new Error(`column ${c} of line ${JSON.stringify(lines[r])} does not start at cell ${offset}`);
            }
          });
          if (c < columns - 1) {
            const widest = Math.max(...rows.map((row) => calculateDisplayWidth(row[c]!)));
            offset += Math.max(10, widest + 3);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
