import { Dispatcher } from "undici";

/**
 * An undici Dispatcher that answers every request from memory with one canned response, on the
 * next turn of the event loop. Clients on it do all their own work (undici's request API, signing,
 * verification, parsing) but no socket I/O, so two clients can be compared in ONE process,
 * alternately, which cancels most of the drift a busy shared machine adds to separate runs.
 */
export class MemoryDispatcher extends Dispatcher {
  readonly #rawHeaders: Buffer[];
  readonly #body: Buffer;

  constructor(headers: Readonly<Record<string, string>>, body: Buffer) {
    super();
    this.#rawHeaders = Object.entries(headers).flatMap(([name, value]) => [
      Buffer.from(name),
      Buffer.from(value),
    ]);
    this.#body = body;
  }

  override dispatch(
    _options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandler,
  ): boolean {
    setImmediate(() => {
      // The legacy handler callbacks, which undici 7's request API still implements.
      handler.onConnect?.(() => {});
      handler.onHeaders?.(200, this.#rawHeaders, () => {}, "OK");
      handler.onData?.(this.#body);
      handler.onComplete?.([]);
    });
    return true;
  }

  override async close(): Promise<void> {}

  override async destroy(): Promise<void> {}
}
