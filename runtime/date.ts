/**
 * Date → wire text. WeChat Pay documents every time as RFC 3339 with an offset, and all of its
 * examples use Beijing time with seconds and no fraction (`2015-05-20T13:29:35+08:00`). We send that
 * exact form: +08:00 is what the merchant console and the docs show, so a logged request reads the
 * same as the docs, and leaving out milliseconds avoids depending on the server accepting fractions.
 */

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Formats `date` as RFC 3339 in +08:00 with whole seconds (sub-second part truncated). */
export function formatRfc3339(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new RangeError("invalid Date (NaN time value)");
  // Shift the instant by +8 h and read it with the UTC getters: that is the Beijing wall clock.
  const shifted = new Date(ms + BEIJING_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written as RFC 3339`);
  return (
    `${pad(year, 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}` +
    `T${pad(shifted.getUTCHours(), 2)}:${pad(shifted.getUTCMinutes(), 2)}:${pad(shifted.getUTCSeconds(), 2)}+08:00`
  );
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Why `date` cannot be sent (what formatRfc3339 would throw for), or undefined when it can. */
export function unwritableDate(date: Date): string | undefined {
  try {
    formatRfc3339(date);
    return undefined;
  } catch (error) {
    return error instanceof RangeError && Number.isNaN(date.getTime())
      ? "must be a valid Date"
      : `cannot be sent: ${(error as Error).message}`;
  }
}
