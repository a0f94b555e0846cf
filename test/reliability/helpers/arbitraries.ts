/** Shared fast-check arbitraries for wire-level values. */
import fc from "fast-check";

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Any BMP character: 1–3 UTF-8 bytes, as the favor API allows (no astral / 4-byte characters). */
export const bmpChar = fc
  .integer({ min: 0, max: 0xffff })
  .filter((c) => !isSurrogate(c))
  .map((c) => String.fromCharCode(c));

/** Characters that break naive URL encoders or signing-string builders. */
export const trickyChar = fc.constantFrom(
  "+",
  "&",
  "=",
  "%",
  "'",
  " ",
  "?",
  "#",
  "!",
  "(",
  ")",
  "*",
  "~",
  ":",
  ";",
  ",",
  "@",
  "$",
  "[",
  "]",
  "\n",
  "\r",
  "\t",
  '"',
  "\\",
  "%2B",
  "%20",
  "中",
  "券",
  "é",
  "€",
);

const unit = fc.oneof(
  { weight: 3, arbitrary: trickyChar },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: bmpChar },
);

/** A string of BMP characters heavy in URL- and signing-relevant characters. */
export function wireText(minLength = 0, maxLength = 40): fc.Arbitrary<string> {
  return fc.string({ unit, minLength, maxLength });
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Text acceptable as a path parameter (the runtime refuses '/', '..', control characters, ""). */
export function pathText(): fc.Arbitrary<string> {
  return wireText(1, 30).filter((s) => !s.includes("/") && !s.includes("..") && !CONTROL.test(s));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** An instant that RFC 3339 can write (years 2000–2099). */
export const instant = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2099-12-31T00:00:00Z"),
  noInvalidDate: true,
});

/** RFC 3339 text with or without milliseconds, in Z or a numeric offset. */
export const rfc3339Text = fc
  .record({
    date: instant,
    withMs: fc.boolean(),
    offsetMinutes: fc.constantFrom(0, 480, -330, 345, -720, 840),
    zulu: fc.boolean(),
  })
  .map(({ date, withMs, offsetMinutes, zulu }) => {
    const offset = zulu && offsetMinutes === 0 ? 0 : offsetMinutes;
    const local = new Date(date.getTime() + offset * 60_000);
    const base =
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}` +
      `T${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}` +
      (withMs ? `.${pad(local.getUTCMilliseconds(), 3)}` : "");
    if (zulu && offset === 0) return `${base}Z`;
    const sign = offset < 0 ? "-" : "+";
    const abs = Math.abs(offset);
    return `${base}${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
  });
