"use client";

import { useCallback, useEffect, useState, type FormEvent } from "react";
import { answerHostHttp, type World } from "@/simulator";
import { calculatePreview, parsePreviewAddress, type PreviewView } from "./engine-view/calculate-preview";

export interface BrowserPreviewProps {
  world: World;
  /** The address to show (the address bar follows it when it changes). */
  address: string;
  onAddressChange: (address: string) => void;
  /** Bumped after every command, so the page reloads when what serves it changes. */
  version: number;
}

type Shown = { view: PreviewView; at: string } | { error: string };

/**
 * A browser tab onto the simulated host: what opening `localhost:5111`
 * shows, answered by the engine (a container's published port, through
 * engine/host-network.ts answerHostHttp) or a Chromium error page. HTML is
 * shown in a sandboxed frame with scripts off; other content as text.
 */
export default function BrowserPreview({ world, address, onAddressChange, version }: BrowserPreviewProps) {
  const [draft, setDraft] = useState(address);
  const [shown, setShown] = useState<Shown | null>(null);

  const load = useCallback(
    (text: string) => {
      const parsed = parsePreviewAddress(text);
      if ("error" in parsed) {
        setShown({ error: parsed.error });
        return;
      }
      const answer = answerHostHttp(world.engine, parsed.host, parsed.port, parsed.path);
      setShown({ view: calculatePreview(parsed, answer), at: parsed.display });
    },
    [world],
  );

  useEffect(() => setDraft(address), [address]);
  useEffect(() => load(address), [address, version, load]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onAddressChange(draft);
    load(draft);
  };

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="preview">
      <form onSubmit={onSubmit} className="flex shrink-0 items-center gap-2 border-b border-[var(--panel-border)] bg-[var(--panel)] px-2 py-1.5">
        <button
          type="button"
          onClick={() => load(draft)}
          aria-label="Reload"
          title="Reload"
          className="rounded p-1 text-zinc-400 hover:bg-white/5 hover:text-zinc-100 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
        >
          <svg viewBox="0 0 20 20" className="h-3.5 w-3.5" aria-hidden="true">
            <path fill="currentColor" d="M15.3 5.2A7 7 0 1 0 17 10h-1.6a5.4 5.4 0 1 1-1.2-3.4L12 8.8h5V3.8z" />
          </svg>
        </button>
        <label className="sr-only" htmlFor="preview-address">
          Address
        </label>
        <input
          id="preview-address"
          data-testid="preview-address"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          className="min-w-0 flex-1 rounded-full border border-[var(--panel-border)] bg-[var(--surface)] px-3 py-1 font-mono text-xs text-zinc-200 focus:border-sky-400 focus:outline-none"
        />
      </form>
      <div className="min-h-0 flex-1 overflow-auto" data-testid="preview-body" aria-live="polite">
        {shown === null ? null : "error" in shown ? (
          <p className="p-4 text-sm text-zinc-400">{shown.error}</p>
        ) : shown.view.kind === "error" ? (
          <div className="p-6" data-testid="preview-error" data-code={shown.view.code}>
            <p className="text-base font-medium text-zinc-100">{shown.view.title}</p>
            <p className="mt-2 text-sm text-zinc-400">{shown.view.detail}</p>
            <p className="mt-4 font-mono text-xs text-zinc-500">{shown.view.code}</p>
          </div>
        ) : shown.view.html ? (
          <iframe
            title={`Preview of ${shown.at}`}
            sandbox=""
            srcDoc={shown.view.body}
            data-testid="preview-page"
            data-status={shown.view.status}
            className="h-full w-full bg-white"
          />
        ) : (
          <pre data-testid="preview-page" data-status={shown.view.status} className="p-3 font-mono text-xs whitespace-pre-wrap text-zinc-200">
            {shown.view.body}
          </pre>
        )}
      </div>
    </div>
  );
}
