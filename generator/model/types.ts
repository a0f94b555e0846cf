import type {
  ClientDefaultSource,
  HttpMethod,
  ParamLocation,
  ValidationSchema,
} from "../../runtime/index.js";
import type { WebhookValidation } from "./webhook-validation.js";

/** A JSON Schema node of the bundled spec (refs are internal: `#/components/schemas/Name`). */
export type SchemaNode = Readonly<Record<string, unknown>>;

export interface RateLimit {
  readonly limit: number;
  readonly per: "second" | "minute";
  readonly scope: "all" | "mchid" | "ip";
}

export interface ParamModel {
  /** Wire name, exactly as the spec spells it. */
  readonly name: string;
  readonly in: ParamLocation;
  readonly required: boolean;
  readonly description: string | undefined;
  /** Example value from the parameter/property or its schema, when the spec gives one. */
  readonly example: unknown;
  /** The field's schema as written (may be a `$ref`). */
  readonly schema: SchemaNode;
  /** Constraint checks for this field, refs resolved. */
  readonly validation: ValidationSchema;
  /** JSON pointer of the field in the bundled document (for messages). */
  readonly pointer: string;
  /**
   * `x-wechatpay-client-default`: the client fills the field when the caller omits it, so the
   * generated param is optional even though the wire requires it.
   */
  readonly clientDefault: ClientDefaultSource | undefined;
}

export interface ErrorResponseModel {
  readonly status: string;
  /**
   * Name under `components/responses` when the operation references a shared response there
   * (SignError, RateLimited, …): documented once, in the shared list, not per operation.
   */
  readonly shared: string | undefined;
  readonly description: string | undefined;
  readonly codes: readonly { readonly code: string; readonly description: string }[];
}

export interface PaginationModel {
  /** Schema of one item of the page's `data` array. */
  readonly itemSchema: SchemaNode;
}

export interface OperationModel {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  /** path params, then query params (spec order), then body fields (sorted by name). */
  readonly params: readonly ParamModel[];
  /** Component name of the JSON request body schema, when there is one. */
  readonly bodySchemaName: string | undefined;
  /**
   * Component name of the request body schema, JSON or multipart: the named body model no
   * generated function takes (they take flat params), so models.ts leaves it out.
   */
  readonly requestBodySchemaName: string | undefined;
  /** Status code of the success response, and its component schema name (undefined: no body). */
  readonly successStatus: string;
  readonly successSchemaName: string | undefined;
  readonly errors: readonly ErrorResponseModel[];
  readonly rateLimits: readonly RateLimit[];
  readonly idempotent: boolean;
  readonly idempotencyKey: string | undefined;
  readonly unsignedResponse: boolean;
  readonly multipart: { readonly metaPart: string; readonly filePart: string } | undefined;
  readonly experimental: boolean;
  readonly pagination: PaginationModel | undefined;
  readonly pointer: string;
}

/** An experimental operation that this output leaves out (no function, no types). */
export interface SkippedOperationModel {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
}

export interface EnumValueModel {
  readonly value: string;
  /** TypeScript property key used in the const object (`COUPON.USE` → `COUPON_USE`). */
  readonly key: string;
  readonly description: string | undefined;
}

export interface NamedSchemaModel {
  readonly name: string;
  readonly description: string | undefined;
  readonly schema: SchemaNode;
  /** Present for string enums: they get a const object + union instead of a plain alias. */
  readonly enumValues: readonly EnumValueModel[] | undefined;
}

export interface WebhookModel {
  readonly name: string;
  readonly operationId: string | undefined;
  readonly summary: string | undefined;
  /** Component name of the delivered body (the notification envelope). */
  readonly bodySchemaName: string | undefined;
  /** Received-side checks (event types, envelope, decrypted resource); see webhook-validation.ts. */
  readonly validation: WebhookValidation | undefined;
}

export interface SpecModel {
  readonly title: string;
  readonly version: string;
  /** Sorted by operationId. */
  readonly operations: readonly OperationModel[];
  /** Experimental operations that were left out (not generated without --experimental). */
  readonly skippedExperimental: readonly string[];
  /** The same operations with their route, for API.md and for leaving them out of the type layer. */
  readonly skippedOperations: readonly SkippedOperationModel[];
  /**
   * The shared error responses (`components/responses`) the generated operations reference, one
   * per status and component, sorted by status: documented once (metadata.ts `SHARED_ERRORS`, API.md).
   */
  readonly sharedErrors: readonly ErrorResponseModel[];
  /** Sorted by name. */
  readonly schemas: readonly NamedSchemaModel[];
  readonly webhooks: readonly WebhookModel[];
}
