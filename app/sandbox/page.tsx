import type { Metadata } from "next";
import { SiteHeader } from "@/components/SiteHeader";
import { LessonWorkspace } from "@/components/LessonWorkspace";
import { LessonContent } from "@/components/lesson/LessonContent";

export const metadata: Metadata = {
  title: "Sandbox",
  description: "Every feature of the simulated Docker engine, with no lesson and no checks. Your files and engine state stay in this browser.",
};

/** The course's first app (a Flask hello world), so there is something to build straight away. */
const STARTER_FILES: Record<string, string> = {
  "/python-app/Dockerfile": 'FROM python:3.8\n\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt\n\nCMD [ "python", "app.py" ]\n',
  "/python-app/requirements.txt": "flask\n",
  "/python-app/app.py":
    'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hello World!"\n\nif __name__ == "__main__":\n    app.run(host=\'0.0.0.0\')\n',
};

/** The sandbox's notes, in the lesson markup (components/lesson/parse-lesson-markup.ts): each command has a Run button. */
const NOTES = `# Sandbox

Everything the engine can do, with no lesson and no checks. Your files, your shell history and the engine's state are kept in this browser; Reset starts over.

A Flask app is waiting in \`python-app\`. Try:

\`\`\`console
docker build -t hello python-app
docker run -d -p 5111:5000 hello
curl localhost:5111
\`\`\`

The Engine tab shows the images and their layers, the last build's cache hits and misses, and your containers. The Preview tab opens a published port, like a browser on \`localhost:5111\`. \`undo\` steps back over the last command.
`;

export default function SandboxPage() {
  return (
    <div className="flex h-dvh flex-col">
      <SiteHeader>
        <span className="text-zinc-600" aria-hidden="true">
          /
        </span>
        <span className="text-sm text-zinc-200" aria-current="page">
          Sandbox
        </span>
      </SiteHeader>
      <main className="flex min-h-0 flex-1 flex-col">
        <LessonWorkspace scope="sandbox" files={STARTER_FILES} checks={[]} lessonPane={<LessonContent markdown={NOTES} label="Sandbox" />} lessonLabel="Sandbox notes" />
      </main>
    </div>
  );
}
