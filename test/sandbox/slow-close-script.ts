/**
 * Child process for faults.test.ts: starts a sandbox, leaves a `slow:600000` request pending,
 * closes the sandbox and then must exit on its own (no timer left holding the event loop).
 */
import { startSandbox } from "../../sandbox/index.js";
import { rawRequest } from "./raw-client.js";

const sandbox = await startSandbox({ rateLimits: false });
const pending = rawRequest(
  sandbox,
  "GET",
  `/v3/marketing/favor/stocks?offset=0&limit=10&stock_creator_mchid=${sandbox.mchid}`,
  "",
  {
    headers: { "X-Sandbox-Fault": "slow:600000" },
  },
).then(
  () => "answered",
  () => "dropped",
);
// Long enough for the request to be verified and parked in the slow delay.
await new Promise((resolve) => setTimeout(resolve, 500));
await sandbox.close();
console.log(`closed (${await pending})`);
