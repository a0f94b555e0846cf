/**
 * In process: a 512 MB Request handed to the fetch-style adapter (as Next.js or a
 * worker runtime would) used to be read whole by `arrayBuffer()` before the size check (1.58 GB
 * RSS). The body is a lazy stream counting what was pulled: the adapter must stop at `maxBytes`,
 * cancel the stream, and answer 413, whatever the declared size.
 */
import { describe, expect, it } from "vitest";
import { webhookMetas } from "../../generated/webhooks.js";
import {
  createNotificationHandler,
  handleFetchNotification,
  NotificationInputError,
  WechatPayClient,
} from "../../runtime/index.js";
import { clientConfig } from "./helpers.js";

const MB = 1024 * 1024;
// A handler needs the APIv3 key at creation; the body is refused before anything is decrypted.
const client = new WechatPayClient(
  clientConfig({ baseUrl: "http://127.0.0.1:9" }, { apiV3Key: "0123456789ABCDEFghijklmnopqrstuv" }),
);
const handler = createNotificationHandler(client, { webhooks: webhookMetas, onEvent() {} });

/** A 512 MB body produced only as it is read. */
function lazyBody(totalBytes: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= totalBytes) return controller.close();
        state.pulled += chunk.length;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe("fetch-style adapter given a huge in-process Request", () => {
  it("reads no further than maxBytes, cancels the stream and answers 413", async () => {
    const { stream, state } = lazyBody(512 * MB);
    const request = new Request("http://127.0.0.1/wechatpay/notify", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const { outcome, response } = await handleFetchNotification(handler, request);
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toEqual({
      code: "FAIL",
      message: expect.stringMatching(/body_too_large/),
    });
    expect(outcome.kind).toBe("rejected");
    if (outcome.kind === "rejected") {
      expect(outcome.error).toBeInstanceOf(NotificationInputError);
      expect((outcome.error as Error).message).toMatch(/maxBytes \(65536 bytes\)/);
    }
    expect(state.pulled).toBeLessThan(MB);
    expect(state.cancelled).toBe(true);
  });

  it("a declared Content-Length above maxBytes is refused without pulling a byte", async () => {
    const { stream, state } = lazyBody(512 * MB);
    const request = new Request("http://127.0.0.1/wechatpay/notify", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-length": String(512 * MB) },
    } as RequestInit);
    const { response } = await handleFetchNotification(handler, request, { maxBytes: 1024 });
    expect(response.status).toBe(413);
    expect(state.pulled).toBe(0);
  });
});
