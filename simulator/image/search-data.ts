/**
 * What Docker Hub's search answers for each repository `docker search`
 * can find (moby/moby: registry/search.go over Hub's /v1/search): the
 * short description, the star count and whether it is an official image.
 * Descriptions are the Hub pages' short descriptions; star counts are
 * approximate figures from early 2025, rounded (they drift every day, and
 * nothing here depends on the exact number). Besides the catalog's
 * repositories there are a few popular community repositories, so a search
 * for `nginx` or `redis` lists more than the official image, as Hub does.
 */

/** One Hub search result's data (api/types/registry SearchResult). */
export interface SearchEntry {
  /** As Hub names it: `nginx` for official images, `bitnami/nginx` otherwise. */
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

function official(name: string, stars: number, description: string): SearchEntry {
  return { name, description, stars, official: true };
}

function community(name: string, stars: number, description: string): SearchEntry {
  return { name, description, stars, official: false };
}

/** Docker Hub's repositories as the simulated search sees them (figures approximate, early 2025). */
export const SEARCH_ENTRIES: readonly SearchEntry[] = [
  official("nginx", 20_600, "Official build of Nginx."),
  official("ubuntu", 17_600, "Ubuntu is a Debian-based Linux operating system based on free software."),
  official("mysql", 15_800, "MySQL is a widely used, open-source relational database management system (RDBMS)."),
  official("postgres", 14_000, "The PostgreSQL object-relational database system provides reliability and data integrity."),
  official("node", 13_700, "Node.js is a JavaScript-based platform for server-side and networking applications."),
  official("redis", 13_000, "Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases."),
  official("alpine", 11_000, "A minimal Docker image based on Alpine Linux with a complete package index and only 5 MB in size!"),
  official("mongo", 10_300, "MongoDB document databases provide high availability and easy scalability."),
  official("python", 10_000, "Python is an interpreted, interactive, object-oriented, open-source programming language."),
  official("debian", 5_100, "Debian is a Linux distribution that's composed entirely of free and open-source software."),
  official("golang", 5_000, "Go (golang) is a general purpose, higher-level, imperative programming language."),
  official("httpd", 4_800, "The Apache HTTP Server Project"),
  official("registry", 4_100, "Distribution implementation for storing and distributing of container images and artifacts"),
  official("busybox", 3_300, "Busybox base image."),
  official("hello-world", 2_400, "Hello World! (an example of minimal Dockerization)"),
  official("eclipse-temurin", 700, "Official Images for OpenJDK binaries built by Eclipse Temurin."),
  community("docker/getting-started", 110, "Getting Started tutorial for Docker"),
  community("bitnami/nginx", 190, "Bitnami container image for NGINX"),
  community("nginxinc/nginx-unprivileged", 150, "Unprivileged NGINX Dockerfiles"),
  community("ubuntu/nginx", 120, "Nginx, a high-performance reverse proxy & web server. Long-term versions maintained by Canonical."),
  community("nginx/nginx-ingress", 100, "NGINX and  NGINX Plus Ingress Controllers for Kubernetes"),
  community("bitnami/redis", 310, "Bitnami container image for Redis"),
  community("redis/redis-stack", 100, "redis-stack installs a Redis server with additional database capabilities and the RedisInsight."),
  community("bitnami/postgresql", 270, "Bitnami container image for PostgreSQL"),
  community("bitnami/mysql", 120, "Bitnami container image for MySQL"),
  community("bitnami/mongodb", 290, "Bitnami container image for MongoDB"),
  community("circleci/node", 130, "Node.js is a JavaScript-based platform for server-side and networking applications."),
  community("bitnami/node", 80, "Bitnami container image for NodeJS"),
  community("circleci/python", 40, "Python is an interpreted, interactive, object-oriented, open-source programming language."),
  community("bitnami/python", 30, "Bitnami container image for Python"),
  community("alpine/git", 240, "A  simple git container running in alpine linux, especially for tiny linux distro."),
  community("radial/busyboxplus", 50, "Full-chain, Internet enabled, busybox made from scratch. Comes in git and cURL flavors."),
];
