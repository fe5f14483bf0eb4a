"use client";

import { Children, useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent, type ReactNode } from "react";
import { calculateSplit, parseSavedSizes } from "./pane-sizes";

export interface SplitPaneProps {
  /** Names the layout in localStorage, so sizes survive a reload; a new id takes that layout's sizes without remounting the panes. */
  id: string;
  direction: "horizontal" | "vertical";
  /** Default sizes in percent, one per child, summing to 100. */
  sizes: number[];
  /** The smallest a pane may get, in percent. */
  min?: number;
  /** Accessible names of the panes, for the splitters' labels ("Resize Lesson and Workspace"). */
  labels: string[];
  /** Only split from this media query up; below it one pane shows at a time (see `shown`). */
  media?: string;
  /** Below `media`: the index of the one pane to show (the caller draws tabs). */
  shown?: number;
  className?: string;
  children: ReactNode;
}

const STEP = 5;

/**
 * Panes side by side (or stacked) with draggable, keyboard-operable splitters
 * following the WAI-ARIA window splitter pattern: role="separator" with
 * aria-valuenow, arrows move it by 5 %, Home/End to the limits.
 */
export function SplitPane({ id, direction, sizes: defaults, min = 15, labels, media, shown = 0, className = "", children }: SplitPaneProps) {
  const panes = Children.toArray(children);
  const [sizes, setSizes] = useState(defaults);
  const [dragging, setDragging] = useState<number | null>(null);
  // Split until the media query says otherwise: the desktop layout is the one prerendered.
  const [active, setActive] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  const key = `dockyard-split:${id}`;
  const horizontal = direction === "horizontal";

  // The defaults are a fresh array each render; they (or saved sizes) apply when the layout id changes.
  const defaultsRef = useRef(defaults);
  defaultsRef.current = defaults;
  useEffect(() => {
    setSizes(parseSavedSizes(window.localStorage.getItem(key), defaultsRef.current));
  }, [key]);

  useEffect(() => {
    if (media === undefined) return;
    const query = window.matchMedia(media);
    const update = () => setActive(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, [media]);

  const commit = useCallback(
    (next: number[]) => {
      setSizes(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // Sizes then last for this page only.
      }
    },
    [key],
  );

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    const back = horizontal ? "ArrowLeft" : "ArrowUp";
    const forward = horizontal ? "ArrowRight" : "ArrowDown";
    const deltas: Record<string, number> = { [back]: -STEP, [forward]: STEP, Home: -100, End: 100 };
    const delta = Object.hasOwn(deltas, event.key) ? deltas[event.key] : undefined;
    if (delta === undefined) return;
    event.preventDefault();
    commit(calculateSplit(sizes, index, delta, min));
  };

  const onPointerDown = (index: number) => (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(index);
  };

  const onPointerMove = (index: number) => (event: PointerEvent<HTMLDivElement>) => {
    if (dragging !== index || !box.current) return;
    const rect = box.current.getBoundingClientRect();
    const total = horizontal ? rect.width : rect.height;
    if (total <= 0) return;
    const offset = ((horizontal ? event.clientX - rect.left : event.clientY - rect.top) / total) * 100;
    const start = sizes.slice(0, index).reduce((s, n) => s + n, 0);
    setSizes(calculateSplit(sizes, index, offset - start - (sizes[index] ?? 0), min));
  };

  const onPointerUp = () => {
    if (dragging === null) return;
    setDragging(null);
    commit(sizes);
  };

  return (
    <div ref={box} className={`flex min-h-0 min-w-0 ${horizontal ? "flex-row" : "flex-col"} ${className}`}>
      {panes.map((pane, i) => {
        const style: CSSProperties | undefined = active ? { flex: `${sizes[i] ?? 0} 1 0%` } : undefined;
        return [
          i > 0 ? (
            <div
              key={`splitter-${i}`}
              role="separator"
              tabIndex={0}
              aria-orientation={horizontal ? "vertical" : "horizontal"}
              aria-valuenow={Math.round(sizes.slice(0, i).reduce((s, n) => s + n, 0))}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-label={`Resize ${labels[i - 1] ?? "pane"} and ${labels[i] ?? "pane"}`}
              data-dragging={dragging === i - 1 ? "true" : "false"}
              onKeyDown={onKeyDown(i - 1)}
              onPointerDown={onPointerDown(i - 1)}
              onPointerMove={onPointerMove(i - 1)}
              onPointerUp={onPointerUp}
              className={`splitter ${active ? "" : "hidden"} ${horizontal ? "w-px cursor-col-resize" : "h-px cursor-row-resize"}`}
            />
          ) : null,
          <div
            key={`pane-${i}`}
            className={`min-h-0 min-w-0 flex-col ${active ? "flex" : i === shown ? "flex flex-1" : "hidden"}`}
            style={style}
          >
            {pane}
          </div>,
        ];
      })}
    </div>
  );
}
