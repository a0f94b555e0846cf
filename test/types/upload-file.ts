/**
 * Type test (compiled by `npm run typecheck`, never executed): `UploadImageParams.file` accepts
 * exactly what the runtime reads as a file (runtime/multipart.ts `toBytes` / `isUploadFile`), and
 * each `@ts-expect-error` line must fail to compile.
 */
import type { UploadFile, WechatPayClient } from "../../runtime/index.js";
import { uploadImage, type UploadImageParams } from "../../generated/index.js";

declare const client: WechatPayClient;

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** The generated field's type IS the runtime's type (not a copy that could drift). */
export const sameType: Equal<UploadImageParams["file"], UploadFile> = true;
export const runtimeKinds: Equal<UploadFile, Uint8Array | ArrayBuffer | Blob> = true;

export async function acceptedKinds(): Promise<void> {
  const filename = "logo.png";
  await uploadImage(client, { filename, file: new Uint8Array([1, 2, 3]) });
  await uploadImage(client, { filename, file: Buffer.from("png") });
  await uploadImage(client, { filename, file: new ArrayBuffer(8) });
  await uploadImage(client, { filename, file: new Blob([new Uint8Array([1])]) });
  await uploadImage(client, { filename, file: new File([new Uint8Array([1])], filename) });
}

export async function rejectedKinds(): Promise<void> {
  const filename = "logo.png";
  // @ts-expect-error a string is not file content (the runtime rejects it)
  await uploadImage(client, { filename, file: "logo.png" });
  // @ts-expect-error a DataView is not read by the runtime
  await uploadImage(client, { filename, file: new DataView(new ArrayBuffer(8)) });
  // @ts-expect-error a plain number array is not bytes
  await uploadImage(client, { filename, file: [1, 2, 3] });
  // @ts-expect-error the file is required
  await uploadImage(client, { filename });
}
