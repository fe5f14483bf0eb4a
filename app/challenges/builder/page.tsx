import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/SiteHeader";
import { ChallengeBuilder } from "@/components/builder/ChallengeBuilder";

export const metadata: Metadata = {
  title: "Challenge builder",
  description: "Write a Docker challenge in the browser: text, starting files, setup commands and checks from the vocabulary; try it and share it as a link.",
};

export default function ChallengeBuilderPage() {
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader>
        <span className="text-zinc-600" aria-hidden="true">
          /
        </span>
        <span className="text-sm text-zinc-200" aria-current="page">
          Challenge builder
        </span>
      </SiteHeader>
      <main className="mx-auto w-full max-w-3xl flex-1 px-6 py-10">
        <h1 className="text-3xl font-semibold tracking-tight text-zinc-50">Challenge builder</h1>
        <p className="mt-3 mb-8 max-w-2xl text-zinc-400">
          Describe a goal, give the starting files and the commands that set the scene, and pick the checks that prove it is reached. Try it here, then
          share the link: the whole challenge travels inside it as data, checked when it is opened. The{" "}
          <Link href="/lessons" className="text-sky-300 underline underline-offset-2">
            lessons
          </Link>{" "}
          show what checks can say.
        </p>
        <ChallengeBuilder />
      </main>
    </div>
  );
}
