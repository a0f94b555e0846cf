/** The OpenAPI document the sandbox serves, read once into routes, a router and compiled validators. */
import { specDocument } from "../../generated/spec-document.js";
import { isObject, type SpecObject } from "../spec/document.js";
import { readRoutes, Router, type OperationRoute } from "../spec/routes.js";
import { SpecValidators } from "../spec/validators.js";

export interface ServedSpec {
  document: SpecObject;
  routes: readonly OperationRoute[];
  router: Router;
  validators: SpecValidators;
}

export function loadServedSpec(spec: object = specDocument): ServedSpec {
  if (!isObject(spec)) throw new Error("options.spec must be an OpenAPI document object");
  const document = spec as SpecObject;
  const routes = readRoutes(document);
  return {
    document,
    routes,
    router: new Router(routes),
    validators: new SpecValidators(document, routes),
  };
}
