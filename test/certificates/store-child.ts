/**
 * A separate process sharing a certificate file store (for file-store.test.ts): configured like a
 * legacy merchant from CERT_CHILD_CONFIG (JSON), makes one verified call, prints what it did.
 */
import { listStocks } from "../../generated/index.js";
import { FileCertificateStore, WechatPayClient } from "../../runtime/index.js";

interface ChildConfig {
  readonly baseUrl: string;
  readonly mchid: string;
  readonly serialNo: string;
  readonly privateKey: string;
  readonly apiV3Key: string;
  readonly storeFile: string;
  readonly download: boolean;
}

const config = JSON.parse(process.env["CERT_CHILD_CONFIG"] ?? "{}") as ChildConfig;
const client = new WechatPayClient({
  mchid: config.mchid,
  serialNo: config.serialNo,
  privateKey: config.privateKey,
  apiV3Key: config.apiV3Key,
  baseUrl: config.baseUrl,
  maxRetries: 0,
  certificates: { store: new FileCertificateStore(config.storeFile), download: config.download },
});
try {
  await listStocks(client, { offset: 0, limit: 10, stock_creator_mchid: config.mchid });
  process.stdout.write(
    `${JSON.stringify({
      ok: true,
      downloads: client.certificates?.downloads,
      serials: client.certificates?.certificates().map((c) => c.serialNo),
    })}\n`,
  );
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ ok: false, name: (error as Error).name, reason: (error as { reason?: string }).reason })}\n`,
  );
} finally {
  await client.close();
}
