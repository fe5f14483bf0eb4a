"use client";

import { useEffect, useRef, useState } from "react";
import { Terminal as XTerm, type ITheme } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import "@xterm/xterm/css/xterm.css";
import type { ShellResult, World } from "@/simulator";
import { LineEditor, type CommandOutput } from "./line-editor";
import { monoFontFamily, monoFontReady } from "./mono-font";
import { historyStorageKey, loadHistory, saveHistory } from "./terminal-history";

const THEME: ITheme = {
  background: "#0b0d12",
  foreground: "#d4d4d8",
  cursor: "#38bdf8",
  cursorAccent: "#0b0d12",
  selectionBackground: "#38bdf84d",
  scrollbarSliderBackground: "#2a304080",
  scrollbarSliderHoverBackground: "#3a4152b0",
  scrollbarSliderActiveBackground: "#4a5263c0",
  black: "#1b1f2a",
  red: "#f87171",
  green: "#4ade80",
  yellow: "#facc15",
  blue: "#60a5fa",
  magenta: "#c084fc",
  cyan: "#22d3ee",
  white: "#d4d4d8",
  brightBlack: "#52596b",
  brightRed: "#fca5a5",
  brightGreen: "#86efac",
  brightYellow: "#fde047",
  brightBlue: "#93c5fd",
  brightMagenta: "#d8b4fe",
  brightCyan: "#67e8f9",
  brightWhite: "#fafafa",
};

const FONT_SIZE = 13;
const BANNER =
  "\x1b[2mDockyard shell: a simulated Docker engine running in this tab. Nothing you run leaves your browser.\x1b[0m\r\n\r\n";

function toOutput(result: ShellResult): CommandOutput {
  const text = result.chunks.length > 0 ? result.chunks.map((c) => c.text).join("") : result.stdout + result.stderr;
  const pieces = result.chunks.map((c) => (c.atMs === undefined ? { text: c.text } : { text: c.text, atMs: c.atMs }));
  return { text, clear: result.clear, exit: result.exit, pieces, ...(result.running ? { running: true } : {}) };
}

/** How often a command holding the foreground (`docker logs -f`, an attached server) is asked for new output. */
const POLL_MS = 250;
/** The longest a replay of timed output (a BuildKit build) takes on screen; longer builds play faster. */
const MAX_REPLAY_MS = 2500;

export interface TerminalProps {
  world: World;
  /** Called after every command, so views of the workspace can refresh. */
  onCommand?: (line: string, result: ShellResult) => void;
  /** Where ↑/↓ history is kept in localStorage; default: one key per page (historyStorageKey). */
  historyKey?: string;
}

/** An xterm wired to the engine's shell. Client-only: load it with next/dynamic and ssr: false. */
export default function Terminal({ world, onCommand, historyKey }: TerminalProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const onCommandRef = useRef(onCommand);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    onCommandRef.current = onCommand;
  }, [onCommand]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let disposed = false;
    let term: XTerm | null = null;
    let observer: ResizeObserver | null = null;
    let frame = 0;
    let poller = 0;

    const start = () => {
      if (disposed) return;
      const xterm = new XTerm({
        theme: THEME,
        fontFamily: monoFontFamily(),
        fontSize: FONT_SIZE,
        lineHeight: 1.25,
        cursorBlink: true,
        cursorStyle: "bar",
        scrollback: 5000,
        allowProposedApi: false,
      });
      term = xterm;
      const fit = new FitAddon();
      xterm.loadAddon(fit);
      xterm.open(host);
      fit.fit();
      world.setColumns(xterm.cols);

      const key = historyKey ?? historyStorageKey(window.location.pathname);
      let foregroundLine = "";
      const stopPolling = () => {
        window.clearInterval(poller);
        poller = 0;
      };
      // A command holding the foreground is polled on a timer, never from a keystroke.
      const startPolling = () => {
        stopPolling();
        poller = window.setInterval(() => {
          if (disposed) return stopPolling();
          const step = world.poll();
          const output = step ? toOutput(step) : { text: "", clear: false, exit: false };
          const text = editor.foregroundOutput(output);
          if (text) xterm.write(text);
          if (!output.running) {
            stopPolling();
            if (step) onCommandRef.current?.(foregroundLine, step);
          }
        }, POLL_MS);
      };
      const editor = new LineEditor(
        {
          columns: () => xterm.cols,
          prompt: () => world.prompt(),
          plainPrompt: () => world.session() !== undefined,
          attached: () => world.session() !== undefined,
          detach: () => {
            const result = world.detach();
            if (result) onCommandRef.current?.("", result);
            return result && toOutput(result);
          },
          play: (pieces, finish) => {
            const total = Math.max(0, ...pieces.map((p) => p.atMs));
            const scale = total > MAX_REPLAY_MS ? MAX_REPLAY_MS / total : 1;
            for (const piece of pieces) {
              window.setTimeout(() => {
                if (!disposed) xterm.write(piece.text);
              }, piece.atMs * scale);
            }
            window.setTimeout(() => {
              if (!disposed) xterm.write(finish());
            }, total * scale + 16);
          },
          execute: (line) => {
            const result = world.run(line);
            onCommandRef.current?.(line, result);
            if (result.running) {
              foregroundLine = line;
              startPolling();
            }
            return toOutput(result);
          },
          complete: (line, cursor) => world.complete(line, cursor),
          interrupt: () => {
            const result = world.interrupt();
            if (!result) {
              stopPolling();
              return undefined;
            }
            if (!result.running) {
              stopPolling();
              onCommandRef.current?.(foregroundLine, result);
            }
            return toOutput(result);
          },
          endOfInput: () => {
            if (!world.session()) return undefined;
            const result = world.endOfInput();
            onCommandRef.current?.("", result);
            return toOutput(result);
          },
          saveHistory: (history) => saveHistory(key, history),
        },
        loadHistory(key),
      );

      // Let the browser copy a selection with Ctrl+C instead of sending ^C.
      xterm.attachCustomKeyEventHandler((event) => {
        if (event.type === "keydown" && event.ctrlKey && !event.shiftKey && event.key === "c" && xterm.hasSelection()) {
          return false;
        }
        return true;
      });

      xterm.onData((data) => {
        const out = editor.feed(data);
        if (out) xterm.write(out);
      });

      xterm.write(BANNER + editor.start(), () => {
        if (!disposed) setReady(true);
      });

      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (disposed) return;
          try {
            fit.fit();
            world.setColumns(xterm.cols);
          } catch {
            // The element can be detached mid-resize; the next resize fits again.
          }
        });
      });
      observer.observe(host);
    };

    void monoFontReady(FONT_SIZE).then(start);

    return () => {
      disposed = true;
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.clearInterval(poller);
      term?.dispose();
      setReady(false);
    };
  }, [world, historyKey]);

  return (
    <div
      data-testid="terminal"
      data-ready={ready ? "true" : "false"}
      role="group"
      aria-label="Terminal"
      className="terminal-host h-full w-full overflow-hidden bg-[#0b0d12] pt-2 pl-3"
    >
      <div ref={hostRef} className="h-full w-full" />
    </div>
  );
}
