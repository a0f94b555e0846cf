/**
 * Property key for an enum value in the generated const object. Keys must be valid identifiers
 * so users can write `EventType.COUPON_USE`: every other character becomes `_`, and a leading
 * digit gets a `_` prefix (`1ST` → `_1ST`). Collisions are reported by the check stage.
 */
export function enumKey(value: string): string {
  const key = value.replace(/[^A-Za-z0-9_$]/g, "_");
  if (key === "") return "_";
  return /^[0-9]/.test(key) ? `_${key}` : key;
}
