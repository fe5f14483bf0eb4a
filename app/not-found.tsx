import Link from "next/link";
import { SiteHeader } from "@/components/SiteHeader";

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader />
      <main className="mx-auto flex max-w-xl flex-1 flex-col justify-center px-6 py-20">
        <p className="font-mono text-sm text-sky-300">Error response from daemon: page not found</p>
        <h1 className="mt-3 text-3xl font-semibold tracking-tight text-zinc-50">Nothing docked here.</h1>
        <p className="mt-3 text-zinc-400">The page you asked for does not exist. The lessons are a good place to start.</p>
        <Link
          href="/"
          className="mt-8 self-start rounded-lg bg-sky-400 px-4 py-2 text-sm font-semibold text-zinc-950 hover:bg-sky-300"
        >
          Back to the lessons
        </Link>
      </main>
    </div>
  );
}
