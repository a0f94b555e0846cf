/**
 * Control endpoints for tests and demos, under /sandbox/v1 (a prefix no WeChat path uses).
 * They are not signed and need no Authorization: they drive the simulation (redeem a coupon,
 * set a fault mode, move the clock), they are not part of the WeChat Pay API. Instead every
 * control request passes guardControlRequest (own Host, no cross-site Origin, JSON only), and
 * malformed input (bad JSON, bad escapes, absurd clock moves) is a 400, never a 500.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { ClockRangeError, formatChinaTime, type OffsetClock } from "./clock.js";
import { SandboxApiError } from "./errors.js";
import {
  FAULT_MODES,
  parseFault,
  UnknownFaultError,
  type FaultController,
  type FaultModeSettings,
} from "./faults.js";
import { guardControlRequest } from "./http/control-guard.js";
import { randomRequestId } from "./ids.js";
import { MEDIA_PATH_PREFIX, sniffImageType } from "./domain/images.js";
import { getOwn, type SandboxState } from "./state/store.js";
import type { UseCouponOptions, UseCouponResult } from "./use-coupon.js";
import type { DeliveryFault, DeliveryRecord } from "./notifications/dispatcher.js";
import { NOTIFICATION_FORMATS, type NotificationFormat } from "./notifications/picky-json.js";

export const CONTROL_PREFIX = "/sandbox/v1/";

export interface ControlDeps {
  state(): SandboxState;
  useCoupon(couponId: string, options: UseCouponOptions): UseCouponResult;
  deliveries(): readonly DeliveryRecord[];
  faults: FaultController;
  clock: OffsetClock;
  reset(): void;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(text)),
    "Request-ID": randomRequestId(),
  });
  res.end(text);
}

function fail(status: number, code: string, message: string): never {
  throw new SandboxApiError(status, code, message);
}

function jsonBody(raw: Buffer): Record<string, unknown> {
  if (raw.length === 0) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString("utf8"));
  } catch {
    return fail(400, "PARAM_ERROR", "control request body is not valid JSON");
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
    return fail(400, "PARAM_ERROR", "control request body must be a JSON object");
  return parsed as Record<string, unknown>;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== "string") return fail(400, "PARAM_ERROR", `${key} must be a string`);
  return value;
}

function faultSettings(body: Record<string, unknown>): FaultModeSettings {
  const mode = optionalString(body, "mode");
  if (mode === undefined)
    return fail(400, "PARAM_ERROR", `mode is required; one of ${FAULT_MODES.join(", ")}`);
  const settings: FaultModeSettings = { mode };
  for (const key of ["probability", "seed", "times"] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (typeof value !== "number") return fail(400, "PARAM_ERROR", `${key} must be a number`);
    settings[key] = value;
  }
  const operations = body["operations"];
  if (operations !== undefined) {
    if (!Array.isArray(operations) || !operations.every((o): o is string => typeof o === "string"))
      return fail(400, "PARAM_ERROR", "operations must be a list of operationIds");
    settings.operations = operations;
  }
  return settings;
}

function notificationFault(body: Record<string, unknown>): DeliveryFault | undefined {
  const text = optionalString(body, "notification_fault");
  if (text === undefined) return undefined;
  if (text === "reserialize") return { kind: "reserialize" };
  const fault = parseFault(text);
  if (
    fault.kind !== "tamper-body" &&
    fault.kind !== "stale-timestamp" &&
    fault.kind !== "signtest" &&
    fault.kind !== "wrong-serial" &&
    fault.kind !== "unsigned"
  ) {
    return fail(
      400,
      "PARAM_ERROR",
      "notification_fault must be tamper-body, stale-timestamp, signtest, wrong-serial, unsigned or reserialize",
    );
  }
  return fault;
}

/** One control request, as the route handlers see it. */
interface ControlCall {
  readonly deps: ControlDeps;
  readonly res: ServerResponse;
  readonly raw: Buffer;
  /** Decoded path captures of the route's pattern. */
  readonly params: readonly string[];
  readonly path: string;
}

interface ControlRoute {
  readonly method: string;
  /** Matched against the path after CONTROL_PREFIX (or the whole path for `absolute` routes). */
  readonly pattern: RegExp;
  readonly absolute?: boolean;
  readonly run: (call: ControlCall) => void;
}

function stateCounts(deps: ControlDeps): Record<string, number> {
  const state = deps.state();
  return {
    stocks: Object.keys(state.stocks).length,
    coupons: Object.keys(state.coupons).length,
    callbacks: Object.keys(state.callbacks).length,
    media: Object.keys(state.media).length,
  };
}

/** The order the coupon is used on (use-conditions.ts checks it against the stock). */
function orderFacts(body: Record<string, unknown>, options: UseCouponOptions): void {
  const consumeMchid = optionalString(body, "consume_mchid");
  if (consumeMchid !== undefined) options.consume_mchid = consumeMchid;
  const tradeType = optionalString(body, "trade_type");
  if (tradeType !== undefined) options.trade_type = tradeType;
  const amount = body["order_amount"];
  if (amount !== undefined) {
    if (typeof amount !== "number" || !Number.isSafeInteger(amount) || amount < 0)
      return fail(400, "PARAM_ERROR", "order_amount must be a whole number of fen ≥ 0");
    options.order_amount = amount;
  }
  const tags = body["goods_tag"];
  if (tags !== undefined) {
    if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === "string"))
      return fail(400, "PARAM_ERROR", "goods_tag must be a list of strings");
    options.goods_tag = tags;
  }
}

