/**
 * Linux signal numbers by name, as moby's signal.SignalMap lists them for
 * Linux (moby/sys: signal/signal_linux.go).
 */
export const SIGNALS: Record<string, number> = {
  ABRT: 6, ALRM: 14, BUS: 7, CHLD: 17, CLD: 17, CONT: 18, FPE: 8, HUP: 1, ILL: 4, INT: 2, IO: 29, IOT: 6, KILL: 9,
  PIPE: 13, POLL: 29, PROF: 27, PWR: 30, QUIT: 3, SEGV: 11, STKFLT: 16, STOP: 19, SYS: 31, TERM: 15, TRAP: 5,
  TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, USR1: 10, USR2: 12, VTALRM: 26, WINCH: 28, XCPU: 24, XFSZ: 25,
};

/**
 * signal.ParseSignal (moby/sys: signal/signal.go): a number, or a name with
 * or without `SIG`, any case; otherwise `Invalid signal: <text>`.
 */
export function parseSignal(raw: string): { ok: true; number: number } | { ok: false; error: string } {
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    return n > 0 && n <= 64 ? { ok: true, number: n } : { ok: false, error: `Invalid signal: ${raw}` };
  }
  const n = SIGNALS[raw.toUpperCase().replace(/^SIG/, "")];
  return n === undefined ? { ok: false, error: `Invalid signal: ${raw}` } : { ok: true, number: n };
}

/** What a signal does to a container's main process: it exits with `code`, or nothing happens. */
export type SignalEffect = { exits: true; code: number } | { exits: false };

/**
 * Which process models handle which signals as PID 1, and how they end.
 * PID 1 in a PID namespace gets no default action: a signal it has no
 * handler for is dropped (Linux: kernel/signal.c sig_task_ignored with
 * SIGNAL_UNKILLABLE). So `sleep`, `tail -f`, `top`, `yes`, `ping` and
 * shells (`sh -i` ignores SIGTERM anyway) ignore `docker stop`'s SIGTERM and
 * are killed after the timeout (137). Go programs install handlers for every
 * signal; one that did not ask for it dies through runtime.dieFromSignal,
 * whose raise is dropped for PID 1, so it ends with `exit(2)` (golang/go:
 * src/runtime/signal_unix.go). registry:2 is such a program: with no
 * `http.draintimeout` in its config it never calls signal.Notify
 * (distribution v2.8.3: registry/registry.go ListenAndServe).
 * (SIGQUIT also dumps goroutines, not simulated.) SIGKILL always kills (137).
 */
export const SIGNAL_HANDLERS: Record<string, Partial<Record<number, number>>> = {
  registry: { 1: 2, 2: 2, 3: 2, 15: 2 },
};

/** The effect of signal `n` on the process model of `program` (an executable path) running as PID 1. */
export function calculateSignalEffect(program: string, n: number): SignalEffect {
  if (n === 9) return { exits: true, code: 137 };
  const base = program.slice(program.lastIndexOf("/") + 1);
  const model = base === "entrypoint.sh" ? "registry" : base;
  const code = SIGNAL_HANDLERS[model]?.[n];
  return code === undefined ? { exits: false } : { exits: true, code };
}
