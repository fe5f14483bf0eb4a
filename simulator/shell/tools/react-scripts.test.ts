import { describe, expect, it } from "vitest";
import { createImageShell } from "../testing/image-shell";

const PKG = { name: "web", version: "0.1.0", dependencies: { react: "^17.0.1", "react-dom": "^17.0.1", "react-scripts": "^5.0.0" }, scripts: { build: "react-scripts build", start: "react-scripts start", test: "react-scripts test" }, browserslist: [">0.2%"] };

function createApp() {
  const c = createImageShell("node");
  c.fs.mkdir("/app/public", { recursive: true });
  c.fs.mkdir("/app/src", { recursive: true });
  c.fs.writeFile("/app/package.json", JSON.stringify(PKG));
  c.fs.writeFile("/app/public/index.html", '<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <link rel="icon" href="%PUBLIC_URL%/favicon.ico" />\n    <!-- comment -->\n    <title>%REACT_APP_TITLE%</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n');
  c.fs.writeFile("/app/public/robots.txt", "User-agent: *\n");
  c.fs.writeFile("/app/src/index.js", "import React from 'react';\nimport ReactDOM from 'react-dom';\nimport './index.css';\nimport App from './App';\nReactDOM.render(<App />, document.getElementById('root'));\n");
  c.fs.writeFile("/app/src/App.js", "export default function App() { return <h1>Hello</h1>; }\n");
  c.fs.writeFile("/app/src/index.css", "body { margin: 0; }\n");
  return c;
}

describe("react-scripts", () => {
  it("installs with npm and builds: hashed bundles, index.html, asset-manifest.json and CRA's report", () => {
    const c = createApp();
    expect(c.run("npm install").out).toMatch(/^added 14\d\d packages/m);
    const r = c.run("REACT_APP_TITLE=Shop npm run build");
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^\n> web@0\.1\.0 build\n> react-scripts build\n\nCreating an optimized production build\.\.\.\nCompiled successfully\.\n\nFile sizes after gzip:\n\n  41\.\d+ kB  build\/static\/js\/main\.[0-9a-f]{8}\.js\n  \d+ B +build\/static\/css\/main\.[0-9a-f]{8}\.css\n\n/);
    expect(r.out).toMatch(/The build folder is ready to be deployed\.\nYou may serve it with a static server:\n\n  npm install -g serve\n  serve -s build\n\nFind out more about deployment here:\n\n  https:\/\/cra\.link\/deployment\n\n$/);
    const html = c.fs.readFile("/app/build/index.html");
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><link rel="icon" href="\/favicon\.ico" \/><title>Shop<\/title><script defer="defer" src="\/static\/js\/main\.[0-9a-f]{8}\.js"><\/script><link href="\/static\/css\/main\.[0-9a-f]{8}\.css" rel="stylesheet"><\/head>/);
    expect(c.fs.readFile("/app/build/robots.txt")).toBe("User-agent: *\n");
    expect(c.fs.stat("/app/build/public")).toBeNull();
    const manifest = JSON.parse(c.fs.readFile("/app/build/asset-manifest.json")) as { files: Record<string, string>; entrypoints: string[] };
    expect(Object.keys(manifest.files).slice(0, 3)).toEqual(["main.css", "main.js", "index.html"]);
    expect(manifest.entrypoints).toHaveLength(2);
    expect(c.run("ls /app/build/static/js | wc -l").out.trim()).toBe("3");
  });

  it("fails as CRA does when public/index.html or src/index.js is missing, or there is no browserslist", () => {
    const c = createApp();
    c.run("npm install");
    c.fs.remove("/app/src/index.js");
    const r = c.run("npm run build");
    expect(r.status).toBe(1);
    expect(r.out).toContain("Could not find a required file.\n  Name: index.js\n  Searched in: /app/src\n");
    c.fs.remove("/app/public/index.html");
    expect(c.run("./node_modules/.bin/react-scripts build").out).toBe("Could not find a required file.\n  Name: index.html\n  Searched in: /app/public\n");
    c.fs.writeFile("/app/public/index.html", "<html></html>");
    c.fs.writeFile("/app/src/index.tsx", "export {};\n");
    c.fs.writeFile("/app/package.json", JSON.stringify({ ...PKG, browserslist: undefined }));
    expect(c.run("./node_modules/.bin/react-scripts build")).toMatchObject({ err: "As of react-scripts >=2 you must specify targeted browsers.\nPlease add a browserslist key to your package.json.\n", status: 1 });
  });

  it("start prints the dev server banner; test reports its test files or none; other scripts are unknown", () => {
    const c = createApp();
    c.run("npm install");
    expect(c.run("PORT=8080 ./node_modules/.bin/react-scripts start").out).toContain("You can now view web in the browser.\n\n  http://localhost:8080\n");
    expect(c.run("./node_modules/.bin/react-scripts test")).toMatchObject({ status: 1, out: expect.stringMatching(/^No tests found, exiting with code 1\n/) as unknown });
    c.fs.writeFile("/app/src/App.test.js", "test('a', () => {});\nit('b', () => {});\n");
    expect(c.run("./node_modules/.bin/react-scripts test").err).toContain("PASS src/App.test.js\n\nTest Suites: 1 passed, 1 total\nTests:       2 passed, 2 total\n");
    expect(c.run("./node_modules/.bin/react-scripts frob").out).toMatch(/^Unknown script "frob"\.\n/);
  });
});
