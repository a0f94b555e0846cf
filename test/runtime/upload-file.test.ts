import { describe, expect, it } from "vitest";
import { isUploadFile, toBytes } from "../../runtime/multipart.js";

/** The runtime side of `UploadFile` (the type side is test/types/upload-file.ts). */
describe("UploadFile at run time", () => {
  const bytes = [1, 2, 3];
  const accepted: [string, () => unknown][] = [
    ["Uint8Array", () => new Uint8Array(bytes)],
    ["Buffer", () => Buffer.from(bytes)],
    ["ArrayBuffer", () => new Uint8Array(bytes).buffer],
    ["Blob", () => new Blob([new Uint8Array(bytes)])],
    ["File", () => new File([new Uint8Array(bytes)], "a.png")],
  ];
  it.each(accepted)("reads a %s", async (_name, make) => {
    const value = make();
    expect(isUploadFile(value)).toBe(true);
    expect([...(await toBytes(value as Parameters<typeof toBytes>[0]))]).toEqual(bytes);
  });

  it.each([
    ["a string", "abc"],
    ["a DataView", new DataView(new ArrayBuffer(3))],
    ["a number array", bytes],
    ["undefined", undefined],
  ])("refuses %s", (_name, value) => {
    expect(isUploadFile(value)).toBe(false);
  });
});
