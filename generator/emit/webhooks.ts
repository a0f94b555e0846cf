import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { SpecModel, WebhookModel } from "../model/types.js";
import { notificationParserName, webhookResourceName as resourceNameOf } from "../naming.js";
import { tsHeader } from "./header.js";
import { tsLiteral } from "./literal.js";
import type { TsPrinter } from "./project.js";

/**
 * Name of the decrypted-plaintext schema of a webhook: by convention `<Webhook>Resource`
 * (`couponUse` → `CouponUseResource`), next to the `<Webhook>Notification` envelope.
 */
export function webhookResourceName(model: SpecModel, webhook: WebhookModel): string | undefined {
  const name = resourceNameOf(webhook.name);
  return model.schemas.some((s) => s.name === name) ? name : undefined;
}

/** `couponUse` → `couponUseWebhook`, the exported `WebhookMeta` constant. */
export function webhookMetaName(webhook: WebhookModel): string {
  return `${webhook.name}Webhook`;
}

/**
 * `generated/webhooks.ts`: per webhook, its `WebhookMeta` (event types, envelope and resource
 * validation from the spec, typed with the resource model) and a `parse<Name>Notification` helper
 * that verifies, checks the event type and envelope, decrypts and checks the resource; plus
 * `webhookMetas`, every webhook for `createNotificationHandler`.
 */
export function emitWebhooks(printer: TsPrinter, model: SpecModel): string {
  const helpers = model.webhooks.flatMap((w) => {
    const resource = w.validation?.resourceSchemaName ?? webhookResourceName(model, w);
    const validation = w.validation;
    return resource &&
      validation?.resource !== undefined &&
      validation.eventTypes.length > 0 &&
      model.schemas.some((s) => s.name === resource)
      ? [{ webhook: w, resource, validation, resourceValidation: validation.resource }]
      : [];
  });
  const statements: StatementStructures[] = [];
  if (helpers.length > 0) {
    statements.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "../runtime/index.js",
      namedImports: ["NotificationInput", "WebhookEvent", "WebhookMeta", "WechatPayClient"],
    });
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "../runtime/index.js",
      namedImports: ["openWebhookNotification"],
    });
    statements.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./models.js",
      namedImports: [...new Set(helpers.map((h) => h.resource))].sort(),
    });
  }
  for (const { webhook, resource, validation, resourceValidation } of helpers) {
    const events = validation.eventTypes.map((e) => JSON.stringify(e)).join(" | ");
    const metaType = `WebhookMeta<${events}, ${resource}>`;
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        {
          description: `The ${validation.eventTypes.join(", ")} webhook as data: its event types and the spec's envelope and {@link ${resource}} schemas (unknown fields tolerated).`,
        },
      ],
      declarations: [
        {
          name: webhookMetaName(webhook),
          type: metaType,
          initializer: tsLiteral({
            webhook: webhook.name,
            eventTypes: validation.eventTypes,
            envelope: validation.envelope,
            resource: resourceValidation,
          }),
        },
      ],
    });
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: notificationParserName(webhook.name),
      docs: [
        {
          description: `${webhook.summary ? `${webhook.summary}\n\n` : ""}Verifies the WeChat Pay signature over the raw body, checks the event type (${validation.eventTypes.join(", ")}) and the envelope, decrypts the resource and checks it is a {@link ${resource}}. Pass the headers and the body exactly as received. Throws a typed error (SignatureVerificationError, UnexpectedEventTypeError, NotificationSchemaError, …) otherwise.`,
        },
      ],
      parameters: [
        { name: "client", type: "WechatPayClient" },
        { name: "input", type: "NotificationInput" },
      ],
      returnType: `WebhookEvent<${events}, ${resource}>`,
      statements: [`return openWebhookNotification(client, input, [${webhookMetaName(webhook)}]);`],
    });
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      {
        description:
          "Every webhook of the spec, for `createNotificationHandler(client, { webhooks: webhookMetas, onEvent })`.",
      },
    ],
    declarations: [
      {
        name: "webhookMetas",
        initializer: `[${helpers.map((h) => webhookMetaName(h.webhook)).join(", ")}] as const`,
      },
    ],
  });
  return printer.print("webhooks.ts", tsHeader(), statements);
}
