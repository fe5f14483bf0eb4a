"use client";

import { useSyncExternalStore } from "react";
import { THEME_KEY } from "./theme-script";

/** The site's two colour themes. */
export type Theme = "dark" | "light";

function current(): Theme {
  return document.documentElement.classList.contains("light") ? "light" : "dark";
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

/** The theme in force, following changes made by the toggle (or another tab's choice on reload). */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, current, () => "dark");
}

/** Switches theme now and remembers the choice. */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.remove("dark", "light");
  root.classList.add(theme);
  root.style.colorScheme = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be off (private mode); the choice then lasts for this page.
  }
}
