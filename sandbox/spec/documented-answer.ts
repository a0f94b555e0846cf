/**
 * The success answer an operation documents: its first 2xx response, and the JSON example the
 * spec gives for it (a named media-type example, the media type's `example`, or else one built
 * from the response schema when the answer is asked for).
 */
import { deref, isObject, type SpecObject } from "./document.js";
import type { OperationRoute } from "./routes.js";

export interface DocumentedAnswer {
  status: number;
  /** The example written in the spec, when there is one. */
  example?: unknown;
  /** The response schema (still holding the document's `#/…` refs), when the answer has a JSON body. */
  schema?: unknown;
}

export function documentedAnswer(doc: SpecObject, route: OperationRoute): DocumentedAnswer {
  const where = `${route.method} ${route.template}`;
  const paths = doc["paths"];
  if (!isObject(paths)) throw new Error("spec document has no paths");
  const operation = deref(doc, deref(doc, paths[route.template])[route.method.toLowerCase()]);
  const responses = isObject(operation["responses"]) ? operation["responses"] : {};
  const status = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (status === undefined) throw new Error(`${where}: the spec documents no 2xx response`);
  const content = deref(doc, responses[status])["content"];
  if (!isObject(content)) return { status: Number(status) };
  const media = content["application/json"];
  if (!isObject(media)) return { status: Number(status) };
  const answer: DocumentedAnswer = { status: Number(status), schema: media["schema"] };
  const example = mediaExample(doc, media);
  if (example.found) answer.example = example.value;
  return answer;
}

function mediaExample(doc: SpecObject, media: SpecObject): { found: boolean; value?: unknown } {
  const examples = media["examples"];
  if (isObject(examples)) {
    for (const raw of Object.values(examples)) {
      const example = deref(doc, raw);
      if ("value" in example) return { found: true, value: example["value"] };
    }
  }
  if (media["example"] !== undefined) return { found: true, value: media["example"] };
  return { found: false };
}
