/** `npm run usage:write -- [spec/openapi.yaml] [test/usage]`: one typed call per operation. */
import { runCli } from "../cli-entry.js";
import { runUsageWriter } from "./usage-writer.js";

runCli("usage:write", (argv, io) => runUsageWriter(argv, io));
