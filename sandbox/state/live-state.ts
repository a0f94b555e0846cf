/**
 * The sandbox's current state and its optional persistence in one place: handlers, control
 * endpoints and the public handle all read `current`, and `reset` replaces it (so nobody may keep
 * a reference to an old state object).
 */
import { loadState, StateSaver } from "./persistence.js";
import { emptyState, type SandboxState } from "./store.js";

export class LiveState {
  current: SandboxState;
  private readonly saver: StateSaver | undefined;

  private constructor(initial: SandboxState, stateFile: string | undefined) {
    this.current = initial;
    this.saver =
      stateFile === undefined ? undefined : new StateSaver(stateFile, () => this.current);
  }

  /** In memory only, or loaded from (and saved atomically to) `stateFile`. */
  static async open(stateFile: string | undefined): Promise<LiveState> {
    const initial = stateFile === undefined ? emptyState() : await loadState(stateFile);
    return new LiveState(initial, stateFile);
  }

  /** Call after every change: schedules a save when persistence is on. */
  changed(): void {
    this.saver?.schedule();
  }

  reset(): void {
    this.current = emptyState();
    this.changed();
  }

  /** Waits for pending writes (rethrowing a failed one). */
  async flush(): Promise<void> {
    await this.saver?.flush();
  }
}
