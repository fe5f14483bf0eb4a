import type { Metadata } from "next";
import { listLessons } from "@/lessons";
import { SiteHeader } from "@/components/SiteHeader";
import { ProgressBoard } from "@/components/progress/ProgressBoard";

export const metadata: Metadata = {
  title: "Tracks and lessons",
  description: "Every Dockyard lesson by track, with your completion and scores. Progress stays in this browser; export it to move it.",
};

export default function LessonsPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader>
        <span className="text-zinc-600" aria-hidden="true">
          /
        </span>
        <span className="text-sm text-zinc-200" aria-current="page">
          Tracks and lessons
        </span>
      </SiteHeader>
      <main className="mx-auto w-full max-w-4xl flex-1 px-6 py-10">
        <h1 className="text-3xl font-semibold tracking-tight text-zinc-50">Tracks and lessons</h1>
        <p className="mt-3 max-w-2xl text-zinc-400">
          Your progress is kept in this browser, with no account. Export it to a file to keep it or move it to another browser. Teaching? <a href="/challenges/builder" className="text-sky-300 underline underline-offset-2">Build a challenge</a> and share it as a link.
        </p>
        <div className="mt-8">
          <ProgressBoard lessons={listLessons()} />
        </div>
      </main>
    </div>
  );
}
