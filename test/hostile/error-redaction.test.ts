/**
 * Errors never carry credentials. A hostile server answers 401 echoing the
 * Authorization header it was sent (in WeChat's `message`, in `detail`, and as a non-JSON body),
 * and a PEM is passed where a platformCertificates serial belongs. Before the fix the header (with
 * its signature) was in `AuthenticationError.message` and stack, and the PEM line in the
 * ConfigurationError. Every surface a logger reads is scanned: message, stack, toJSON(), inspect.
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { AuthenticationError, ConfigurationError, WechatPayClient } from "../../runtime/index.js";
import { redactSecrets } from "../../runtime/redact.js";
import { queryStockOperation } from "../../generated/metadata.js";
import {
  clientConfig,
  hostileServerPerFile,
  keys,
  makeClient,
  QUERY,
  rejectionOf,
} from "./helpers.js";

let lastAuthorization = "";
const server = hostileServerPerFile((req, res) => {
  lastAuthorization = req.headers.authorization ?? "";
  res.writeHead(401, { "content-type": "application/json", "request-id": "08F78BB5AF0610D302" });
  res.end(
    JSON.stringify({
      code: "SIGN_ERROR",
      message: `签名错误 Authorization: ${lastAuthorization}`,
      detail: { header: lastAuthorization, nested: [{ value: lastAuthorization }] },
    }),
  );
});

/** Every text a logger could print for an error. */
function surfaces(error: unknown): string[] {
  const e = error as Error;
  return [
    e.message,
    e.stack ?? "",
    JSON.stringify(e),
    inspect(e, { depth: 10 }),
    inspect(e, { depth: 10, showHidden: true }),
    String(e),
  ];
}

function signatureOf(authorization: string): string {
  const signature = /signature="([^"]+)"/.exec(authorization)?.[1];
  if (signature === undefined) throw new Error(`no signature in ${authorization.slice(0, 30)}`);
  return signature;
}

describe("errors never carry credentials", () => {
  it("a 401 echoing our Authorization header in message and detail: redacted on every surface", async () => {
    const { client } = makeClient(server, { maxRetries: 0 });
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    expect(error).toBeInstanceOf(AuthenticationError);
    const signature = signatureOf(lastAuthorization);
    const nonce = /nonce_str="([^"]+)"/.exec(lastAuthorization)?.[1] ?? "missing";
    for (const text of surfaces(error)) {
      expect(text).not.toContain(signature);
      expect(text).not.toContain(signature.slice(0, 40));
      expect(text).not.toContain(nonce);
    }
    expect((error as AuthenticationError).message).toContain(
      "WECHATPAY2-SHA256-RSA2048 [redacted]",
    );
    expect((error as AuthenticationError).code).toBe("SIGN_ERROR");
    expect((error as AuthenticationError).requestId).toBe("08F78BB5AF0610D302");
    await client.close();
  });

  it("the same echo in a body that is not WeChat's JSON (kept as rawBody) is redacted too", async () => {
    server.setHandler((req, res) => {
      lastAuthorization = req.headers.authorization ?? "";
      res.writeHead(401, { "content-type": "text/plain" });
      res.end(`unauthorized: ${lastAuthorization}`);
    });
    const { client } = makeClient(server, { maxRetries: 0 });
    const error = await rejectionOf(client.request(queryStockOperation, QUERY));
    const signature = signatureOf(lastAuthorization);
    expect((error as AuthenticationError).rawBody).toContain("[redacted]");
    for (const text of [...surfaces(error), (error as AuthenticationError).rawBody ?? ""])
      expect(text).not.toContain(signature.slice(0, 40));
    await client.close();
  });

  it("a PEM passed as a platformCertificates key is not echoed in the ConfigurationError", async () => {
    const pem = keys.wechatPublic.export({ type: "spki", format: "pem" }).toString();
    // A body line with a character no serial has ("+" or "/"): a line of only letters and digits
    // is a well-formed serial and rightly accepted (the keys are random per run; 1 line in ~8).
    const line = pem.split("\n").find((l) => !l.startsWith("-----") && /[+/]/.test(l)) ?? "";
    expect(line).not.toBe("");
    for (const serial of [pem, line, `-----BEGIN PUBLIC KEY-----${line}`]) {
      let error: unknown;
      try {
        new WechatPayClient(
          clientConfig(server, { platformCertificates: { [serial]: keys.wechatPublic } }),
        );
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as ConfigurationError).message).toMatch(
        /platformCertificates\[.*\] has an invalid serial/,
      );
      for (const text of [...surfaces(error), (error as ConfigurationError).field]) {
        expect(text).not.toContain(line);
        expect(text).not.toContain(line.slice(0, 48));
      }
    }
  });

  it("redactSecrets keeps what is safe to log: serials, SHA-1 digests, Request-IDs, the bare scheme name", () => {
    const safe =
      "serial 5157F09EFDC096DE15EBE81A47057A7232F1B8E1, sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709, " +
      "[Request-ID 08F78BB5AF0610D302-0], scheme WECHATPAY2-SHA256-RSA2048 expected";
    expect(redactSecrets(safe)).toBe(safe);
  });
});
