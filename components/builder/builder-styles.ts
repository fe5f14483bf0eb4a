/** Shared class names for the builder's form controls (zinc tokens flip in the light theme, app/globals.css). */
export const INPUT =
  "w-full rounded-md border border-[var(--panel-border)] bg-[var(--panel)] px-2.5 py-1.5 text-sm text-zinc-100 placeholder:text-zinc-500 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none";

/** Monospace variant for files, commands and JSON. */
export const CODE_INPUT = `${INPUT} font-mono text-xs leading-relaxed`;

/** A field's label. */
export const LABEL = "mb-1 block text-xs font-medium text-zinc-300";

/** A secondary note under a label. */
export const NOTE = "mt-1 block text-xs text-zinc-400";

/** Buttons. */
export const BUTTON =
  "rounded-md border border-[var(--panel-border)] px-3 py-1.5 text-xs font-medium text-zinc-200 hover:border-sky-400/50 hover:text-zinc-50 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none disabled:opacity-50";

/** The main action. */
export const PRIMARY = "rounded-md bg-sky-700 px-3 py-1.5 text-xs font-semibold text-white hover:bg-sky-600 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none disabled:opacity-50";
