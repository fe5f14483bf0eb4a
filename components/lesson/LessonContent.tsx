import { marked } from "marked";
import { parseLessonMarkup, type LessonBlock } from "./parse-lesson-markup";
import { Quiz } from "./Quiz";
import { RunButton } from "./RunButton";
import { Solution } from "./Solution";
import { TaskList } from "./TaskList";

export interface LessonContentProps {
  /** The lesson text: Markdown with the components of parse-lesson-markup.ts (no frontmatter). */
  markdown: string;
  /** The article's accessible name (the lesson title). */
  label: string;
  /** Extra classes for the article (width, padding). */
  className?: string;
}

function html(text: string): string {
  return marked.parse(text, { async: false, gfm: true });
}

function inline(text: string): string {
  return marked.parseInline(text, { async: false, gfm: true });
}

function Block({ block }: { block: LessonBlock }) {
  switch (block.kind) {
    case "markdown":
      return <div className="[&>*+*]:mt-4" dangerouslySetInnerHTML={{ __html: html(block.text) }} />;
    case "run":
      return <RunButton command={block.command} />;
    case "console":
      return (
        <pre data-testid="console-block">
          <code>
            {block.lines.map((line, i) => (
              <span key={i} className="flex items-center gap-3">
                <span className="min-w-0 break-all whitespace-pre-wrap">{line.text}</span>
                {line.command !== undefined ? <RunButton command={line.command} compact /> : null}
              </span>
            ))}
          </code>
        </pre>
      );
    case "hint":
      return (
        <details data-testid="lesson-hint" className="rounded-md border border-amber-400/20 bg-amber-400/5 px-3 py-2">
          <summary className="cursor-pointer text-sm text-amber-200">{block.title}</summary>
          <div className="mt-2 [&>*+*]:mt-3">
            <Blocks blocks={block.blocks} />
          </div>
        </details>
      );
    case "solution":
      return (
        <Solution after={block.after}>
          <Blocks blocks={block.blocks} />
        </Solution>
      );
    case "quiz":
      return (
        <Quiz
          id={block.id}
          questionHtml={inline(block.question)}
          choices={block.options.map((o) => ({ id: o.id, html: inline(o.text) }))}
          {...(block.answer !== undefined ? { answer: block.answer } : {})}
        />
      );
    case "tasks":
      return <TaskList items={block.items.map((item) => ({ check: item.check, html: inline(item.text) }))} />;
  }
}

function Blocks({ blocks }: { blocks: readonly LessonBlock[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  );
}

/**
 * A lesson's text as the lesson pane shows it: Markdown rendered at build time
 * (marked), with Run buttons, hints, solutions, quizzes and live task lists
 * as small client islands. Live parts read the workspace through
 * LessonRuntimeContext; outside a workspace they still render (nothing ticks).
 * A server component: render it on the server so `marked` stays out of the
 * browser bundle. Markup problems are lessons:check's job; here they are ignored.
 */
export function LessonContent({ markdown, label, className = "mx-auto max-w-2xl px-6 py-8" }: LessonContentProps) {
  const { blocks } = parseLessonMarkup(markdown);
  return (
    <article className={`lesson-prose ${className}`} aria-label={label}>
      <Blocks blocks={blocks} />
    </article>
  );
}
