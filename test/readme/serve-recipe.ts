/**
 * Serves what a README notification recipe exports, the way its framework runs in production: a
 * node:http `server`, an Express `app` (a request listener), a Fastify `app` (has `register`), a
 * fetch-style `app` (Hono: has `fetch`) or a Next.js `POST` route handler. Always on 127.0.0.1:0.
 */
import { createServer, Server } from "node:http";
import { fetchServer } from "../notifications/fetch-bridge.js";
import { serve } from "../notifications/serve.js";

export interface ServedRecipe {
  /** Base URL, e.g. `http://127.0.0.1:PORT`. */
  url: string;
  close(): Promise<void>;
}

type FetchHandler = (request: Request) => Promise<Response>;

export async function serveRecipe(
  exports: Record<string, unknown>,
  where: string,
): Promise<ServedRecipe> {
  const withBase = async (running: { url: string; close(): Promise<void> }) => ({
    url: running.url.replace(/\/$/, ""),
    close: running.close,
  });
  const { server, app, POST } = exports;
  if (server instanceof Server) return withBase(await serve(server, ""));
  if (typeof POST === "function")
    return withBase(await serve(fetchServer(POST as FetchHandler), ""));
  if (app !== undefined && app !== null) {
    const candidate = app as {
      register?: unknown;
      listen?: unknown;
      fetch?: unknown;
      close?: () => Promise<void>;
    };
    if (typeof candidate.register === "function" && typeof candidate.listen === "function") {
      const fastify = app as {
        listen(options: { port: number; host: string }): Promise<string>;
        close(): Promise<void>;
      };
      const address = await fastify.listen({ port: 0, host: "127.0.0.1" });
      return { url: address, close: () => fastify.close() };
    }
    if (typeof candidate.fetch === "function") {
      const hono = app as { fetch(request: Request): Response | Promise<Response> };
      return withBase(
        await serve(
          fetchServer((request) => hono.fetch(request)),
          "",
        ),
      );
    }
    if (typeof app === "function")
      return withBase(await serve(createServer(app as Parameters<typeof createServer>[0]), ""));
  }
  throw new Error(`${where}: a notification recipe must export server, app or POST`);
}
