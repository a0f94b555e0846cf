/**
 * The replay window of WECHATPAY2 signatures: a `Wechatpay-Timestamp` (or the request's timestamp)
 * more than 300 s from our clock, in either direction, is refused. 300 s is what WeChat Pay enforces
 * on requests and what the official SDKs check on responses (wechatpay-go
 * `core/auth/validators/wechat_pay_validator.go`; "5 分钟" on
 * https://pay.weixin.qq.com/wiki/doc/apiv3/wechatpay/wechatpay4_1.shtml). The client's verifier and
 * the sandbox's request check use this one constant.
 */
export const MAX_CLOCK_SKEW_SECONDS = 300;
