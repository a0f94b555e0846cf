// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

/**
 * 券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,
 * by palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs
 * enumerate these 14 upper-case names, which this spec follows (wechatpay-go/wechatpay-java `BackgroundColor`). The hex swatches
 * and colour words below come from the WeChat 卡券 palette in community code (low confidence).
 */
export const BackgroundColor = {
  /** #63B359 绿色 (green) */
  COLOR010: "COLOR010",
  /** #2C9F67 深绿色 (dark green) */
  COLOR020: "COLOR020",
  /** #509FC9 蓝色 (blue) */
  COLOR030: "COLOR030",
  /** #5885CF 深蓝色 (dark blue) */
  COLOR040: "COLOR040",
  /** #9062C0 紫色 (purple) */
  COLOR050: "COLOR050",
  /** #D09A45 棕色 (brown) */
  COLOR060: "COLOR060",
  /** #E4B138 黄色 (yellow) */
  COLOR070: "COLOR070",
  /** #EE903C 橙色 (orange) */
  COLOR080: "COLOR080",
  /** #F08500 深橙色 (deep orange) */
  COLOR081: "COLOR081",
  /** #A9D92D 浅绿色 (light green) */
  COLOR082: "COLOR082",
  /** #DD6549 红橙色 (red-orange) */
  COLOR090: "COLOR090",
  /** #CC463D 红色 (red) */
  COLOR100: "COLOR100",
  /** #CF3E36 深红色 (dark red) */
  COLOR101: "COLOR101",
  /** #5E6671 灰色 (grey) */
  COLOR102: "COLOR102",
} as const;

/**
 * 券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,
 * by palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs
 * enumerate these 14 upper-case names, which this spec follows (wechatpay-go/wechatpay-java `BackgroundColor`). The hex swatches
 * and colour words below come from the WeChat 卡券 palette in community code (low confidence).
 */
export type BackgroundColor = (typeof BackgroundColor)[keyof typeof BackgroundColor];

/** 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money). */
export const BusinessType = {
  /** 消费金 (consumption money) */
  MULTIUSE: "MULTIUSE",
} as const;

/** 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money). */
export type BusinessType = (typeof BusinessType)[keyof typeof BusinessType];

/**
 * 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
 * and is listed so a response carrying it still validates.
 */
export const CouponStatus = {
  /** 可用 (sent, usable) */
  SENDED: "SENDED",
  /** 已实扣 (redeemed) */
  USED: "USED",
  /** 已过期 (expired) */
  EXPIRED: "EXPIRED",
  /** 已回收 (recovered; low confidence, [TNM] only) */
  RECOVER: "RECOVER",
} as const;

/**
 * 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
 * and is listed so a response carrying it still validates.
 */
export type CouponStatus = (typeof CouponStatus)[keyof typeof CouponStatus];

/**
 * 查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.
 * 与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。
 * With creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.
 * Ignored with available_mchid.
 */
export const CouponStatusFilter = {
  /** 可用 (usable coupons) */
  SENDED: "SENDED",
  /** 已实扣 (usable plus redeemed coupons) */
  USED: "USED",
} as const;

/**
 * 查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.
 * 与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。
 * With creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.
 * Ignored with available_mchid.
 */
export type CouponStatusFilter = (typeof CouponStatusFilter)[keyof typeof CouponStatusFilter];

/** 券类型。Coupon type. */
export const CouponType = {
  /** 满减券 (fixed-value "spend X, save Y" coupon) */
  NORMAL: "NORMAL",
  /** 减至券 (price-cut-to coupon) */
  CUT_TO: "CUT_TO",
} as const;

/** 券类型。Coupon type. */
export type CouponType = (typeof CouponType)[keyof typeof CouponType];

/** 通知的事件类型。Event type of the notification. */
export const CouponUseEventType = {
  /** 代金券核销事件 (coupon redeemed); the partner doc sample wrongly shows TRANSACTION.SUCCESS */
  COUPON_USE: "COUPON.USE",
} as const;

/** 通知的事件类型。Event type of the notification. */
export type CouponUseEventType = (typeof CouponUseEventType)[keyof typeof CouponUseEventType];

/**
 * 创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`
 * (the create-stock page lists only NORMAL; the SDKs' longer lists are not accepted on create). Responses use the open
 * `StockType` instead.
 */
