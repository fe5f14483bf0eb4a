"use client";

import { useEffect, useRef, useState } from "react";
import { Terminal as XTerm, type ITheme } from "@xterm/xterm";
import { FitAddon } from "@xterm/addon-fit";
import "@xterm/xterm/css/xterm.css";
import type { ShellResult, World } from "@/simulator";
import { LineEditor, type CommandOutput } from "./line-editor";
import { monoFontFamily, monoFontReady } from "./mono-font";
import { historyStorageKey, loadHistory, saveHistory } from "./terminal-history";
import { Typeahead } from "./terminal-typeahead";
import { RUN_COMMAND_EVENT, readRunCommand } from "./lesson/run-command";

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
  "Dockyard shell: a simulated Docker engine running in this tab. Nothing you run leaves your browser.\r\n\r\n";

function toOutput(result: ShellResult): CommandOutput {
  const text = result.chunks.length > 0 ? result.chunks.map((c) => c.text).join("") : result.stdout + result.stderr;
  const pieces = result.chunks.map((c) => (c.atMs === undefined ? { text: c.text } : { text: c.text, atMs: c.atMs }));
  return { text, clear: result.clear, exit: result.exit, pieces, ...(result.running ? { running: true } : {}) };
}

/** How often a command holding the foreground (`docker logs -f`, an attached server) is asked for new output. */
const POLL_MS = 250;
/** The longest a replay of timed output (a BuildKit build) takes on screen; longer builds play faster. */
const MAX_REPLAY_MS = 2500;

/**
 * The host prompt before the engine arrives: a fresh session's, in ~
 * (simulator/shell/session.ts formatPrompt); redrawn if a restored session's differs.
 */
const FIRST_PROMPT = "learner@dockyard:~$ ";

export interface TerminalProps {
  /** The engine's shell; null while the engine still loads (the terminal already takes typing and keeps it for the engine). */
  world: World | null;
  /** Called after every command, so views of the workspace can refresh. */
  onCommand?: (line: string, result: ShellResult) => void;
  /** Where ↑/↓ history is kept in localStorage; default: one key per page (historyStorageKey). */
  historyKey?: string;
  /** Called once the terminal shows its prompt and takes input (data-ready). */
  onReady?: () => void;
}

/**
 * An xterm wired to the engine's shell. Client-only: load it with next/dynamic
 * and ssr: false. It opens and takes typing before the engine has loaded
 * (data-ready then), and runs what was typed once `world` arrives.
 */
