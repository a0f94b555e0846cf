/**
 * The header-value rule: HTAB, visible ASCII and space, and obs-text bytes (RFC 9110 §5.5,
 * https://www.rfc-editor.org/rfc/rfc9110#section-5.5). Anything else (CR, LF, NUL, other controls,
 * characters above U+00FF) would be refused by Node's HTTP stack or split the header.
 */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

export function isHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}
