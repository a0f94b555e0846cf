// One typed call of `uploadImage` (POST /v3/marketing/favor/media/image-upload) as a careful caller writes it.
// Type-checked by `npm run typecheck`, never run. `npm run review` compiles the base ref's copy
// of this file against the current generated client: a call that stops compiling is a breaking change.
// Written by `npm run usage:write`; safe to edit by hand.
import { uploadImage } from "../../generated/index.js";
import type { WechatPayClient } from "../../runtime/index.js";

export async function useUploadImage(client: WechatPayClient): Promise<void> {
  const result = await uploadImage(
    client,
    { filename: "logo.png", file: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]) },
    { timeout: 10_000 },
  );
  const view: { media_url: string } = result;
  void view;
}
