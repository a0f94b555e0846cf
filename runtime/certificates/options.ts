/**
 * Resolving the client's `certificates` setting: when a provider runs, and with which options.
 * Mistakes are ConfigurationErrors naming the field, at construction.
 */
import { ConfigurationError } from "../errors.js";
import type { CertificateProviderOptions } from "./provider.js";

/**
 * The provider options, or undefined when the client verifies with configured keys only. With no
 * WeChat Pay public key and no static certificates the provider is on by default: a legacy-mode
 * merchant configures its merchant key and APIv3 key and nothing else.
 */
export function resolveCertificateOptions(
  input: CertificateProviderOptions | boolean | undefined,
  hasConfiguredKeys: boolean,
  hasApiV3Key: boolean,
): CertificateProviderOptions | undefined {
  if (input === false || (input === undefined && hasConfiguredKeys)) return undefined;
  if (input === undefined && !hasApiV3Key) {
    throw new ConfigurationError(
      "wechatpayPublicKey",
      "is required (with wechatpayPublicKeyId), or configure apiV3Key so platform certificates are downloaded instead",
    );
  }
  if (!hasApiV3Key)
    throw new ConfigurationError(
      "apiV3Key",
      "is required to decrypt downloaded platform certificates",
    );
  const options: CertificateProviderOptions =
    input === undefined || input === true ? {} : (input as CertificateProviderOptions);
  if (typeof options !== "object" || options === null)
    throw new ConfigurationError("certificates", "must be true, false or an options object");
  const store = options.store;
  if (
    store !== undefined &&
    (typeof store !== "object" ||
      store === null ||
      typeof store.get !== "function" ||
      typeof store.set !== "function")
  )
    throw new ConfigurationError("certificates.store", "must have get() and set() methods");
  for (const name of ["refreshIntervalMs", "minRefreshIntervalMs"] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === "number" && value >= 0 && Number.isFinite(value)))
      throw new ConfigurationError(`certificates.${name}`, "must be a number of ms ≥ 0");
  }
  if (options.download !== undefined && typeof options.download !== "boolean")
    throw new ConfigurationError("certificates.download", "must be a boolean");
  if (options.onError !== undefined && typeof options.onError !== "function")
    throw new ConfigurationError("certificates.onError", "must be a function");
  return options;
}
