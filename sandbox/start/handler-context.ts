/** The context every operation handler receives, wired to the live state and the sandbox clock. */
import type { Clock } from "../clock.js";
import type { SandboxContext } from "../context.js";
import { BillStore } from "../domain/bills.js";
import type { LiveState } from "../state/live-state.js";

export interface HandlerContextParts {
  live: LiveState;
  clock: Clock;
  appid: string;
  /** Known only once the server listens; handlers call it per request. */
  baseUrl: () => string;
  allowLoopbackHttpCallbacks: boolean;
}

export function handlerContext(parts: HandlerContextParts): SandboxContext {
  const { live, clock } = parts;
  return {
    // A getter, not a copy: the control endpoint's reset replaces the state object.
    get state() {
      return live.current;
    },
    clock,
    appids: new Set([parts.appid]),
    baseUrl: parts.baseUrl,
    bills: new BillStore(clock),
    changed: () => live.changed(),
    allowLoopbackHttpCallbacks: parts.allowLoopbackHttpCallbacks,
  };
}
