/** Uploaded images: the documented size limit, the accepted formats and where the sandbox serves them. */
/** Documented upload limit (on the upload-image page); a byte size is not something the schema can express. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export const MEDIA_PATH_PREFIX = "/sandbox/v1/media/";

const SIGNATURES: readonly { type: string; magic: readonly number[] }[] = [
  { type: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { type: "image/png", magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: "image/bmp", magic: [0x42, 0x4d] },
];

export function sniffImageType(data: Uint8Array): string | undefined {
  return SIGNATURES.find(({ magic }) => magic.every((byte, i) => data[i] === byte))?.type;
}
