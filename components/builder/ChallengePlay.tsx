"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { LessonWorkspace } from "@/components/LessonWorkspace";
import { calculateLinkHash, parseChallengeLink, type SharedChallenge } from "./challenge-codec";
import { formatSharedMarkdown } from "./render-shared-markdown";

type State = { status: "loading" } | { status: "error"; error: string } | { status: "ready"; challenge: SharedChallenge; payload: string };

function ChallengeText({ challenge, payload }: { challenge: SharedChallenge; payload: string }) {
  const html = useMemo(() => formatSharedMarkdown(challenge.text), [challenge.text]);
  return (
    <div className="mx-auto max-w-2xl px-6 py-8">
      <h1 className="text-2xl font-semibold tracking-tight text-zinc-50" data-testid="challenge-title">
        {challenge.title}
      </h1>
      <p className="mt-2 text-sm text-zinc-400">{challenge.summary}</p>
      <article className="lesson-prose mt-4" aria-label="Challenge text" dangerouslySetInnerHTML={{ __html: html }} />
      <p className="mt-6 text-xs text-zinc-400">
        A challenge shared as a link.{" "}
        <Link href={`/challenges/builder#${payload}`} className="text-sky-300 underline underline-offset-2">
          Open it in the builder
        </Link>
      </p>
    </div>
  );
}

/**
 * The play view of a builder-made challenge: decodes the link's fragment
 * (validated as data, challenge-codec.ts), then the lesson workspace with its
 * files, setup replayed and checks; saved state is scoped by the link's hash.
 */
export function ChallengePlay() {
  const [state, setState] = useState<State>({ status: "loading" });

  useEffect(() => {
    let current = true;
    const load = () => {
      const payload = window.location.hash.slice(1);
      void parseChallengeLink(payload).then((r) => {
        if (!current) return;
        if (r.ok) {
          document.title = `${r.challenge.title} · Dockyard`;
          setState({ status: "ready", challenge: r.challenge, payload });
        } else setState({ status: "error", error: r.error });
      });
    };
    load();
    window.addEventListener("hashchange", load);
    return () => {
      current = false;
      window.removeEventListener("hashchange", load);
    };
  }, []);

  if (state.status === "loading") {
    return (
      <p role="status" className="px-6 py-10 text-sm text-zinc-400">
        Opening the challenge…
      </p>
    );
  }
  if (state.status === "error") {
    return (
      <div className="mx-auto w-full max-w-2xl px-6 py-10">
        <h1 className="text-2xl font-semibold text-zinc-50">This challenge cannot be opened</h1>
        <p role="alert" className="mt-3 text-zinc-300" data-testid="challenge-error">
          {state.error}
        </p>
        <p className="mt-4 text-sm text-zinc-400">
          <Link href="/challenges/builder" className="text-sky-300 underline underline-offset-2">
            Make a challenge in the builder
          </Link>
        </p>
      </div>
    );
  }
  const { challenge, payload } = state;
  const hash = calculateLinkHash(payload);
  return (
    <LessonWorkspace
      key={hash}
      scope={`challenge:${hash}`}
      files={challenge.files}
      checks={challenge.checks}
      setup={challenge.setup}
      lessonLabel="Challenge"
      lessonPane={<ChallengeText challenge={challenge} payload={payload} />}
    />
  );
}
