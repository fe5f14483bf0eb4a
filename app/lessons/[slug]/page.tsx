import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLesson, listLessons } from "@/lessons";
import { SiteHeader } from "@/components/SiteHeader";
import { LessonWorkspace } from "@/components/LessonWorkspace";
import { LessonContent } from "@/components/lesson/LessonContent";

type Params = { slug: string };
type PageProps = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) return {};
  return { title: lesson.title, description: lesson.summary };
}

export default async function LessonPage({ params }: PageProps) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  if (!lesson) notFound();

  const lessons = listLessons();
  const index = lessons.findIndex((l) => l.slug === lesson.slug);
  const next = index >= 0 ? lessons[index + 1] : undefined;

  return (
    <div className="flex h-dvh flex-col">
      <SiteHeader>
        <span className="text-zinc-600" aria-hidden="true">
          /
        </span>
        <nav aria-label="Breadcrumb" className="min-w-0 truncate text-sm text-zinc-400">
          <span className="hidden sm:inline">{lesson.track}</span>
          <span className="mx-2 hidden text-zinc-600 sm:inline" aria-hidden="true">
            /
          </span>
          <span className="text-zinc-200" aria-current="page">
            {lesson.title}
          </span>
        </nav>
        <span className="ml-auto hidden text-xs text-zinc-500 sm:inline">{lesson.minutes} min</span>
      </SiteHeader>

      <main className="flex min-h-0 flex-1 flex-col">
        <LessonWorkspace
          scope={`lesson:${lesson.slug}`}
          slug={lesson.slug}
          files={lesson.files}
          checks={lesson.checks}
          setup={lesson.setup}
          lessonPane={
            <>
              <LessonContent markdown={lesson.markdown} label={lesson.title} />
              {next ? (
                <nav aria-label="Next lesson" className="mx-auto max-w-2xl px-6 pb-10">
                  <Link
                    href={`/lessons/${next.slug}`}
                    className="flex items-center justify-between rounded-lg border border-[var(--panel-border)] px-4 py-3 text-sm text-zinc-300 hover:border-sky-400/40 hover:text-zinc-100"
                  >
                    <span>
                      <span className="block text-xs text-zinc-500">Next lesson</span>
                      {next.title}
                    </span>
                    <span aria-hidden="true">→</span>
                  </Link>
                </nav>
              ) : null}
            </>
          }
        />
      </main>
    </div>
  );
}