export const CreateStockType = {
  /** 固定面额满减券批次 (fixed-value "spend X, save Y" stock) */
  NORMAL: "NORMAL",
} as const;

/**
 * 创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`
 * (the create-stock page lists only NORMAL; the SDKs' longer lists are not accepted on create). Responses use the open
 * `StockType` instead.
 */
export type CreateStockType = (typeof CreateStockType)[keyof typeof CreateStockType];

/** 券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`. */
export const JumpTarget = {
  /** 跳转到付款码 (open the payment code) */
  PAYMENT_CODE: "PAYMENT_CODE",
  /** 跳转到小程序，需同时填写 mini_program_appid 与 mini_program_path (open a mini program; needs mini_program_appid and mini_program_path) */
  MINI_PROGRAM: "MINI_PROGRAM",
  /** 默认页面 (the default page) */
  DEFAULT_PAGE: "DEFAULT_PAGE",
} as const;

/** 券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`. */
export type JumpTarget = (typeof JumpTarget)[keyof typeof JumpTarget];

/** 资源加密算法；解密前先检查它。Encryption algorithm of the resource; check it before decrypting. */
export const NotificationAlgorithm = {
  /** AES-256-GCM（RFC 5116），密钥为 APIv3 密钥 (AES-256-GCM keyed with the APIv3 key) */
  AEAD_AES_256_GCM: "AEAD_AES_256_GCM",
} as const;

/** 资源加密算法；解密前先检查它。Encryption algorithm of the resource; check it before decrypting. */
export type NotificationAlgorithm =
  (typeof NotificationAlgorithm)[keyof typeof NotificationAlgorithm];

/** 加密前的对象类型。Object type before encryption. */
export const NotificationOriginalType = {
  /** 代金券 (a coupon; the plaintext is CouponUseResource) */
  coupon: "coupon",
} as const;

/** 加密前的对象类型。Object type before encryption. */
export type NotificationOriginalType =
  (typeof NotificationOriginalType)[keyof typeof NotificationOriginalType];

/** 通知资源数据类型。Resource type of the notification. */
export const NotificationResourceType = {
  /** 加密的资源数据 (encrypted resource) */
  encrypt_resource: "encrypt-resource",
} as const;

/** 通知资源数据类型。Resource type of the notification. */
export type NotificationResourceType =
  (typeof NotificationResourceType)[keyof typeof NotificationResourceType];

/** 消费金可用地域的粒度。Granularity of a consumption-money region. */
export const RegionType = {
  /** 省级 (province) */
  PROVINCE: "PROVINCE",
  /** 市级 (city) */
  CITY: "CITY",
  /** 区县级 (district) */
  DISTRICT: "DISTRICT",
  /** 国家 (country) */
  COUNTRY: "COUNTRY",
} as const;

/** 消费金可用地域的粒度。Granularity of a consumption-money region. */
export type RegionType = (typeof RegionType)[keyof typeof RegionType];

/**
 * 批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling
 * `stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;
 * pause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.
 */
export const StockStatus = {
  /** 未激活 (created, not activated yet) */
  unactivated: "unactivated",
  /** 审核中 (under review) */
  audit: "audit",
  /** 运行中 (active, coupons can be sent) */
  running: "running",
  /** 已停止 (stopped for good; spelling as in the API) */
  stoped: "stoped",
  /** 暂停发放 (sending paused) */
  paused: "paused",
} as const;

/**
 * 批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling
 * `stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;
 * pause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.
 */
export type StockStatus = (typeof StockStatus)[keyof typeof StockStatus];

/** 支付方式。Payment method the coupon may be used with. */
export const TradeType = {
  /** 小程序支付 (mini-program payment) */
  MICROAPP: "MICROAPP",
  /** APP支付 (in-app payment) */
  APPPAY: "APPPAY",
  /** 免密支付 (password-free payment) */
  PPAY: "PPAY",
  /** 刷卡支付 (card / payment-code payment) */
  CARD: "CARD",
  /** 人脸支付 (face payment) */
  FACE: "FACE",
  /** 其他支付 (other payment methods) */
  OTHER: "OTHER",
} as const;

/** 支付方式。Payment method the coupon may be used with. */
export type TradeType = (typeof TradeType)[keyof typeof TradeType];
