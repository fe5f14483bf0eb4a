/**
 * A static export (out/): the site needs no server at run time, so any static
 * host serves it (`npm start` uses scripts/serve-static.mjs).
 * @type {import('next').NextConfig}
 */
const nextConfig = { reactStrictMode: true, output: "export" };
module.exports = nextConfig;
