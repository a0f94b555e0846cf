/** Listening on 127.0.0.1:0 and closing again, for servers built on node:http. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RunningServer } from "./scenarios.js";

export async function serve(server: Server, path = "/wechatpay/notify"): Promise<RunningServer> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
