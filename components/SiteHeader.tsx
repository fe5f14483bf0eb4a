import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "./Logo";
import { ThemeToggle } from "./ThemeToggle";

/** The slim top bar shared by every page. `children` goes on the right (breadcrumbs, actions). */
export function SiteHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 border-b border-[var(--panel-border)] bg-[var(--surface)]/95 px-4">
      <Link
        href="/"
        className="flex items-center gap-2 rounded-md text-sm font-semibold tracking-tight text-zinc-100 outline-none focus-visible:ring-2 focus-visible:ring-sky-400"
      >
        <Logo className="h-6 w-6" />
        <span>Dockyard</span>
      </Link>
      <div className="flex min-w-0 flex-1 items-center gap-3">{children}</div>
      <ThemeToggle />
    </header>
  );
}
