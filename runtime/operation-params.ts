/**
 * The params object of an operation, read off its generated metadata at the type level: the
 * generator emits every `OperationMeta` `as const`, so its param names, its `required` list and
 * each property's JSON type are literal types. Calls that take an operation value rather than a
 * generated function (`downloadFlowFile(useFlowOperation, params)`) get the same checking as the
 * generated functions: a misspelt or missing field does not compile. A metadata value typed only
 * as `OperationMeta` (not a literal) accepts any object, as before.
 */
import type { OperationMeta } from "./operation.js";

type ParamNames<Op> = Op extends { readonly params: readonly (infer P)[] }
  ? P extends { readonly name: infer N extends string }
    ? N
    : never
  : never;

/** Names the client fills itself (`clientDefault`): optional even when the schema requires them. */
type DefaultedNames<Op> = Op extends { readonly params: readonly (infer P)[] }
  ? P extends { readonly name: infer N extends string; readonly clientDefault: string }
    ? N
    : never
  : never;

type RequiredNames<Op> = Op extends {
  readonly validation: { readonly required: readonly (infer R)[] };
}
  ? Exclude<R & ParamNames<Op>, DefaultedNames<Op>>
  : never;

type SchemaOf<Op, N> = Op extends { readonly validation: { readonly properties: infer Props } }
  ? N extends keyof Props
    ? Props[N]
    : unknown
  : unknown;

/** The TypeScript type of a JSON-schema property (enums keep their literals). */
type ValueOf<S> = S extends { readonly enum: readonly (infer E)[] }
  ? E
  : S extends { readonly type: "string" }
    ? string
    : S extends { readonly type: "integer" | "number" }
      ? number
      : S extends { readonly type: "boolean" }
        ? boolean
        : unknown;

/** The flat params object of operation `Op` (path, query and body fields). */
export type OperationParams<Op extends OperationMeta> = OperationMeta extends Op
  ? object
  : { readonly [N in RequiredNames<Op>]: ValueOf<SchemaOf<Op, N>> } & {
      readonly [N in Exclude<ParamNames<Op>, RequiredNames<Op>>]?: ValueOf<SchemaOf<Op, N>>;
    };
