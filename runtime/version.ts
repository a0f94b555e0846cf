/** Package version, sent in the default User-Agent. test/runtime/version.test.ts fails when it differs from package.json. */
export const VERSION = "0.1.0";
