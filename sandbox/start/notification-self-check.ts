/**
 * With `validateResponses`, every notification the sandbox sends is checked against the spec's
 * webhook (envelope and decrypted plaintext); a mismatch is recorded, never thrown, so a test can
 * assert `selfCheckFailures` is empty after the fact.
 */
import type { SandboxContext } from "../context.js";
import type { SpecValidators } from "../spec/validators.js";

export function notificationSelfCheck(
  validators: SpecValidators,
  failures: string[],
): NonNullable<SandboxContext["selfCheckNotification"]> {
  return (webhook, envelope, plaintext) => {
    const checks = validators.webhooks.get(webhook);
    if (checks === undefined) return void failures.push(`${webhook}: the spec has no such webhook`);
    for (const [part, validate, value] of [
      ["envelope", checks.envelope, envelope],
      ["plaintext", checks.plaintext, plaintext],
    ] as const) {
      if (validate !== undefined && !validate(value)) {
        failures.push(
          `${webhook} ${part}: ${validate.errors?.[0]?.instancePath ?? ""} ${validate.errors?.[0]?.message ?? "invalid"}`,
        );
      }
    }
    if (checks.plaintext === undefined)
      failures.push(
        `${webhook}: the spec gives no plaintext schema (resource.ciphertext.contentSchema)`,
      );
  };
}
