/** Package version, sent in the default User-Agent. Keep in step with package.json. */
export const VERSION = "0.1.0";
