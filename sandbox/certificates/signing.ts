/**
 * What signs the sandbox's answers and notifications: the WeChat Pay public key, or — in
 * platform-certificate mode — whichever certificate signs at the sandbox clock's "now" (rotation),
 * looked up per answer. `publicKeyId` is then the Wechatpay-Serial of whatever signs.
 */
import { createPrivateKey } from "node:crypto";
import type { Clock } from "../clock.js";
import type { SandboxCredentials } from "../credentials.js";
import type { PlatformSigner } from "../http/respond.js";
import { SandboxPlatformCertificates, type SandboxCertificateOptions } from "./authority.js";

export async function platformSigning(
  credentials: SandboxCredentials,
  clock: Clock,
  option: boolean | SandboxCertificateOptions | undefined,
): Promise<{ signer: PlatformSigner; certificates: SandboxPlatformCertificates | undefined }> {
  const publicKeySigner: PlatformSigner = {
    privateKey: createPrivateKey(credentials.platformPrivateKeyPem),
    publicKeyId: credentials.publicKeyId,
    clock,
  };
  if (option === undefined || option === false)
    return { signer: publicKeySigner, certificates: undefined };
  const certificates = await SandboxPlatformCertificates.create(
    clock,
    credentials.apiV3Key,
    { id: credentials.publicKeyId, privateKey: publicKeySigner.privateKey },
    option === true ? {} : option,
  );
  const signer: PlatformSigner = {
    get privateKey() {
      return certificates.signingKey().privateKey;
    },
    get publicKeyId() {
      return certificates.signingKey().serial;
    },
    clock,
  };
  return { signer, certificates };
}
