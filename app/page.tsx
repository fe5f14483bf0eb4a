import Link from "next/link";
import { listLessons } from "@/lessons";
import { SiteHeader } from "@/components/SiteHeader";

type LessonSummary = ReturnType<typeof listLessons>[number];

const FEATURES = [
  {
    title: "Instant",
    body: "No install, no daemon, no waiting for images to pull. Open a lesson and type your first docker command.",
  },
  {
    title: "Offline",
    body: "A simulated Docker engine runs inside this tab. Nothing leaves your machine and nothing needs a network.",
  },
  {
    title: "Free",
    body: "No account and no cloud bill. Break things on purpose; a reset puts the lesson back the way it started.",
  },
] as const;

function groupByTrack(lessons: LessonSummary[]): [string, LessonSummary[]][] {
  const groups = new Map<string, LessonSummary[]>();
  for (const lesson of lessons) {
    const group = groups.get(lesson.track);
    if (group) group.push(lesson);
    else groups.set(lesson.track, [lesson]);
  }
  return [...groups.entries()];
}

export default function HomePage() {
  const lessons = listLessons();
  const first = lessons[0];
  let number = 0;

  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader>
        <nav aria-label="Site" className="ml-auto flex items-center gap-4 text-sm text-zinc-400">
          <a href="#lessons" className="hover:text-zinc-100">
            Lessons
          </a>
          <Link href="/lessons" className="hover:text-zinc-100">
            Progress
          </Link>
          <Link href="/sandbox" className="hover:text-zinc-100">
            Sandbox
          </Link>
        </nav>
      </SiteHeader>

      <main className="flex-1">
        <section aria-labelledby="pitch" className="border-b border-[var(--panel-border)]">
          <div className="mx-auto max-w-5xl px-6 pt-16 pb-14 sm:pt-24">
            <p className="mb-4 inline-flex items-center gap-2 rounded-full border border-sky-400/25 bg-sky-400/5 px-3 py-1 font-mono text-xs text-sky-300">
              <span className="h-1.5 w-1.5 rounded-full bg-sky-400" aria-hidden="true" />
              docker run hello-world
            </p>
            <h1 id="pitch" className="max-w-3xl text-4xl font-semibold tracking-tight text-zinc-50 sm:text-5xl">
              Learn Docker in your browser.
            </h1>
            <p className="mt-5 max-w-2xl text-lg leading-relaxed text-zinc-400">
              Short, hands-on lessons with a real terminal and editor, backed by a simulated Docker engine that
              runs right here in the page. Instant, offline, and free.
            </p>
            {first ? (
              <div className="mt-8 flex flex-wrap items-center gap-3">
                <Link
                  href={`/lessons/${first.slug}`}
                  className="rounded-lg bg-sky-400 px-4 py-2.5 text-sm font-semibold text-zinc-950 transition-colors hover:bg-sky-300 focus-visible:ring-2 focus-visible:ring-sky-200 focus-visible:outline-none"
                >
                  Start: {first.title}
                </Link>
                <a
                  href="#lessons"
                  className="rounded-lg px-4 py-2.5 text-sm font-medium text-zinc-300 ring-1 ring-[var(--panel-border)] transition-colors hover:bg-white/5 hover:text-zinc-100"
                >
                  Browse lessons
                </a>
              </div>
            ) : null}

            <ul className="mt-14 grid gap-4 sm:grid-cols-3">
              {FEATURES.map((feature) => (
                <li
                  key={feature.title}
                  className="rounded-xl border border-[var(--panel-border)] bg-[var(--panel)] p-5"
                >
                  <h2 className="text-sm font-semibold text-zinc-100">{feature.title}</h2>
                  <p className="mt-2 text-sm leading-relaxed text-zinc-400">{feature.body}</p>
                </li>
              ))}
            </ul>
          </div>
        </section>

        <section id="lessons" aria-labelledby="lessons-heading" className="mx-auto max-w-5xl scroll-mt-12 px-6 py-14">
          <h2 id="lessons-heading" className="text-2xl font-semibold tracking-tight text-zinc-50">
            Lessons
          </h2>
          {lessons.length === 0 ? (
            <p className="mt-4 text-zinc-400">No lessons yet. Check back soon.</p>
          ) : (
            groupByTrack(lessons).map(([track, items]) => (
              <div key={track} className="mt-8">
                <h3 className="text-xs font-semibold tracking-wider text-zinc-500 uppercase">{track}</h3>
                <ol className="mt-3 grid gap-3" data-testid="lesson-list">
                  {items.map((lesson) => {
                    number += 1;
                    return (
                      <li key={lesson.slug}>
                        <Link
                          href={`/lessons/${lesson.slug}`}
                          data-testid="lesson-link"
                          className="group flex items-start gap-4 rounded-xl border border-[var(--panel-border)] bg-[var(--panel)] p-5 transition-colors hover:border-sky-400/40 hover:bg-[#121722] focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none"
                        >
                          <span
                            className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-md bg-sky-400/10 font-mono text-xs font-semibold text-sky-300"
                            aria-hidden="true"
                          >
                            {String(number).padStart(2, "0")}
                          </span>
                          <span className="min-w-0 flex-1">
                            <span className="block font-medium text-zinc-100 group-hover:text-sky-200">
                              {lesson.title}
                            </span>
                            <span className="mt-1 block text-sm leading-relaxed text-zinc-400">{lesson.summary}</span>
                          </span>
                          <span className="shrink-0 text-xs whitespace-nowrap text-zinc-500">
                            {lesson.minutes} min
                          </span>
                        </Link>
                      </li>
                    );
                  })}
                </ol>
              </div>
            ))
          )}
        </section>
      </main>

      <footer className="border-t border-[var(--panel-border)]">
        <div className="mx-auto max-w-5xl px-6 py-6 text-xs text-zinc-500">
          Dockyard simulates Docker for learning. Commands run against an in-browser model of the engine, not a real
          daemon.
        </div>
      </footer>
    </div>
  );
}
