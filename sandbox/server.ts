/**
 * The node:http server: reads each request body (bounded), sends /sandbox/v1/* to the control
 * endpoints and everything else through the WeChat-Pay-like pipeline. Bound to loopback only.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTROL_PREFIX, handleControl, type ControlDeps } from "./control.js";
import { SandboxApiError } from "./errors.js";
import { BodyTooLargeError, readBody } from "./http/read-body.js";
import { writeResponse, type PlatformSigner } from "./http/respond.js";
import type { Pipeline } from "./pipeline.js";

export const SANDBOX_HOST = "127.0.0.1";

export interface ServerDeps {
  pipeline: Pipeline;
  control: ControlDeps;
  signer: PlatformSigner;
  maxBodyBytes: number;
  log: ((line: string) => void) | undefined;
}

export function createSandboxServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    void (async () => {
      let raw: Buffer;
      try {
        raw = await readBody(req, deps.maxBodyBytes);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          const tooLarge = new SandboxApiError(
            400,
            "INVALID_REQUEST",
            `请求体过大 (${error.message})`,
          );
          await writeResponse(res, deps.signer, {
            status: 400,
            body: tooLarge.toBody(),
            signed: true,
          });
        } else {
          res.destroy();
        }
        return;
      }
      if ((req.url ?? "").startsWith(CONTROL_PREFIX)) handleControl(deps.control, req, res, raw);
      else await deps.pipeline.handle(req, res, raw);
    })().catch((error: unknown) => {
      deps.log?.(`unexpected server error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ code: "SYSTEM_ERROR", message: "sandbox internal error" }));
      } else {
        res.destroy();
      }
    });
  });
  // Keep-alive sockets must not hold close() open for the default 5 s.
  server.keepAliveTimeout = 2_000;
  return server;
}

export function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, SANDBOX_HOST, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
