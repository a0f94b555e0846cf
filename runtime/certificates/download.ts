/**
 * The signed `GET /v3/certificates` call. It is platform infrastructure, not a favor operation,
 * so it is not in the OpenAPI spec (the generator would emit it as a public favor function, and
 * its answer must be verified with a key it carries itself, which no generated operation does);
 * this module signs and sends it with the client's own settings and hands the raw answer to
 * `readCertificateAnswer`.
 */
import type { Dispatcher } from "undici";
import { readClock, type ResolvedConfig } from "../config.js";
import { createNonce } from "../nonce.js";
import { defaultSleep, retryDelayMs, shouldRetry } from "../retry.js";
import { buildAuthorization, buildRequestSigningString, signMessage } from "../signing.js";
import { sendOnce } from "../transport.js";
import type { WireResponse } from "../transport.js";
import { readCertificateAnswer } from "./answer.js";
import type { PlatformCertificate } from "./certificate.js";
import { PlatformCertificateError } from "./errors.js";

export const CERTIFICATES_PATH = "/v3/certificates";

/**
 * Downloads, decrypts and verifies the merchant's platform certificates. Retries connection
 * failures, timeouts, 429 and 5xx like any retry-safe GET (the client's `maxRetries`).
 */
export async function downloadPlatformCertificates(
  config: ResolvedConfig,
  dispatcher: Dispatcher,
  signal?: AbortSignal,
): Promise<PlatformCertificate[]> {
  const apiV3Key = config.apiV3Key;
  if (apiV3Key === undefined) {
    throw new PlatformCertificateError(
      "missing_api_v3_key",
      "configure apiV3Key: platform certificates are encrypted with it",
    );
  }
  const answer = await sendWithRetries(config, dispatcher, signal);
  return readCertificateAnswer(answer, {
    apiV3Key,
    nowMs: readClock(config.now),
    configuredKeys: config.verificationKeys,
  });
}

async function sendWithRetries(
  config: ResolvedConfig,
  dispatcher: Dispatcher,
  signal: AbortSignal | undefined,
): Promise<WireResponse> {
  const path = `${config.basePath}${CERTIFICATES_PATH}`;
  const sleep = config.retry.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    const retriesLeft = attempt < config.maxRetries;
    let response: WireResponse;
    try {
      response = await sendOnce(
        dispatcher,
        {
          origin: config.origin,
          path,
          method: "GET",
          headers: signedHeaders(config, path),
          body: undefined,
          maxResponseBytes: config.maxResponseBytes,
        },
        config.timeout,
        signal,
      );
    } catch (error) {
      if (!retriesLeft || !shouldRetry(error, true)) throw error;
      await sleep(retryDelayMs(attempt, undefined, readClock(config.now), config.retry), signal);
      continue;
    }
    if (retriesLeft && shouldRetry(response.status, true)) {
      const retryAfter = response.headers["retry-after"];
      await sleep(
        retryDelayMs(
          attempt,
          typeof retryAfter === "string" ? retryAfter : undefined,
          readClock(config.now),
          config.retry,
        ),
        signal,
      );
      continue;
    }
    return response;
  }
}

/**
 * Signed like any call, but WITHOUT `Wechatpay-Serial`: sending a public key ID would ask WeChat
 * to sign the answer with the public key, and before the first download there is no certificate
 * serial to name (the header is only required for requests carrying encrypted fields).
 */
function signedHeaders(config: ResolvedConfig, path: string): Record<string, string> {
  const timestamp = String(Math.floor(readClock(config.now) / 1000));
  const nonce = createNonce();
  return {
    accept: "application/json",
    "user-agent": config.userAgent,
    authorization: buildAuthorization({
      mchid: config.mchid,
      nonce_str: nonce,
      timestamp,
      serial_no: config.serialNo,
      signature: signMessage(
        config.privateKey,
        buildRequestSigningString("GET", path, timestamp, nonce, ""),
      ),
    }),
  };
}
