/**
 * Control endpoints for tests and demos, under /sandbox/v1 (a prefix no WeChat path uses).
 * They are not signed and need no Authorization: they drive the simulation (redeem a coupon,
 * set a fault mode, move the clock), they are not part of the WeChat Pay API.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { formatChinaTime, type OffsetClock } from "./clock.js";
import { SandboxApiError } from "./errors.js";
import {
  FAULT_MODES,
  parseFault,
  UnknownFaultError,
  type FaultController,
  type FaultModeSettings,
} from "./faults.js";
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

/** Handles one control request; answers 404 for unknown control paths. */
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
    if (method === "GET" && rest === "health")
      return send(res, 200, { status: "ok", now: formatChinaTime(deps.clock.now()) });
    if (method === "GET" && rest === "state") {
      const state = deps.state();
      return send(res, 200, {
        stocks: Object.keys(state.stocks).length,
        coupons: Object.keys(state.coupons).length,
        callbacks: Object.keys(state.callbacks).length,
        media: Object.keys(state.media).length,
      });
    }
    if (method === "POST" && rest === "reset") {
      deps.reset();
      return send(res, 200, { status: "reset" });
    }
    const use = /^coupons\/([^/]+)\/use$/.exec(rest);
    if (method === "POST" && use) {
      const body = jsonBody(raw);
      const options: UseCouponOptions = {};
      const consumeMchid = optionalString(body, "consume_mchid");
      if (consumeMchid !== undefined) options.consume_mchid = consumeMchid;
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
        if (
          typeof repeats !== "number" ||
          !Number.isInteger(repeats) ||
          repeats < 0 ||
          repeats > 10
        )
          return fail(400, "PARAM_ERROR", "notification_repeats must be an integer from 0 to 10");
        options.notificationRepeats = repeats;
      }
      const result = deps.useCoupon(decodeURIComponent(use[1] ?? ""), options);
      return send(res, 200, {
        coupon: result.coupon,
        notification:
          result.notification === undefined
            ? null
            : { id: result.notification.id, notify_url: result.notification.notifyUrl },
      });
    }
    if (method === "GET" && rest === "notifications")
      return send(res, 200, { data: deps.deliveries() });
    if (rest === "faults") {
      if (method === "GET")
        return send(res, 200, {
          mode: deps.faults.currentMode() ?? null,
          known_modes: FAULT_MODES,
        });
      if (method === "DELETE") {
        deps.faults.setMode(undefined);
        return send(res, 200, { mode: null });
      }
      if (method === "PUT" || method === "POST") {
        const settings = faultSettings(jsonBody(raw));
        try {
          deps.faults.setMode(settings);
        } catch (error) {
          return fail(400, "PARAM_ERROR", (error as Error).message);
        }
        return send(res, 200, { mode: settings });
      }
    }
    if (method === "POST" && rest === "clock") {
      const advance = jsonBody(raw)["advance_seconds"];
      if (typeof advance !== "number" || !Number.isFinite(advance))
        return fail(400, "PARAM_ERROR", "advance_seconds must be a number");
      deps.clock.advance(advance * 1000);
      return send(res, 200, {
        now: formatChinaTime(deps.clock.now()),
        offset_seconds: deps.clock.offset / 1000,
      });
    }
    if (method === "GET" && path.startsWith(MEDIA_PATH_PREFIX)) {
      const media = getOwn(deps.state().media, path.slice(MEDIA_PATH_PREFIX.length));
      if (media === undefined) return fail(404, "RESOURCE_NOT_EXISTS", "no such media");
      const data = Buffer.from(media.content_base64, "base64");
      res.writeHead(200, {
        "Content-Type": sniffImageType(data) ?? "application/octet-stream",
        "Content-Length": String(data.length),
      });
      res.end(data);
      return;
    }
    fail(404, "NOT_FOUND", `no control endpoint ${method} ${path}`);
  } catch (error) {
    if (error instanceof SandboxApiError) return send(res, error.status, error.toBody());
    if (error instanceof UnknownFaultError)
      return send(res, 400, { code: "PARAM_ERROR", message: error.message });
    throw error;
  }
}
