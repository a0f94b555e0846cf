import type { ValidationSchema } from "../../runtime/index.js";
import { joinPointer } from "../load/index.js";
import { componentSchemaName, deref, isRecord, type Json } from "../walk/json.js";
import type { SchemaNode } from "./types.js";
import { toValidationSchema, type ValidationIssue } from "./validation.js";

/** What the runtime needs to check a received notification of one webhook, as data. */
export interface WebhookValidation {
  /** `event_type` values of the envelope schema (its `enum` or `const`). */
  readonly eventTypes: readonly string[];
  readonly envelope: ValidationSchema;
  /** Component name of the decrypted resource (`resource.ciphertext.contentSchema`). */
  readonly resourceSchemaName: string | undefined;
  readonly resource: ValidationSchema | undefined;
}

/**
 * Builds the received-side validation of a webhook from its body schema: the same subset as
 * requests (so the runtime's one interpreter checks it), except that unknown object members are
 * tolerated (WeChat Pay may add fields; the spec-review rules call that a safe change) and the
 * `contentSchema` annotation on the ciphertext is not a constraint of the envelope. The resource
 * schema is the ciphertext's `contentSchema`, the plaintext after decryption.
 */
export function webhookValidation(
  document: unknown,
  bodySchema: unknown,
  pointer: string,
  issues: ValidationIssue[],
): WebhookValidation | undefined {
  const envelope = deref(document, bodySchema, pointer);
  if (envelope === undefined) return undefined;
  const properties = isRecord(envelope.node["properties"]) ? envelope.node["properties"] : {};
  const eventType = deref(
    document,
    properties["event_type"],
    joinPointer(joinPointer(envelope.pointer, "properties"), "event_type"),
  );
  const eventTypes = constantsOf(eventType?.node);
  const resource = deref(
    document,
    properties["resource"],
    joinPointer(joinPointer(envelope.pointer, "properties"), "resource"),
  );
  const resourceProps =
    resource && isRecord(resource.node["properties"]) ? resource.node["properties"] : {};
  const ciphertext = deref(document, resourceProps["ciphertext"], "");
  const contentSchema = ciphertext?.node["contentSchema"];

  const own: ValidationIssue[] = [];
  const envelopeValidation = tolerant(
    toValidationSchema(document, envelope.node as SchemaNode, envelope.pointer, own),
  );
  const resourceValidation =
    contentSchema === undefined
      ? undefined
      : tolerant(
          toValidationSchema(
            document,
            contentSchema as SchemaNode,
            joinPointer(ciphertext?.pointer ?? pointer, "contentSchema"),
            own,
          ),
        );
  issues.push(...own.filter((issue) => !issue.pointer.endsWith("/contentSchema")));
  return {
    eventTypes,
    envelope: envelopeValidation,
    resourceSchemaName: componentSchemaName(contentSchema),
    resource: resourceValidation,
  };
}

function constantsOf(node: Json | undefined): string[] {
  if (node === undefined) return [];
  if (typeof node["const"] === "string") return [node["const"]];
  const values = node["enum"];
  return Array.isArray(values) ? values.filter((v): v is string => typeof v === "string") : [];
}

/** The same schema with every object accepting members it does not list. */
function tolerant(schema: ValidationSchema): ValidationSchema {
  if (schema.type === "object")
    return {
      ...schema,
      properties: Object.fromEntries(
        Object.entries(schema.properties).map(([name, value]) => [name, tolerant(value)]),
      ),
      additionalProperties: true,
    };
  if (schema.type === "array") return { ...schema, items: tolerant(schema.items) };
  return schema;
}
