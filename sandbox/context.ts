/**
 * What operation handlers get: the state, the clock, the calling merchant and the request's
 * already-validated parts. Handlers return a status and body, or throw SandboxApiError.
 */
import type { Clock } from "./clock.js";
import type { FormPart } from "./http/multipart.js";
import type { BillStore } from "./domain/bills.js";
import type { JsonObject, SandboxState } from "./state/store.js";

export interface SandboxContext {
  state: SandboxState;
  clock: Clock;
  /** appids bound to the sandbox merchant(s). */
  appids: ReadonlySet<string>;
  /** Base URL of this sandbox (media URLs and bill download URLs point back at it). */
  baseUrl(): string;
  bills: BillStore;
  /** Call after every state change (persistence). */
  changed(): void;
  /** Allow plain-http loopback callback URLs (real WeChat requires https). */
  allowLoopbackHttpCallbacks: boolean;
  /** With `validateResponses`: checks a notification envelope and plaintext against the spec's webhook. */
  selfCheckNotification?: (webhook: string, envelope: unknown, plaintext: unknown) => void;
}

export interface OperationRequest {
  operationId: string;
  /** The calling merchant, from the verified Authorization header. */
  mchid: string;
  pathParams: Readonly<Record<string, string>>;
  /** Query values converted to the types the spec declares. */
  query: Readonly<Record<string, unknown>>;
  body: JsonObject;
  multipart?: { meta: JsonObject; file: FormPart | undefined };
}

export interface OperationResult {
  status: number;
  body?: unknown;
}

export type OperationHandler = (ctx: SandboxContext, req: OperationRequest) => OperationResult;