export default function Terminal({ world, onCommand, historyKey, onReady }: TerminalProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const onCommandRef = useRef(onCommand);
  const onReadyRef = useRef(onReady);
  const worldRef = useRef(world);
  /** Set once the xterm is open: hands it the world that has just arrived. */
  const attachRef = useRef<((world: World) => void) | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    onCommandRef.current = onCommand;
    onReadyRef.current = onReady;
  }, [onCommand, onReady]);

  useEffect(() => {
    worldRef.current = world;
    if (world) attachRef.current?.(world);
  }, [world]);

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let disposed = false;
    let term: XTerm | null = null;
    let observer: ResizeObserver | null = null;
    let frame = 0;
    let poller = 0;
    let removeRunListener = () => {};

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
      worldRef.current?.setColumns(xterm.cols);

      const key = historyKey ?? historyStorageKey(window.location.pathname);
      let foregroundLine = "";
      /** The running host program's result once it has settled (see startPolling). */
      let hostPending: (() => ShellResult | undefined) | undefined;
      const typeahead = new Typeahead();
      /** A replay of timed output is on screen: keys wait in the typeahead. */
      let playing = false;
      const inputState = () => ({ engine: worldRef.current !== null, idle: !playing && !editor.inForeground });
      /** Hands waiting keys to the editor while the shell can take them. */
      const drain = () => {
        for (let piece = typeahead.next(inputState()); piece !== undefined; piece = typeahead.next(inputState())) {
          const out = editor.feed(piece);
          if (out) xterm.write(out);
        }
      };
      const stopPolling = () => {
        window.clearInterval(poller);
        poller = 0;
      };
      // A command holding the foreground is polled on a timer, never from a keystroke.
      const startPolling = () => {
        stopPolling();
        poller = window.setInterval(() => {
          const world = worldRef.current;
          if (disposed || !world) return stopPolling();
          // A host program (git) ends when its promise settles; until then it holds the prompt like a foreground command.
          const host = hostPending;
          const step = host ? host() : world.poll();
          if (host && step) hostPending = undefined;
          const output = step ? toOutput(step) : host ? { text: "", clear: false, exit: false, running: true } : { text: "", clear: false, exit: false };
          const text = editor.foregroundOutput(output);
          if (text) xterm.write(text);
          if (!output.running) {
            stopPolling();
            if (step) onCommandRef.current?.(foregroundLine, step);
            drain();
          }
        }, POLL_MS);
      };
      const editor = new LineEditor(
        {
          columns: () => xterm.cols,
          prompt: () => worldRef.current?.prompt() ?? FIRST_PROMPT,
          plainPrompt: () => worldRef.current?.session() !== undefined,
          attached: () => worldRef.current?.session() !== undefined,
          detach: () => {
            const result = worldRef.current?.detach();
            if (result) onCommandRef.current?.("", result);
            return result && toOutput(result);
          },
          play: (pieces, finish) => {
            playing = true;
            const total = Math.max(0, ...pieces.map((p) => p.atMs));
            const scale = total > MAX_REPLAY_MS ? MAX_REPLAY_MS / total : 1;
            for (const piece of pieces) {
              window.setTimeout(() => {
                if (!disposed) xterm.write(piece.text);
              }, piece.atMs * scale);
            }
            window.setTimeout(() => {
              if (disposed) return;
              xterm.write(finish());
              playing = false;
              drain();
            }, total * scale + 16);
          },
          // Enter, Tab, Ctrl+C and Ctrl+D reach the editor only once the world is there (Typeahead).
          execute: (line) => {
            const world = worldRef.current;
            if (!world) return { text: "", clear: false, exit: false };
            const result = world.run(line);
            if (result.pending) {
              let settled: ShellResult | undefined;
              void result.pending.then((done) => (settled = done));
              hostPending = () => settled;
              foregroundLine = line;
              startPolling();
              return { ...toOutput(result), running: true };
            }
            onCommandRef.current?.(line, result);
            if (result.running) {
              foregroundLine = line;
              startPolling();
            }
            return toOutput(result);
          },
          complete: (line, cursor) => worldRef.current?.complete(line, cursor) ?? { replaceFrom: cursor, candidates: [] },
          interrupt: () => {
            const result = worldRef.current?.interrupt();
            if (!result) {
              // Simplification: Ctrl+C during git gives the prompt back; git's output is dropped.
              hostPending = undefined;
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
            const world = worldRef.current;
            if (!world?.session()) return undefined;
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

      const input = (data: string) => {
        const now = typeahead.accept(data, inputState());
        const out = now ? editor.feed(now) : "";
        if (out) xterm.write(out);
        drain();
      };
      xterm.onData(input);
      // Run buttons in the lesson pane (components/lesson/run-command.ts): clear the line (Ctrl+U), type, Enter.
      const onRunCommand = (event: Event) => {
        const command = readRunCommand(event);
        if (command !== undefined) input(`\x15${command}\r`);
      };
      window.addEventListener(RUN_COMMAND_EVENT, onRunCommand);
      removeRunListener = () => window.removeEventListener(RUN_COMMAND_EVENT, onRunCommand);

      let shownPrompt = worldRef.current?.prompt() ?? FIRST_PROMPT;
      xterm.write(BANNER + editor.start(), () => {
        if (disposed) return;
        setReady(true);
        onReadyRef.current?.();
      });
      attachRef.current = (arrived) => {
        arrived.setColumns(xterm.cols);
        if (arrived.prompt() !== shownPrompt) {
          shownPrompt = arrived.prompt();
          xterm.write(editor.repaint());
        }
        drain();
      };

      observer = new ResizeObserver(() => {
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          if (disposed) return;
          try {
            fit.fit();
            worldRef.current?.setColumns(xterm.cols);
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
      attachRef.current = null;
      removeRunListener();
      cancelAnimationFrame(frame);
      observer?.disconnect();
      window.clearInterval(poller);
      term?.dispose();
      setReady(false);
    };
  }, [historyKey]);

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
