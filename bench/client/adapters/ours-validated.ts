/**
 * Our generated client with full response validation on (`validateResponses` with the spec's
 * schemas, ajv): the cost of the option, measured beside the default client in the probe.
 */
import { createSpecResponseValidator } from "../../../sandbox/index.js";
import { oursWith } from "./ours.js";

export const oursValidatedAdapter = oursWith(
  "ours + validateResponses",
  "as ours, plus every answer checked against the spec's response schema",
  () => ({ validateResponses: createSpecResponseValidator() }),
);
