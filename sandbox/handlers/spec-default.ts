/**
 * The handler of every operation that has no hand-written business rules (typically one just
 * added to the spec). By the time it runs the pipeline has verified the signature, routed,
 * rate-limited and validated the request against the spec; it answers with the operation's
 * documented success response, built from the spec's example (or, when there is none, from the
 * response schema), and the pipeline signs it like any other answer. It keeps no state: the spec
 * says what an answer looks like, not what the operation does. Request values are echoed into
 * same-named top-level fields of the answer when the result still matches the response schema,
 * so a query for `stock_id` 123 answers about 123.
 */
import { chinaDate, formatChinaTime } from "../clock.js";
import type { OperationHandler, OperationRequest } from "../context.js";
import type { SpecObject } from "../spec/document.js";
import { documentedAnswer } from "../spec/documented-answer.js";
import { exampleFromSchema } from "../spec/example-value.js";
import type { OperationRoute } from "../spec/routes.js";
import type { SpecValidators } from "../spec/validators.js";

export function specDefaultHandler(
  doc: SpecObject,
  route: OperationRoute,
  validators: SpecValidators,
): OperationHandler {
  const answer = documentedAnswer(doc, route);
  const validate = validators.for(route.operationId).responses.get(String(answer.status));
  return (ctx, req) => {
    if (answer.schema === undefined && answer.example === undefined)
      return { status: answer.status };
    const now = ctx.clock.now();
    const base = structuredClone(
      answer.example !== undefined
        ? answer.example
        : exampleFromSchema(answer.schema, {
            doc,
            dateTime: formatChinaTime(now),
            date: chinaDate(now),
          }),
    );
    const echoed = echoRequestValues(base, req);
    const body = echoed !== base && (validate === undefined || validate(echoed)) ? echoed : base;
    return { status: answer.status, body };
  };
}

/** The answer with top-level fields replaced by the request's scalar values of the same name. */
function echoRequestValues(body: unknown, req: OperationRequest): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const sent: Record<string, unknown> = { ...req.body, ...req.query, ...req.pathParams };
  let changed = false;
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const key of Object.keys(out)) {
    const value = sent[key];
    if (["string", "number", "boolean"].includes(typeof value) && out[key] !== value) {
      out[key] = value;
      changed = true;
    }
  }
  return changed ? out : body;
}

/**
 * The handler table the pipeline uses: the hand-written rules where they exist, the spec default
 * for every other operation of the spec, and the ids of the latter (for the log and the handle).
 */
export function withSpecDefaults(
  doc: SpecObject,
  routes: readonly OperationRoute[],
  validators: SpecValidators,
  handwritten: Readonly<Record<string, OperationHandler>>,
): { handlers: Readonly<Record<string, OperationHandler>>; defaulted: readonly string[] } {
  const handlers: Record<string, OperationHandler> = {};
  const defaulted: string[] = [];
  for (const route of routes) {
    const own = Object.hasOwn(handwritten, route.operationId)
      ? handwritten[route.operationId]
      : undefined;
    if (own !== undefined) handlers[route.operationId] = own;
    else {
      handlers[route.operationId] = specDefaultHandler(doc, route, validators);
      defaulted.push(route.operationId);
    }
  }
  return { handlers, defaulted };
}
