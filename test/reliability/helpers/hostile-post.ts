/**
 * A hostile notification sender on a raw TCP socket: a POST whose body is much larger than any
 * notification (chunked, or with a declared Content-Length), written as fast as the server takes
 * it, or a body that trickles. Reports the status line the server answered (if any) and how many
 * body bytes the server let it write before closing.
 */
import { connect } from "node:net";

export interface HostilePostResult {
  /** The status of the answer, or undefined when the connection ended without one. */
  status: number | undefined;
  /** Body bytes handed to the socket before it closed or the sender gave up. */
  bytesSent: number;
  /** Whether the server closed the connection (instead of the sender giving up). */
  closedByServer: boolean;
  elapsedMs: number;
}

export interface HostilePostOptions {
  port: number;
  path?: string;
  /** Body bytes to offer in total. */
  totalBytes: number;
  /** Content-Length to declare with `declared` framing (default `totalBytes`). */
  declaredBytes?: number;
  /** `chunked` (no length known) or `declared` (Content-Length: totalBytes). */
  framing: "chunked" | "declared";
  /** Pause between chunks, for a slow body (default 0). */
  chunkDelayMs?: number;
  chunkBytes?: number;
  /** The sender gives up after this long (default 60 s). */
  giveUpMs?: number;
}

export function hostilePost(options: HostilePostOptions): Promise<HostilePostResult> {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const chunk = Buffer.alloc(chunkBytes, 0x61);
  const framed =
    options.framing === "chunked"
      ? Buffer.concat([Buffer.from(`${chunkBytes.toString(16)}\r\n`), chunk, Buffer.from("\r\n")])
      : chunk;
  const head =
    `POST ${options.path ?? "/wechatpay/notify"} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
    "Content-Type: application/json\r\n" +
    (options.framing === "chunked"
      ? "Transfer-Encoding: chunked\r\n"
      : `Content-Length: ${options.declaredBytes ?? options.totalBytes}\r\n`) +
    "\r\n";
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(options.port, "127.0.0.1");
    let answer = "";
    let bytesSent = 0;
    let done = false;
    let closedByServer = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(giveUp);
      socket.destroy();
      const match = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      resolve({
        status: match === null ? undefined : Number(match[1]),
        bytesSent,
        closedByServer,
        elapsedMs: Date.now() - started,
      });
    };
    const giveUp = setTimeout(finish, options.giveUpMs ?? 60_000);
    socket.on("data", (data: Buffer) => {
      answer += data.toString("latin1");
    });
    socket.on("end", () => {
      closedByServer = true;
      finish();
    });
    socket.on("close", () => {
      closedByServer = true;
      finish();
    });
    socket.on("error", () => {
      closedByServer = true;
      finish();
    });
    const pump = (): void => {
      while (!done && bytesSent < options.totalBytes) {
        bytesSent += chunkBytes;
        const more = socket.write(framed);
        if (options.chunkDelayMs !== undefined && options.chunkDelayMs > 0) {
          setTimeout(pump, options.chunkDelayMs);
          return;
        }
        if (!more) {
          socket.once("drain", pump);
          return;
        }
      }
      // Chunked: the terminator. Declared: nothing more; a declaredBytes above totalBytes means
      // the rest of the body never comes (a stalled sender).
      if (!done && options.framing === "chunked") socket.write("0\r\n\r\n");
    };
    socket.once("connect", () => {
      socket.write(head);
      pump();
    });
  });
}
