import { StructureKind, type StatementStructures } from "ts-morph";
import type { SpecModel, WebhookModel } from "../model/types.js";
import { notificationParserName, webhookResourceName as resourceNameOf } from "../naming.js";
import { tsHeader } from "./header.js";
import type { TsPrinter } from "./project.js";

/**
 * Name of the decrypted-plaintext schema of a webhook: by convention `<Webhook>Resource`
 * (`couponUse` → `CouponUseResource`), next to the `<Webhook>Notification` envelope.
 */
export function webhookResourceName(model: SpecModel, webhook: WebhookModel): string | undefined {
  const name = resourceNameOf(webhook.name);
  return model.schemas.some((s) => s.name === name) ? name : undefined;
}

/**
 * `generated/webhooks.ts`: one typed helper per webhook over the runtime's generic
 * `client.parseNotification<T>` (verify signature, then decrypt), so handlers get the typed
 * plaintext (`CouponUseResource`) without writing the type argument themselves.
 */
export function emitWebhooks(printer: TsPrinter, model: SpecModel, specSha256: string): string {
  const helpers = model.webhooks.flatMap((w) => {
    const resource = webhookResourceName(model, w);
    return resource ? [{ webhook: w, resource }] : [];
  });
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "../runtime/index.js",
      namedImports: ["Notification", "NotificationInput", "WechatPayClient"],
    },
  ];
  if (helpers.length > 0)
    statements.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./models.js",
      namedImports: helpers.map((h) => h.resource).sort(),
    });
  for (const { webhook, resource } of helpers) {
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: notificationParserName(webhook.name),
      docs: [
        {
          description: `${webhook.summary ? `${webhook.summary}\n\n` : ""}Verifies the WeChat Pay signature over the raw body, then decrypts the resource into a {@link ${resource}}. Pass the headers and the body exactly as received.`,
        },
      ],
      parameters: [
        { name: "client", type: "WechatPayClient" },
        { name: "input", type: "NotificationInput" },
      ],
      returnType: `Notification<${resource}>`,
      statements: [`return client.parseNotification<${resource}>(input);`],
    });
  }
  return printer.print("webhooks.ts", tsHeader(specSha256), statements);
}
