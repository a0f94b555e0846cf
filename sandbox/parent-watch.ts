/**
 * Ends the standalone sandbox with the process that started it. Killing `npx` or a test runner
 * must not leave a server behind, and nothing else tells a child its parent died. Two signs:
 * the parent pid changes (the child was re-parented to init or a subreaper: the parent exited),
 * and, when stdin is a pipe or socket from the parent, that pipe ends (it closes when the parent
 * dies, even with a shell such as `npx`'s `sh -c` in between). A terminal or /dev/null on stdin
 * is not watched (it never "ends" with the parent).
 */
import { fstatSync } from "node:fs";

/** Calls `onGone` once, with why, when the parent is gone. Returns a function that stops watching. */
export function watchParent(onGone: (why: string) => void, intervalMs = 1_000): () => void {
  const parent = process.ppid;
  let done = false;
  const gone = (why: string): void => {
    if (done) return;
    done = true;
    stop();
    onGone(why);
  };
  // unref: the watch alone never keeps the process alive.
  const timer = setInterval(() => {
    if (process.ppid !== parent) gone(`its parent process ${parent} exited`);
  }, intervalMs).unref();
  const onEnd = (): void => gone("its stdin (a pipe from the parent) closed");
  const pipedStdin = stdinIsPipe();
  if (pipedStdin) process.stdin.on("end", onEnd).resume();
  function stop(): void {
    clearInterval(timer);
    if (pipedStdin) process.stdin.off("end", onEnd).pause();
  }
  return stop;
}

function stdinIsPipe(): boolean {
  try {
    const stat = fstatSync(0);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false; // no stdin at all
  }
}
