import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { SpecModel, WebhookModel } from "../model/types.js";
import type { WebhookValidation } from "../model/webhook-validation.js";
import { notificationParserName, webhookResourceName as resourceNameOf } from "../naming.js";
import { tsHeader } from "./header.js";
import { tsLiteral } from "./literal.js";
import type { TsPrinter } from "./project.js";
import { DEFAULT_RUNTIME, runtimeSpecifier } from "./runtime-import.js";

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

/** A webhook the spec describes fully enough for a typed parser: events, envelope, resource model. */
interface TypedWebhook {
  readonly webhook: WebhookModel;
  readonly resource: string;
  readonly validation: WebhookValidation;
  readonly resourceValidation: NonNullable<WebhookValidation["resource"]>;
}

/**
 * `generated/webhooks.ts`: per webhook, its `WebhookMeta` (event types, envelope and resource
 * validation from the spec, typed with the resource model) and a `parse<Name>Notification` helper
 * that verifies, checks the event type and envelope, decrypts and checks the resource; plus
 * `webhookMetas`, every webhook for `createNotificationHandler`.
 */
export function emitWebhooks(
  printer: TsPrinter,
  model: SpecModel,
  runtime: string = DEFAULT_RUNTIME,
): string {
  const typed = model.webhooks.flatMap((w) => typedWebhook(model, w));
  const statements: StatementStructures[] = [
    ...(typed.length > 0 ? importStatements(typed, runtimeSpecifier(runtime, "")) : []),
    ...typed.flatMap((t) => [metaStatement(t), parserStatement(t)]),
    {
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
          initializer: `[${typed.map((t) => webhookMetaName(t.webhook)).join(", ")}] as const`,
        },
      ],
    },
  ];
  return printer.print("webhooks.ts", tsHeader(), statements);
}

/** The webhook as a typed one, or nothing when the spec lacks its events or resource model. */
function typedWebhook(model: SpecModel, webhook: WebhookModel): TypedWebhook[] {
  const resource = webhook.validation?.resourceSchemaName ?? webhookResourceName(model, webhook);
  const validation = webhook.validation;
  return resource &&
    validation?.resource !== undefined &&
    validation.eventTypes.length > 0 &&
    model.schemas.some((s) => s.name === resource)
    ? [{ webhook, resource, validation, resourceValidation: validation.resource }]
    : [];
}

function importStatements(typed: readonly TypedWebhook[], runtime: string): StatementStructures[] {
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: runtime,
      namedImports: ["NotificationInput", "WebhookEvent", "WebhookMeta", "WechatPayClient"],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtime,
      namedImports: ["openWebhookNotification"],
    },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: "./models.js",
      namedImports: [...new Set(typed.map((t) => t.resource))].sort(),
    },
  ];
}

function eventsType(t: TypedWebhook): string {
  return t.validation.eventTypes.map((e) => JSON.stringify(e)).join(" | ");
}

/** `<name>Webhook`: the webhook's `WebhookMeta` as data. */
function metaStatement(t: TypedWebhook): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      {
        description: `The ${t.validation.eventTypes.join(", ")} webhook as data: its event types and the spec's envelope and {@link ${t.resource}} schemas (unknown fields tolerated).`,
      },
    ],
    declarations: [
      {
        name: webhookMetaName(t.webhook),
        type: `WebhookMeta<${eventsType(t)}, ${t.resource}>`,
        initializer: tsLiteral({
          webhook: t.webhook.name,
          eventTypes: t.validation.eventTypes,
          envelope: t.validation.envelope,
          resource: t.resourceValidation,
        }),
      },
    ],
  };
}

/** `parse<Name>Notification(client, input)`: verify, check, decrypt, check the resource. */
function parserStatement(t: TypedWebhook): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: notificationParserName(t.webhook.name),
    docs: [
      {
        description: `${t.webhook.summary ? `${t.webhook.summary}\n\n` : ""}Verifies the WeChat Pay signature over the raw body, checks the event type (${t.validation.eventTypes.join(", ")}) and the envelope, decrypts the resource and checks it is a {@link ${t.resource}}. Pass the headers and the body exactly as received. Throws a typed error (SignatureVerificationError, UnexpectedEventTypeError, NotificationSchemaError, …) otherwise.`,
      },
    ],
    parameters: [
      { name: "client", type: "WechatPayClient" },
      { name: "input", type: "NotificationInput" },
    ],
    returnType: `WebhookEvent<${eventsType(t)}, ${t.resource}>`,
    statements: [`return openWebhookNotification(client, input, [${webhookMetaName(t.webhook)}]);`],
  };
}
