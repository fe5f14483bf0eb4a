import type { Metadata } from "next";
import { SiteHeader } from "@/components/SiteHeader";
import { ChallengePlay } from "@/components/builder/ChallengePlay";

export const metadata: Metadata = {
  title: "Shared challenge",
  description: "A Docker challenge shared as a link: its text, starting files, setup and checks travel in the link.",
};

export default function ChallengePlayPage() {
  return (
    <div className="flex h-dvh flex-col">
      <SiteHeader>
        <span className="text-zinc-600" aria-hidden="true">
          /
        </span>
        <span className="text-sm text-zinc-200" aria-current="page">
          Shared challenge
        </span>
      </SiteHeader>
      <main className="flex min-h-0 flex-1 flex-col">
        <ChallengePlay />
      </main>
    </div>
  );
}