function useCouponRoute({ deps, res, raw, params }: ControlCall): void {
  const body = jsonBody(raw);
  const options: UseCouponOptions = {};
  orderFacts(body, options);
  const transactionId = optionalString(body, "transaction_id");
  if (transactionId !== undefined) options.transaction_id = transactionId;
  const fault = notificationFault(body);
  if (fault !== undefined) options.notificationFault = fault;
  const format = optionalString(body, "notification_format");
  if (format !== undefined) {
    if (!(NOTIFICATION_FORMATS as readonly string[]).includes(format))
      return fail(
        400,
        "PARAM_ERROR",
        `notification_format must be ${NOTIFICATION_FORMATS.join(" or ")}`,
      );
    options.notificationFormat = format as NotificationFormat;
  }
  const eventType = optionalString(body, "notification_event_type");
  if (eventType !== undefined) options.notificationEventType = eventType;
  const repeats = body["notification_repeats"];
  if (repeats !== undefined) {
    if (typeof repeats !== "number" || !Number.isInteger(repeats) || repeats < 0 || repeats > 10)
      return fail(400, "PARAM_ERROR", "notification_repeats must be an integer from 0 to 10");
    options.notificationRepeats = repeats;
  }
  const result = deps.useCoupon(params[0] ?? "", options);
  send(res, 200, {
    coupon: result.coupon,
    notification:
      result.notification === undefined
        ? null
        : { id: result.notification.id, notify_url: result.notification.notifyUrl },
  });
}

function setFaultRoute({ deps, res, raw }: ControlCall): void {
  const settings = faultSettings(jsonBody(raw));
  try {
    deps.faults.setMode(settings);
  } catch (error) {
    fail(400, "PARAM_ERROR", (error as Error).message);
  }
  send(res, 200, { mode: settings });
}

function clockRoute({ deps, res, raw }: ControlCall): void {
  const advance = jsonBody(raw)["advance_seconds"];
  if (typeof advance !== "number" || !Number.isFinite(advance))
    return fail(400, "PARAM_ERROR", "advance_seconds must be a finite number");
  try {
    deps.clock.advance(advance * 1000);
  } catch (error) {
    if (error instanceof ClockRangeError) return fail(400, "PARAM_ERROR", error.message);
    throw error;
  }
  send(res, 200, {
    now: formatChinaTime(deps.clock.now()),
    offset_seconds: deps.clock.offset / 1000,
  });
}

function mediaRoute({ deps, res, params }: ControlCall): void {
  const media = getOwn(deps.state().media, params[0] ?? "");
  if (media === undefined) return fail(404, "RESOURCE_NOT_EXISTS", "no such media");
  const data = Buffer.from(media.content_base64, "base64");
  res.writeHead(200, {
    "Content-Type": sniffImageType(data) ?? "application/octet-stream",
    "Content-Length": String(data.length),
  });
  res.end(data);
}

/** Every control endpoint, in one table (like the spec-driven main router). */
const CONTROL_ROUTES: readonly ControlRoute[] = [
  {
    method: "GET",
    pattern: /^health$/,
    run: ({ deps, res }) =>
      send(res, 200, { status: "ok", now: formatChinaTime(deps.clock.now()) }),
  },
  { method: "GET", pattern: /^state$/, run: ({ deps, res }) => send(res, 200, stateCounts(deps)) },
  {
    method: "POST",
    pattern: /^reset$/,
    run: ({ deps, res }) => {
      deps.reset();
      send(res, 200, { status: "reset" });
    },
  },
  { method: "POST", pattern: /^coupons\/([^/]+)\/use$/, run: useCouponRoute },
  {
    method: "GET",
    pattern: /^notifications$/,
    run: ({ deps, res }) => send(res, 200, { data: deps.deliveries() }),
  },
  {
    method: "GET",
    pattern: /^faults$/,
    run: ({ deps, res }) =>
      send(res, 200, { mode: deps.faults.currentMode() ?? null, known_modes: FAULT_MODES }),
  },
  {
    method: "DELETE",
    pattern: /^faults$/,
    run: ({ deps, res }) => {
      deps.faults.setMode(undefined);
      send(res, 200, { mode: null });
    },
  },
  { method: "PUT", pattern: /^faults$/, run: setFaultRoute },
  { method: "POST", pattern: /^faults$/, run: setFaultRoute },
  { method: "POST", pattern: /^clock$/, run: clockRoute },
  {
    method: "GET",
    pattern: new RegExp(`^${MEDIA_PATH_PREFIX.replace(/[/.]/g, "\\$&")}([^/]+)$`),
    absolute: true,
    run: mediaRoute,
  },
];

/** Decodes one path segment; a malformed percent-escape is the caller's 400, not our 500. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return fail(400, "PARAM_ERROR", "malformed percent-escape in the control path");
  }
}

/** Handles one control request; answers 404 for unknown control paths, 405 for a wrong method. */
export function handleControl(
  deps: ControlDeps,
  req: IncomingMessage,
  res: ServerResponse,
  raw: Buffer,
): void {
  const method = req.method ?? "GET";
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const rest = path.slice(CONTROL_PREFIX.length);
  try {
    guardControlRequest(req, method);
    let pathMatched = false;
    for (const route of CONTROL_ROUTES) {
      const match = route.pattern.exec(route.absolute === true ? path : rest);
      if (match === null) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = match.slice(1).map((segment) => decodeSegment(segment ?? ""));
      return route.run({ deps, res, raw, params, path });
    }
    if (pathMatched) fail(405, "METHOD_NOT_ALLOWED", `${method} is not allowed on ${path}`);
    fail(404, "NOT_FOUND", `no control endpoint ${method} ${path}`);
  } catch (error) {
    if (error instanceof SandboxApiError) return send(res, error.status, error.toBody());
    if (error instanceof UnknownFaultError)
      return send(res, 400, { code: "PARAM_ERROR", message: error.message });
    throw error;
  }
}
