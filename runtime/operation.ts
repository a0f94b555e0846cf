/**
 * The contract between generated code and the runtime.
 *
 * The generator emits one `OperationMeta` constant per operation (as data, in
 * `generated/metadata.ts`); generated operation functions are one-liners that hand that
 * constant and the caller's flat params object to `client.request(...)`. Everything the
 * runtime needs to put a call on the wire (where each param goes, whether a retry is safe,
 * whether the response is signed) is in this data, so the runtime never hard-codes an operation.
 */

export type HttpMethod = "GET" | "POST";

/** Where a field of the flat params object goes on the wire. */
export type ParamLocation = "path" | "query" | "body";

/**
 * A JSON Schema subset the generator emits from the spec for client-side validation.
 * Only the constraints the favor spec uses are representable; the generator rejects
 * anything else with a spec file:line error rather than silently dropping it.
 */
export type ValidationSchema =
  | {
      readonly type: "string";
      readonly minLength?: number;
      readonly maxLength?: number;
      /** ECMAScript regular expression source, as in the spec's `pattern`. */
      readonly pattern?: string;
      readonly enum?: readonly string[];
      readonly format?: "date-time";
    }
  | {
      readonly type: "integer" | "number";
      readonly minimum?: number;
      readonly maximum?: number;
      readonly exclusiveMinimum?: number;
      readonly exclusiveMaximum?: number;
      readonly enum?: readonly number[];
    }
  | { readonly type: "boolean" }
  | {
      readonly type: "array";
      readonly items: ValidationSchema;
      readonly minItems?: number;
      readonly maxItems?: number;
      readonly uniqueItems?: boolean;
    }
  | {
      readonly type: "object";
      readonly properties: Readonly<Record<string, ValidationSchema>>;
      readonly required?: readonly string[];
      /** false: unknown keys are rejected (request side always emits false). */
      readonly additionalProperties: boolean;
    }
  | {
      /** A binary upload part (multipart file); validated as Uint8Array/ArrayBuffer/Blob. */
      readonly type: "binary";
      readonly maxBytes?: number;
    };

/**
 * Where the client takes a default for a field the caller omits (spec extension
 * `x-wechatpay-client-default`): `mchid` is the merchant the client was constructed with.
 */
export type ClientDefaultSource = "mchid";

export interface ParamMeta {
  /** Wire name, snake_case exactly as the docs spell it. */
  readonly name: string;
  readonly in: ParamLocation;
  /**
   * Filled by the client when the caller omits the field (or passes `undefined`), before
   * validation and serialization; an explicit value is sent as given.
   */
  readonly clientDefault?: ClientDefaultSource;
}

/** Multipart upload description (uploadImage): the signed JSON `meta` part and the file part. */
export interface MultipartMeta {
  /** Name of the JSON part whose exact bytes are signed (line 5 of the signing string). */
  readonly metaPart: string;
  /** Name of the binary part. */
  readonly filePart: string;
}

export interface OperationMeta {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** Path template with `{name}` placeholders, e.g. `/v3/marketing/favor/stocks/{stock_id}`. */
  readonly path: string;
  /** Every field of the flat params object, in spec order. Query strings are built in this order. */
  readonly params: readonly ParamMeta[];
  /**
   * True when the call may be retried after it may have reached the server: every GET, and the
   * POSTs the spec marks idempotent (`x-wechatpay-idempotent`).
   */
  readonly retrySafe: boolean;
  /** False for the operations the spec marks `x-wechatpay-unsigned-response` (flow downloads). */
  readonly signedResponse: boolean;
  /** Present only for multipart uploads. */
  readonly multipart?: MultipartMeta;
  /** Schema of the flat params object (path + query + body fields), for client-side validation. */
  readonly validation?: ValidationSchema;
  /** The documented success answer; every 2xx body's top-level shape is checked against it. */
  readonly response?: ResponseMeta;
  /** The spec's `x-wechatpay-rate-limits` (absent when it documents none), for fleet rate limiters. */
  readonly rateLimits?: readonly RateLimitMeta[];
}

/**
 * One documented limit: at most `limit` calls per second or minute, counted over every caller
 * (`all`), per merchant (`mchid`) or per source IP address (`ip`).
 */
export interface RateLimitMeta {
  readonly limit: number;
  readonly per: "second" | "minute";
  readonly scope: "all" | "mchid" | "ip";
}

/** The top-level shape of an operation's success answer, as the spec documents it. */
export interface ResponseMeta {
  /** The documented success status (200, 204, …). */
  readonly status: number;
  /** "object": a JSON object body; "none": no body. */
  readonly body: "object" | "none";
  /** Top-level fields the spec marks required (object bodies only). */
  readonly required?: readonly string[];
}

/**
 * One documented error code (generated `SHARED_ERRORS`): the HTTP status, the `code` of the error
 * body, and what it means / what to do, as the spec documents it.
 */
export interface ErrorCodeMeta {
  readonly status: number;
  readonly code: string;
  readonly description: string;
}
