// Generated from spec — do not edit. Run `npm run generate` after changing spec/.

export interface paths {
    "/v3/marketing/favor/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询消息通知地址 (Query the notification URL)
         * @description 查询商户设置的营销事件通知地址。接口支持幂等重入。
         *     Returns the notification URL set for the merchant. Idempotent.
         */
        get: operations["queryCallback"];
        put?: never;
        /**
         * 设置消息通知地址 (Set the notification URL)
         * @description 设置接收营销事件（核销事件 COUPON.USE）通知的地址。前提：已开通“营销事件推送”产品权限、已设置 APIv3 密钥；
         *     只推送商户自己创建的批次的事件。mchid 必须是批次创建方。notify_url 必须是 HTTPS、外网可访问、不带参数。
         *     接口支持幂等重入。
         *     Sets the URL that receives marketing events (COUPON.USE). Requires the "marketing event push"
         *     permission and an APIv3 key; only events of stocks the merchant created are pushed. `mchid` must
         *     be the stock creator; `notify_url` must be HTTPS with no query string. Idempotent.
         */
        post: operations["setCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/coupon-stocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 创建代金券批次 (Create a coupon stock)
         * @description 创建微信支付代金券批次（预充值或免充值）；创建完成后得到批次号 stock_id，可用于各营销场景的活动投放。
         *     新批次处于 `unactivated`（未激活）状态，需调用 startStock 激活后才能发券；预充值批次（no_cash=false）
         *     在激活时从制券商户余额中扣除预算。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用相同
         *     out_request_no 重试。
         *     Creates a WeChat Pay cash-coupon stock (prefunded or not). The new stock is `unactivated`; call
         *     startStock before sending coupons (a prefunded stock's budget is taken at that point). Idempotent
         *     by `out_request_no`: after a timeout or 5xx, retry with the same value.
         *
         *     约束 / constraints: stock_type 仅支持 `NORMAL`；max_amount = coupon_amount × max_coupons；
         *     transaction_minimum > coupon_amount；belong_merchant 必须是调用商户号；可用时间窗口 ≤ 90 天、
         *     开始时间不早于当前且在 365 天内。
         */
        post: operations["createCouponStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/media/image-upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 图片上传（营销专用）(Upload a marketing image)
         * @description 上传营销用图片（商户 logo、券详情图片），得到永久有效的 media_url。请求为 multipart/form-data，包含两部分：
         *     `meta`（JSON：filename 与文件内容的 SHA-256）和 `file`（图片二进制，JPG/BMP/PNG，不超过 2 MB）。
         *     **签名串第 5 行是 meta 的 JSON 串**（与 meta 部分逐字节一致），不是整个 multipart 请求体。
         *     官方 SDK 先写 meta 再写 file；文档示例顺序相反，顺序可能无关紧要。未声明幂等。
         *     Uploads a marketing image (merchant logo, coupon image) and returns a permanent `media_url`.
         *     multipart/form-data with two parts: `meta` (JSON with filename and the SHA-256 of the file bytes)
         *     and `file` (JPG/BMP/PNG, at most 2 MB). **Line 5 of the signing string is the meta JSON**,
         *     byte-identical to the meta part — never the multipart body. The SDK sends meta first; the order
         *     is probably not significant. Not documented as idempotent.
         */
        post: operations["uploadImage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 条件查询批次列表 (List stocks)
         * @description 查询多个批次的信息，包括批次的配置信息以及批次概况数据。只返回 stock_creator_mchid 创建的批次。
         *     分页：`offset` 是页码（从 0 开始，默认第 0 页），不是行偏移；`limit` 是分页大小，**最大 10**，超过返回
         *     400 PARAM_ERROR“页大小超过阈值”。时间参数在 URL 中，必须做 URL 编码（`+` → `%2B`，`:` → `%3A`）。
         *     Lists the stocks created by `stock_creator_mchid`, with their configuration and figures.
         *     Paging: `offset` is a PAGE INDEX from 0 (not a row offset); `limit` is the page size, at most 10
         *     (larger values give 400 PARAM_ERROR "页大小超过阈值"). Percent-encode the RFC 3339 query values.
         */
        get: operations["listStocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询批次详情 (Get a stock)
         * @description 查询一个代金券批次的详情。批次创建方和发券方都可以调用；stock_creator_mchid 必须是批次创建方。
         *     Returns one stock. Both the creator and an authorised sending merchant may call it;
         *     `stock_creator_mchid` must be the creator. Idempotent.
         */
        get: operations["queryStock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询代金券可用单品 (List a stock's available items)
         * @description 查询批次的可用商品编码，判断券是否可用于某些商品，来决定是否展示。批次必须是代金券（全场券或单品券）批次，
         *     不支持立减与折扣。`offset` 是页码（从 0 开始，最大 500），不是行偏移；`limit` 是分页大小（最大 100）。
         *     接口支持幂等重入。频率限制按官方文档：不区分来源 1000/min，单 IP 200/min（SDK 写 600/min，以文档为准）。
         *     Lists the SKU codes a stock applies to, to decide whether to show the coupon. 代金券 (全场/单品)
         *     stocks only, not 立减/折扣. `offset` is a PAGE INDEX from 0 (max 500), not a row offset; `limit`
         *     is the page size (max 100). Idempotent. Rate limits follow the doc (1000/min overall, 200/min per
         *     IP); the SDK's 600/min is ignored.
         */
        get: operations["listAvailableSingleitems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询代金券可用商户 (List a stock's available merchants)
         * @description 分页查询批次的可用商户号。调用方只能查询自己创建或有权发放的批次。
         *     `offset` 是页码（从 0 开始，最大 1000），不是行偏移；`limit` 是分页大小（最大 50）。
         *     请求超出最后一页的页码时，社区报告会返回 400 MCH_NOT_EXISTS“商户号不合法”。
         *     Lists the merchants where a stock's coupons can be used, one page at a time. The caller may only
         *     query stocks it created or may send. `offset` is a PAGE INDEX from 0 (max 1000), not a row
         *     offset; `limit` is the page size (max 50; an integer, although one third-party description types
         *     it as a string). Asking for a page past the last one has been seen to return 400 MCH_NOT_EXISTS.
         *     Limits come from the official SDK (the doc page was not retrieved).
         */
        get: operations["listAvailableMerchants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 暂停代金券批次 (Pause a stock)
         * @description 暂停一个正在运行（`running`）的批次：暂停后状态为 `paused`，用户无法通过任何渠道再领取该批次的券。
         *     仅支持代金券（全场/单品）批次，不支持立减与折扣批次。接口支持幂等重入。用 restartStock 恢复。
         *     Pauses an active (`running`) stock → `paused`: users can no longer receive its coupons through any
         *     channel. 代金券 (全场/单品) stocks only; 立减/折扣 stocks are not supported. Idempotent. Resume with
         *     restartStock.
         *
         *     前置条件 / precondition: 批次已激活 (stock active).
         */
        post: operations["pauseStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/refund-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载批次退款明细 (Get the refund-detail file URL)
         * @description 获取批次退款明细文件的下载链接。支持全场、单品、立减与折扣批次；只有批次创建方可以调用。
         *     活动结束后次日 10:00 起可下载；在此之前或没有数据时返回 404 RESOURCE_NOT_EXISTS（“账单文件不存在”）。
         *     **本接口的应答不带微信支付签名，不做应答验签**（x-wechatpay-unsigned-response）。下载链接 30 秒内有效；
         *     下载 `url` 本身是一次正常签名的 APIv3 GET，文件内容也不签名，须用 hash_value（SHA1）校验。
         *     Returns a download link for the stock's refund detail file. All stock kinds are supported; only the
         *     creator may call. Available from 10:00 the day after the activity ends; before that (or with no
         *     data) the call returns 404 RESOURCE_NOT_EXISTS. **The response is NOT signed — skip response
         *     verification.** The link is valid for 30 s; fetching it is itself a signed APIv3 GET whose body is
         *     also unsigned, so check the file against `hash_value` (SHA-1).
         */
        get: operations["refundFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/restart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 重启代金券批次 (Restart a paused stock)
         * @description 重启一个已暂停（`paused`）的批次，重启后状态恢复为 `running`。文档未声明幂等，因此不标记为可安全重试。
         *     频率限制取自官方 SDK（1000/min），官方页面未取得（低置信度）。
         *     Resumes a `paused` stock → `running`. Not documented as idempotent, so it is not marked retry-safe.
         *     The rate limit (1000/min) comes from the official SDK; the doc page was not retrieved (low confidence).
         *
         *     前置条件 / precondition: 批次已暂停 (stock paused).
         */
        post: operations["restartStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 激活代金券批次 (Start (activate) a stock)
         * @description 激活一个已创建（`unactivated`）的批次，激活后状态为 `running`，可以开始发券。预充值批次（no_cash=false）
         *     在此时从制券商户可用余额中锁定预算，余额不足返回 403 NOT_ENOUGH。接口支持幂等重入。请求体只有
         *     stock_creator_mchid，不要在请求体中放 stock_id。
         *     Activates a created (`unactivated`) stock → `running`, so coupons can be sent. A prefunded stock's
         *     budget is locked from the creator's balance at this step (403 NOT_ENOUGH if short). Idempotent.
         *     The body is exactly `{"stock_creator_mchid": "…"}`; never put stock_id in the body.
         *
         *     前置条件 / precondition: 批次已创建 (stock created).
         */
        post: operations["startStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 终止代金券批次 (Stop an un-activated stock)
         * @description 终止批次：只能终止**未激活**（`unactivated`）的批次（来自官方 SDK 注释，公开文档索引中没有此接口）。
         *     未声明频率限制，未声明幂等。
         *     Stops a stock that has NOT been activated (`unactivated`) — per the official SDK; the public doc index
         *     has no page for it. No documented rate limit; not documented as idempotent.
         *
         *     前置条件 / precondition: 批次未激活 (stock not activated).
         */
        post: operations["stopStock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/stocks/{stock_id}/use-flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载批次核销明细 (Get the redemption-detail file URL)
         * @description 获取批次核销明细文件的下载链接。支持全场、单品、立减与折扣批次；只有批次创建方可以调用。
         *     活动结束后次日 10:00 起可下载；在此之前或没有数据时返回 404 RESOURCE_NOT_EXISTS（“账单文件不存在”）。
         *     **本接口的应答不带微信支付签名，不做应答验签**（x-wechatpay-unsigned-response）。下载链接 30 秒内有效；
         *     下载 `url` 本身是一次正常签名的 APIv3 GET，文件内容也不签名，须用 hash_value（SHA1）校验。
         *     Returns a download link for the stock's redemption detail file. All stock kinds are supported; only the
         *     creator may call. Available from 10:00 the day after the activity ends; before that (or with no
         *     data) the call returns 404 RESOURCE_NOT_EXISTS. **The response is NOT signed — skip response
         *     verification.** The link is valid for 30 s; fetching it is itself a signed APIv3 GET whose body is
         *     also unsigned, so check the file against `hash_value` (SHA-1).
         */
        get: operations["useFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/users/{openid}/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 根据商户号查用户的券 (List a user's coupons)
         * @description 根据商户号查询用户（openid）的代金券。creator_mchid / sender_mchid / available_mchid 三选一（新文档只有
         *     创建方与可用商户两种，sender_mchid 暂未开放）；推荐用 creator_mchid（“谁创券谁查券”）。
         *     - creator_mchid：返回除已过期外的所有状态；status=SENDED 返回可用券，status=USED 返回可用和已实扣的券。
         *     - available_mchid：只返回可用券，且忽略 stock_id、status、offset、limit；同时传 creator_mchid 时以
         *       creator_mchid 为准。按可用商户查询看不到已核销的券。
         *     - 本接口查不到立减金（全平台券）。`offset` 是页码（从 0 开始），`limit` 默认 20，未公布最大值。
         *     Lists a user's coupons. Give exactly one of creator_mchid / sender_mchid / available_mchid
         *     (the newer doc drops sender_mchid, "not open yet"); creator_mchid is recommended. With
         *     available_mchid only usable coupons come back and stock_id/status/offset/limit are ignored;
         *     creator_mchid wins if both are given. `offset` is a PAGE INDEX from 0; `limit` defaults to 20
         *     with no documented maximum. Idempotent.
         */
        get: operations["listCouponsByFilter"];
        put?: never;
        /**
         * 发放代金券 (Send a coupon to a user)
         * @description 向用户（openid）发放指定批次的代金券。批次须处于 `running`（已激活）状态，仅支持代金券（全场/单品）批次。
         *     默认只能发放自己创建的批次；跨商户发券需要创建方授权，此时只有 stock_id 和 stock_creator_mchid 取自创建方。
         *     appid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入：以 out_request_no 为幂等键，超时或 5xx 时用
         *     相同 out_request_no 重试不会重复发券。
         *     Sends one coupon of a `running` stock to the user. By default a merchant may only send stocks it
         *     created; cross-merchant sending needs the creator's authorisation (then only stock_id and
         *     stock_creator_mchid come from the creator). `appid` must match the openid and be bound to the
         *     calling mchid. Idempotent by `out_request_no`: after a timeout or 5xx, retry with the same value.
         */
        post: operations["sendCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/marketing/favor/users/{openid}/coupons/{coupon_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询代金券详情 (Get a user's coupon)
         * @description 查询用户（openid）的一张代金券的详情，包括核销信息（consume_information，核销后才有）。
         *     批次创建方商户号和发券方商户号都可以调用；appid 必须与 openid 匹配并与调用商户号绑定。接口支持幂等重入。
         *     Returns one coupon of the user, including `consume_information` once it is redeemed. Both the
         *     creator and the sending merchant may call it; `appid` must match the openid and be bound to the
         *     calling mchid. Idempotent.
         */
        get: operations["queryCoupon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    couponUse: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 核销事件回调通知 (Coupon-use notification, COUPON.USE)
         * @description 代金券被核销时，微信支付向 setCallback 设置的 notify_url（HTTPS、不带参数）POST 本通知。
         *     处理步骤：先按应答验签规则验签（`Wechatpay-Timestamp\nWechatpay-Nonce\n原始报文体\n`，时间戳 ±300 秒），
         *     再用 APIv3 密钥以 AEAD_AES_256_GCM 解密 resource，明文结构见 CouponUseResource。
         *     5 秒内应答：成功回 HTTP 200 或 204（无需应答体）；失败回 4xx/5xx，微信支付每分钟重试一次，共 9 次。
         *     通知可能重复，按通知 id（或 coupon_id + event_type）幂等处理。`Wechatpay-Signature` 以
         *     `WECHATPAY/SIGNTEST/` 开头的是签名探测，必须按验签失败处理（回 4xx/5xx）。
         *     Sent by WeChat Pay to the merchant's notify_url when a coupon is redeemed. Verify the signature
         *     first (3-line string `timestamp\nnonce\nbody\n`, ±300 s window), then decrypt `resource` with the
         *     APIv3 key (AEAD_AES_256_GCM); the plaintext is `CouponUseResource`. Answer within 5 s: 200/204
         *     on success; 4xx/5xx on failure and WeChat Pay retries once a minute, 9 times in total. Duplicates
         *     happen: de-duplicate on the notification `id`. A signature starting with `WECHATPAY/SIGNTEST/` is
         *     a probe and must be treated as a verification failure.
         */
        post: operations["couponUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * AvailableMerchantCollection
         * @description 代金券可用商户（一页）。One page of listAvailableMerchants.
         * @example {
         *       "data": [
         *         "9856000",
         *         "9856001"
         *       ],
         *       "limit": 50,
         *       "offset": 0,
         *       "stock_id": "9856000",
         *       "total_count": 2
         *     }
         */
        AvailableMerchantCollection: {
            /**
             * @description 本页的可用商户号。Merchant numbers on this page.
             * @example [
             *       "9856000",
             *       "9856001"
             *     ]
             */
            data?: string[];
            /**
             * @description 分页大小。Page size.
             * @example 50
             */
            limit: number;
            /**
             * @description 分页页码（从 0 开始）。Page INDEX (from 0).
             * @example 0
             */
            offset: number;
            /**
             * @description 批次号。Stock ID.
             * @example 9856000
             */
            stock_id: string;
            /**
             * @description 可用商户总数。Total number of merchants (all pages).
             * @example 2
             */
            total_count: number;
        };
        /**
         * AvailableSingleitemCollection
         * @description 代金券可用单品（一页）。One page of listAvailableSingleitems.
         * @example {
         *       "data": [
         *         "1232001"
         *       ],
         *       "limit": 5,
         *       "offset": 0,
         *       "stock_id": "15019035",
         *       "total_count": 1
         *     }
         */
        AvailableSingleitemCollection: {
            /**
             * @description 本页的可用单品编码：单个长度 1–128，1–100 个。SKU codes on this page; each 1–128 characters, 1–100 entries.
             * @example [
             *       "1232001"
             *     ]
             */
            data?: string[];
            /**
             * @description 分页大小。Page size.
             * @example 10
             */
            limit: number;
            /**
             * @description 分页页码（从 0 开始）。Page INDEX (from 0).
             * @example 10
             */
            offset: number;
            /**
             * @description 批次号。Stock ID.
             * @example 9865000
             */
            stock_id: string;
            /**
             * @description 可用单品编码总数。Total number of SKU codes (all pages).
             * @example 200
             */
            total_count: number;
        };
        /**
         * BackgroundColor
         * @description 券的背景颜色（卡券背景颜色图中的颜色名称）。不用则不传，不可以传空值。Coupon background colour,
         *     by palette name; omit it rather than sending "". The docs speak of "10 colours"; the official SDKs
         *     enumerate these 14 upper-case names, which this spec follows (wechatpay-go/wechatpay-java `BackgroundColor`). The hex swatches
         *     and colour words below come from the WeChat 卡券 palette in community code (low confidence).
         * @example COLOR020
         * @enum {string}
         */
        BackgroundColor: "COLOR010" | "COLOR020" | "COLOR030" | "COLOR040" | "COLOR050" | "COLOR060" | "COLOR070" | "COLOR080" | "COLOR081" | "COLOR082" | "COLOR090" | "COLOR100" | "COLOR101" | "COLOR102";
        /**
         * BusinessType
         * @description 细分业务类型，仅消费金返回。Sub-business type; only present for 消费金 (consumption money).
         * @example MULTIUSE
         * @enum {string}
         */
        BusinessType: "MULTIUSE";
        /**
         * Callback
         * @description 查询消息通知地址应答。Response of queryCallback.
         * @example {
         *       "mchid": "9856888",
         *       "notify_url": "https://pay.weixin.qq.com/notify"
         *     }
         */
        Callback: {
            /**
             * @description 商户号。Merchant number.
             * @example 9856888
             */
            mchid: string;
            /**
             * @description 通知地址。Notification URL.
             * @example https://pay.weixin.qq.com/notify
             */
            notify_url: string;
        };
        /**
         * CardLimitation
         * @description 指定银行卡 BIN：当批次限定了指定银行卡时方可生效。Restrict to card BINs; effective only when a specific card is the limit.
         * @example {
         *       "bin": [
         *         "62123456",
         *         "62123457"
         *       ],
         *       "name": "精粹白金"
         *     }
         */
        CardLimitation: {
            /**
             * @description 指定卡 BIN，单个卡 BIN 长度 6–9 位，1–10 个。Card BINs, each 6–9 characters, 1–10 entries.
             * @example [
             *       "62123456",
             *       "62123457"
             *     ]
             */
            bin: string[];
            /**
             * @description 银行卡名称，将在收银台展示，最多 4 个中文汉字。Card name shown at the cashier; ≤4 Chinese characters.
             * @example 精粹白金
             */
            name: string;
        };
        /**
         * ConsumeInformation
         * @description 核销信息，券被核销后才有（查询券与 COUPON.USE 通知共用）。Redemption details, present once the
         *     coupon is redeemed; shared by queryCoupon/listCouponsByFilter and the COUPON.USE notification.
         * @example {
         *       "consume_mchid": "9856000",
         *       "consume_time": "2015-05-20T14:00:00+08:00",
         *       "transaction_id": "4200000000000000000000000001"
         *     }
         */
        ConsumeInformation: {
            /**
             * @description 消费金核销金额，单位：分；仅 business_type=MULTIUSE 时（通知中）返回。Redeemed consumption-money amount in fen; only for MULTIUSE (notification).
             * @example 100
             */
            consume_amount?: number;
            /**
             * @description 核销商户号（收款商户；间连模式下为银联/网联商户号）。Collecting merchant (in indirect mode the UnionPay/NetsUnion merchant number).
             * @example 9856000
             */
            consume_mchid: string;
            /**
             * Format: date-time
             * @description 核销时间（RFC 3339）。Redemption time.
             * @example 2015-05-20T14:00:00+08:00
             */
            consume_time: string;
            /** @description 单品信息。Goods lines. */
            goods_detail?: components["schemas"]["GoodsDetail"][];
            /**
             * @description 核销订单的微信支付订单号。WeChat Pay transaction ID of the order.
             * @example 4200000000000000000000000001
             */
            transaction_id: string;
        };
        /**
         * Coupon
         * @description 用户的一张代金券（查询代金券详情与根据商户号查用户的券共用）。One coupon of a user; returned by
         *     queryCoupon and as an element of listCouponsByFilter. coupon_id, consume_information,
         *     available_balance and business_type are in the official docs but missing from the Go SDK model;
         *     they are included here.
         * @example {
         *       "available_begin_time": "2015-05-20T13:29:35+08:00",
         *       "available_end_time": "2015-05-21T13:29:35+08:00",
         *       "coupon_id": "9856789",
         *       "coupon_name": "微信支付代金券",
         *       "coupon_type": "NORMAL",
         *       "create_time": "2015-05-20T13:29:35+08:00",
         *       "description": "微信支付营销",
         *       "no_cash": false,
         *       "normal_coupon_information": {
         *         "coupon_amount": 100,
         *         "transaction_minimum": 200
         *       },
         *       "singleitem": false,
         *       "status": "SENDED",
         *       "stock_creator_mchid": "9856000",
         *       "stock_id": "9856888"
         *     }
         */
        Coupon: {
            /**
             * @description 消费金可用余额（仅 MULTIUSE）。Remaining consumption-money balance (MULTIUSE only).
             * @example 100
             */
            available_balance?: number;
            /**
             * Format: date-time
             * @description 可用开始时间。Availability start.
             * @example 2015-05-20T13:29:35+08:00
             */
            available_begin_time: string;
            /**
             * Format: date-time
             * @description 可用结束时间。Availability end.
             * @example 2015-05-21T13:29:35+08:00
             */
            available_end_time: string;
            business_type?: components["schemas"]["BusinessType"];
            consume_information?: components["schemas"]["ConsumeInformation"];
            /**
             * @description 券 ID。Coupon ID.
             * @example 9856789
             */
            coupon_id: string;
            /**
             * @description 券名称（批次名称）。Coupon name.
             * @example 微信支付代金券
             */
            coupon_name: string;
            coupon_type: components["schemas"]["CouponType"];
            /**
             * Format: date-time
             * @description 领券时间（RFC 3339）。Time the coupon was received.
             * @example 2015-05-20T13:29:35+08:00
             */
            create_time: string;
            cut_to_message?: components["schemas"]["CutToMessage"];
            /**
             * @description 使用说明。Usage description.
             * @example 微信支付营销
             */
            description: string;
            /**
             * @description 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
             * @example false
             */
            no_cash: boolean;
            normal_coupon_information?: components["schemas"]["NormalCouponInformation"];
            /**
             * @description 是否单品优惠。Single-item (SKU) discount.
             * @example false
             */
            singleitem: boolean;
            status: components["schemas"]["CouponStatus"];
            /**
             * @description 批次创建方商户号。Merchant that created the stock.
             * @example 9856000
             */
            stock_creator_mchid: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9856888
             */
            stock_id: string;
        };
        /**
         * CouponCollection
         * @description 根据商户号查用户的券（一页）。One page of listCouponsByFilter.
         * @example {
         *       "data": [],
         *       "limit": 20,
         *       "offset": 0,
         *       "total_count": 0
         *     }
         */
        CouponCollection: {
            /** @description 本页的券；可能缺省或为空（SDK 标为选填）。Coupons on this page; may be absent or empty. */
            data?: components["schemas"]["Coupon"][];
            /**
             * @description 分页大小。Page size.
             * @example 20
             */
            limit: number;
            /**
             * @description 分页页码（从 0 开始）。Page INDEX (from 0).
             * @example 0
             */
            offset: number;
            /**
             * @description 查询到的券总数。Total number of matching coupons (all pages).
             * @example 1
             */
            total_count: number;
        };
        /**
         * CouponRule
         * @description 核销规则（创建请求侧）。fixed_normal_coupon 在 stock_type=NORMAL 时必填，而创建接口只接受 NORMAL，所以这里是必填。
         *     Redemption rules of a stock, request side (createCouponStock). `fixed_normal_coupon` is required
         *     for stock_type NORMAL, the only type create accepts, so it is required here.
         * @example {
         *       "available_items": [
         *         "123321",
         *         "123322"
         *       ],
         *       "available_merchants": [
         *         "9856000",
         *         "9856001"
         *       ],
         *       "combine_use": false,
         *       "fixed_normal_coupon": {
         *         "coupon_amount": 50,
         *         "transaction_minimum": 100
         *       },
         *       "goods_tag": [
         *         "123321",
         *         "123322"
         *       ],
         *       "trade_type": [
         *         "OTHER",
         *         "APPPAY"
         *       ]
         *     }
         */
        CouponRule: {
            /**
             * @description 可核销商品编码（SKU）：单个长度 1–128，1–50 个。设置后门槛只计算命中的商品金额。
             *     SKU codes that can use the coupon: each 1–128 characters, 1–50 entries. If set, the threshold
             *     counts only the matching SKUs.
             * @example [
             *       "123321",
             *       "456654"
             *     ]
             */
            available_items?: string[];
            /**
             * @description 可用商户号，1–50 个。no_cash=false（预充值）时可填任何特约商户或普通商户；no_cash=true（免充值）时只能填
             *     本商户号、同品牌商户或已授权的子商户（渠道商/银行服务商/从业机构可直接添加旗下子商户）。
             *     官方 SDK 标为选填，但旧文档与所有实际样例都填写了它，本规范按必填处理。
             *     Merchants where the coupon can be used, 1–50 mchids. Prefunded stocks allow any merchant;
             *     no-prefund stocks allow self, same-brand merchants or sub-merchants that granted authorisation.
             *     The Go SDK marks it optional, but the older doc and every real sample send it, so this spec
             *     makes it REQUIRED.
             * @example [
             *       "9856000",
             *       "9856111"
             *     ]
             */
            available_merchants: string[];
            /**
             * @description 是否可叠加本商户号创建的其他券，不填则默认允许。Can stack with this merchant's other coupons; default: allowed.
             * @example false
             */
            combine_use?: boolean;
            coupon_available_time?: components["schemas"]["FavorAvailableTime"];
            fixed_normal_coupon: components["schemas"]["FixedNormalCoupon"];
            /**
             * @description 订单优惠标记：最多 50 个；每个只能包含字母、数字、下划线，不超过 128 个字符。商户下单时需传入相同的
             *     goods_tag，用户同时符合其他规则才能享受优惠。
             *     Order tags: ≤50 entries; each letters, digits or `_`, ≤128 characters. The order must carry the
             *     same goods_tag for the coupon to apply.
             * @example [
             *       "123321",
             *       "456654"
             *     ]
             */
            goods_tag?: string[];
            limit_card?: components["schemas"]["CardLimitation"];
            /**
             * @description 指定付款方式：条目个数限制为 [1,1]，填支付方式编码，零钱为 `CFT`，银行卡如 `ICBC_CREDIT`。
             *     Payment-method restriction: exactly one code, `CFT` = 零钱 (balance) or a bank code such as `ICBC_CREDIT`.
             * @example [
             *       "ICBC_CREDIT"
             *     ]
             */
            limit_pay?: string[];
            /**
             * @description 允许的支付方式，不填则默认“不限”。Allowed payment methods; empty or absent means no restriction.
             * @example [
             *       "MICROAPP",
             *       "APPPAY"
             *     ]
             */
            trade_type?: components["schemas"]["TradeType"][];
            /**
             * @description 不可核销商品编码。该字段暂未开放。SKU codes excluded from the coupon; not open yet.
             * @example [
             *       "789987",
             *       "56765"
             *     ]
             */
            unavailable_items?: string[];
        };
        /**
         * CouponStatus
         * @description 券状态。Coupon status. `RECOVER` appears only in third-party descriptions ([TNM], low confidence)
         *     and is listed so a response carrying it still validates.
         * @example SENDED
         * @enum {string}
         */
        CouponStatus: "SENDED" | "USED" | "EXPIRED" | "RECOVER";
        /**
         * CouponStatusFilter
         * @description 查询用户的券时可用的状态过滤值。Status values accepted by the list-coupons filter.
         *     与 creator_mchid 同用时：SENDED 返回可用券，USED 返回可用和已实扣的券；与 available_mchid 同用时忽略。
         *     With creator_mchid: SENDED returns usable coupons, USED returns usable plus redeemed ones.
         *     Ignored with available_mchid.
         * @example SENDED
         * @enum {string}
         */
        CouponStatusFilter: "SENDED" | "USED";
        /**
         * CouponType
         * @description 券类型。Coupon type.
         * @example NORMAL
         * @enum {string}
         */
        CouponType: "NORMAL" | "CUT_TO";
        /**
         * CouponUseEncryptedResource
         * @description 通知中的加密资源。解密 / decryption (AEAD_AES_256_GCM, RFC 5116): key = APIv3 密钥的 32 个字节原样
         *     (the APIv3 key's 32 bytes as-is); IV = `nonce` 的 UTF-8 字节 (12 bytes); AAD = `associated_data` 的
         *     UTF-8 字节（可为空串）; data = base64 解码后的 `ciphertext`，最后 16 字节是 GCM tag。明文是 UTF-8 JSON，
         *     结构见 `CouponUseResource`。先验签、再解密。Verify the notification signature first, then decrypt;
         *     the plaintext is UTF-8 JSON shaped like `CouponUseResource`. `nonce` has nothing to do with the
         *     `Wechatpay-Nonce` header.
         * @example {
         *       "algorithm": "AEAD_AES_256_GCM",
         *       "associated_data": "",
         *       "ciphertext": "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
         *       "nonce": "abcdef012345",
         *       "original_type": "coupon"
         *     }
         */
        CouponUseEncryptedResource: {
            algorithm: components["schemas"]["NotificationAlgorithm"];
            /**
             * @description 附加数据（可为空串，小于 16 字节）。Associated data; may be the empty string.
             * @example coupon
             */
            associated_data?: string;
            /**
             * @description Base64 编码的密文（含 16 字节 GCM tag）。`contentSchema` 描述的是**解密后**的明文（CouponUseResource）；
             *     JSON Schema 的 content 关键字只是注解，不做校验。Base64 ciphertext including the 16-byte GCM tag.
             *     `contentSchema` describes the plaintext AFTER decryption (annotation only).
             * @example +tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=
             */
            ciphertext: string;
            /**
             * @description 加密使用的随机串（12 字节）。Encryption nonce (12 bytes).
             * @example abcdef012345
             */
            nonce: string;
            original_type: components["schemas"]["NotificationOriginalType"];
        };
        /**
         * CouponUseEventType
         * @description 通知的事件类型。Event type of the notification.
         * @example COUPON.USE
         * @enum {string}
         */
        CouponUseEventType: "COUPON.USE";
        /**
         * CouponUseNotification
         * @description 代金券核销事件通知（COUPON.USE）的外层报文。Envelope of the COUPON.USE notification that WeChat Pay
         *     POSTs to the merchant's notify_url.
         * @example {
         *       "create_time": "2015-05-20T13:29:35+08:00",
         *       "event_type": "COUPON.USE",
         *       "id": "EV-2018022511223320873",
         *       "resource": {
         *         "algorithm": "AEAD_AES_256_GCM",
         *         "associated_data": "",
         *         "ciphertext": "+tSDLJa2O6NFqgTW9dAoFzJ+QQd2ISQ=",
         *         "nonce": "abcdef012345",
         *         "original_type": "coupon"
         *       },
         *       "resource_type": "encrypt-resource",
         *       "summary": "用券成功"
         *     }
         */
        CouponUseNotification: {
            /**
             * Format: date-time
             * @description 通知创建时间（RFC 3339）。Creation time of the notification.
             * @example 2015-05-20T13:29:35+08:00
             */
            create_time: string;
            event_type: components["schemas"]["CouponUseEventType"];
            /**
             * @description 通知的唯一 ID；重复通知可按它（或 coupon_id + event_type）去重。Notification ID; use it (or coupon_id + event_type) to de-duplicate.
             * @example EV-2018022511223320873
             */
            id: string;
            resource: components["schemas"]["CouponUseEncryptedResource"];
            resource_type: components["schemas"]["NotificationResourceType"];
            /**
             * @description 回调摘要。Summary.
             * @example 用券成功
             */
            summary: string;
        };
        /**
         * CouponUseResource
         * @description COUPON.USE 通知解密后的明文（resource.ciphertext 解密所得）。The decrypted plaintext of a COUPON.USE
         *     notification. Note the field names differ from the query APIs (`singleitem_discount_off`,
         *     `discount_to` instead of `cut_to_message`). Amounts are integer fen.
         * @example {
         *       "available_begin_time": "2015-05-20T13:29:35+08:00",
         *       "available_end_time": "2015-05-21T13:29:35+08:00",
         *       "consume_information": {
         *         "consume_mchid": "9856000",
         *         "consume_time": "2015-05-20T14:00:00+08:00",
         *         "transaction_id": "4200000000000000000000000001"
         *       },
         *       "coupon_id": "98674556",
         *       "coupon_name": "test",
         *       "coupon_type": "NORMAL",
         *       "create_time": "2015-05-20T13:29:35+08:00",
         *       "description": "d",
         *       "no_cash": false,
         *       "normal_coupon_information": {
         *         "coupon_amount": 100,
         *         "transaction_minimum": 200
         *       },
         *       "singleitem": false,
         *       "status": "USED",
         *       "stock_creator_mchid": "9800064",
         *       "stock_id": "9865888"
         *     }
         */
        CouponUseResource: {
            /**
             * Format: date-time
             * @description 可用开始时间。Availability start.
             * @example 2015-05-20T13:29:35+08:00
             */
            available_begin_time: string;
            /**
             * Format: date-time
             * @description 可用结束时间。Availability end.
             * @example 2015-05-21T13:29:35+08:00
             */
            available_end_time: string;
            business_type?: components["schemas"]["BusinessType"];
            consume_information?: components["schemas"]["ConsumeInformation"];
            /**
             * @description 券 ID。Coupon ID.
             * @example 98674556
             */
            coupon_id: string;
            /**
             * @description 券名称。Coupon name.
             * @example test
             */
            coupon_name: string;
            coupon_type: components["schemas"]["CouponType"];
            /**
             * Format: date-time
             * @description 领券时间。Time the coupon was received.
             * @example 2015-05-20T13:29:35+08:00
             */
            create_time: string;
            /**
             * @description 使用说明。Usage description.
             * @example d
             */
            description: string;
            discount_to?: components["schemas"]["DiscountTo"];
            /**
             * @description 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
             * @example false
             */
            no_cash: boolean;
            normal_coupon_information?: components["schemas"]["NormalCouponInformation"];
            /**
             * @description 是否单品优惠。Single-item (SKU) discount.
             * @example false
             */
            singleitem: boolean;
            singleitem_discount_off?: components["schemas"]["SingleitemDiscountOff"];
            status: components["schemas"]["CouponStatus"];
            /**
             * @description 批次创建方商户号。Merchant that created the stock.
             * @example 9800064
             */
            stock_creator_mchid: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9865888
             */
            stock_id: string;
        };
        /**
         * CreateCouponStockBody
         * @description 创建代金券批次请求体。Request body of createCouponStock.
         * @example {
         *       "available_begin_time": "2026-12-01T00:00:00+08:00",
         *       "available_end_time": "2026-12-31T23:59:59+08:00",
         *       "belong_merchant": "98568865",
         *       "comment": "零售批次",
         *       "coupon_use_rule": {
         *         "available_merchants": [
         *           "98568865"
         *         ],
         *         "fixed_normal_coupon": {
         *           "coupon_amount": 50,
         *           "transaction_minimum": 100
         *         }
         *       },
         *       "no_cash": false,
         *       "out_request_no": "89560002019101000121",
         *       "stock_name": "微信支付代金券批次",
         *       "stock_type": "NORMAL",
         *       "stock_use_rule": {
         *         "max_amount": 5000,
         *         "max_amount_by_day": 400,
         *         "max_coupons": 100,
         *         "max_coupons_per_user": 3,
         *         "natural_person_limit": false,
         *         "prevent_api_abuse": false
         *       }
         *     }
         */
        CreateCouponStockBody: {
            /**
             * Format: date-time
             * @description 可用开始时间（RFC 3339）。不可早于当前时间；不能创建 365 天后开始的批次；可用时间范围最长 90 天。
             *     Availability start (RFC 3339). Must not be in the past; must start within 365 days; the whole
             *     window is at most 90 days.
             * @example 2026-12-01T00:00:00+08:00
             */
            available_begin_time: string;
            /**
             * Format: date-time
             * @description 可用结束时间（RFC 3339）。须晚于开始时间；可用时间最长 90 天；有效时间间隔最短 1 秒。
             *     Availability end (RFC 3339). Must be after the begin time; window ≤ 90 days and ≥ 1 second.
             * @example 2026-12-31T23:59:59+08:00
             */
            available_end_time: string;
            /**
             * @description 批次归属商户号。本字段暂未开放生效，但必须填写为当前创建代金券的商户号，暂不支持其他商户号。
             *     Owning merchant. Not yet effective, but it MUST equal the calling (creating) merchant's mchid;
             *     other values are not supported.
             * @example 98568865
             */
            belong_merchant: string;
            /**
             * @description 批次备注，仅制券商户可见，最多 60 个 UTF-8 字符。Note visible only to the creating merchant; ≤60 UTF-8 characters.
             * @example 零售批次
             */
            comment?: string;
            coupon_use_rule: components["schemas"]["CouponRule"];
            /**
             * @description 扩展属性，JSON 格式字符串。该字段暂未开放。Extension attributes as a JSON string; not open yet.
             * @example {"exinfo1":"1234","exinfo2":"3456"}
             */
            ext_info?: string;
            /**
             * @description 营销经费。`true` 免充值：制券方无需提前充值，核销时直接从订单原价中扣除优惠金额，商户实收少于原价；
             *     `false` 预充值：激活批次时从制券商户可用余额中扣除预算，不影响核销商户实收。
             *     Funding. `true` = no prefunding (the discount comes out of the order; the merchant receives less);
             *     `false` = prefunded (the budget is taken from the creator's balance when the stock is started).
             * @example false
             */
            no_cash: boolean;
            /**
             * @description 商户单据号（建议格式：商户号+日期+流水号），只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧需全局唯一。
             *     幂等键：用相同单据号重试是安全的。
             *     Merchant request number (suggested: mchid + date + serial); letters, digits, `|`, `_`, `*`, `-`
             *     only; globally unique per merchant. It is the idempotency key: retrying with the same value is safe.
             * @example 89560002019101000121
             */
            out_request_no: string;
            pattern_info?: components["schemas"]["PatternInfo"];
            /**
             * @description 批次名称：最多 9 个中文汉字或 20 个字母；不能包含不当内容和特殊字符 `_` `,` `;` `|`。
             *     Stock name: at most 9 Chinese characters or 20 Latin letters; must not contain `_`, `,`, `;`,
             *     `|` or improper content.
             * @example 微信支付代金券批次
             */
            stock_name: string;
            stock_type: components["schemas"]["CreateStockType"];
            stock_use_rule: components["schemas"]["StockRule"];
        };
        /**
         * CreateCouponStockResponse
         * @description 创建代金券批次应答。Response of createCouponStock.
         * @example {
         *       "create_time": "2026-11-27T15:20:35+08:00",
         *       "stock_id": "98065001"
         *     }
         */
        CreateCouponStockResponse: {
            /**
             * Format: date-time
             * @description 创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
             * @example 2026-11-27T15:20:35+08:00
             */
            create_time: string;
            /**
             * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay.
             * @example 98065001
             */
            stock_id: string;
        };
        /**
         * CreateStockType
         * @description 创建批次时的批次类型，仅支持 `NORMAL`。Stock type accepted on create: only `NORMAL`
         *     (the create-stock page lists only NORMAL; the SDKs' longer lists are not accepted on create). Responses use the open
         *     `StockType` instead.
         * @example NORMAL
         * @enum {string}
         */
        CreateStockType: "NORMAL";
        /**
         * CutToMessage
         * @description 减至批次特定信息（查询接口的 cut_to_message）。Price-cut-to ("减至") information in the query APIs.
         *     The COUPON.USE notification names these fields differently (`SingleitemDiscountOff`, `DiscountTo`).
         *     Both fields are required, as in the official SDKs' models (wechatpay-go services/cashcoupons
         *     `CutTypeMsg`, wechatpay-java service/cashcoupons `CutTypeMsg`): a 减至 coupon always states the
         *     price ceiling and the price it cuts to.
         * @example {
         *       "cut_to_price": 80,
         *       "single_price_max": 100
         *     }
         */
        CutToMessage: {
            /**
             * @description 减至后的优惠单价，单位：分。Price after the cut, in fen.
             * @example 80
             */
            cut_to_price: number;
            /**
             * @description 可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.
             * @example 100
             */
            single_price_max: number;
        };
        /**
         * DiscountTo
         * @description 减至优惠特定信息（仅减至券，COUPON.USE 明文）。Price-cut-to information (CUT_TO coupons only), COUPON.USE plaintext.
         * @example {
         *       "cut_to_price": 80,
         *       "max_price": 100
         *     }
         */
        DiscountTo: {
            /**
             * @description 减至后的优惠单价，单位：分。Price after the cut, in fen.
             * @example 80
             */
            cut_to_price?: number;
            /**
             * @description 可享受优惠的最高价格，单位：分。Highest price eligible, in fen.
             * @example 100
             */
            max_price?: number;
        };
        /**
         * ErrorResponse
         * @description 错误应答体（所有 4xx/5xx）。Error body of every 4xx/5xx response. Switch on `code` (plus the HTTP
         *     status), not on `message`: several messages share one code.
         * @example {
         *       "code": "PARAM_ERROR",
         *       "detail": {
         *         "field": "limit",
         *         "issue": "页大小超过阈值",
         *         "location": "query",
         *         "value": 20
         *       },
         *       "message": "页大小超过阈值"
         *     }
         */
        ErrorResponse: {
            /**
             * @description 详细错误码。Error code, e.g. `PARAM_ERROR`.
             * @example PARAM_ERROR
             */
            code: string;
            /**
             * @description 错误详情，结构不固定。Free-form details. The documented shape is `{field, value, issue, location}`
             *     (`field`: JSON Pointer for body fields or the parameter name; `location`: `body`, `query`, `path`
             *     or `authorization`), but real responses nest further, so treat it as an open object.
             * @example {
             *       "field": "limit",
             *       "issue": "页大小超过阈值",
             *       "location": "query",
             *       "value": 20
             *     }
             */
            detail?: {
                [key: string]: unknown;
            };
            /**
             * @description 错误描述（面向开发者，可能变化）。Human-readable message; may change.
             * @example 页大小超过阈值
             */
            message: string;
        };
        /**
         * FavorAvailableTime
         * @description 券生效时间规则。该字段暂未开放。Special validity rules for a coupon; not open yet (the server probably ignores it).
         * @example {
         *       "available_time_after_receive": 1440
         *     }
         */
        FavorAvailableTime: {
            /**
             * @description 领取后有效时间，单位：分钟。Validity after receipt, in MINUTES.
             * @example 1440
             */
            available_time_after_receive?: number;
            fix_available_time?: components["schemas"]["FixAvailableTime"];
            /**
             * @description 领取后N天有效：券的开始时间为领券后第二天 00:00:00。与固定时间段可用互斥。
             *     Valid from the day after receipt (00:00:00). Excludes fix_available_time.
             * @example false
             */
            second_day_available?: boolean;
        };
        /**
         * FixAvailableTime
         * @description 固定时间段可用。该字段暂未开放；与“领取后N天有效”互斥。Fixed weekly time window; not open yet; excludes the "N days after receipt" option.
         * @example {
         *       "available_week_day": [
         *         1,
         *         2
         *       ],
         *       "begin_time": 0,
         *       "end_time": 3600
         *     }
         */
        FixAvailableTime: {
            /**
             * @description 可用星期数，0 代表周日，1 代表周一…；不填代表周一至周日都生效。Weekdays, 0 = Sunday; empty means every day.
             * @example [
             *       1,
             *       2
             *     ]
             */
            available_week_day?: number[];
            /**
             * @description 当天开始时间，单位：秒（当天零点起）。Start of the daily window, seconds since midnight.
             * @example 0
             */
            begin_time: number;
            /**
             * @description 当天结束时间，单位：秒，默认 23:59:59。End of the daily window in seconds since midnight; default 23:59:59.
             * @example 3600
             */
            end_time?: number;
        };
        /**
         * FixedDiscountCoupon
         * @description 折扣券规则（仅应答，来自 2025 官方文档，SDK 模型中没有）。Discount coupon rule; response only, from the 2025 docs (absent from the SDK models).
         * @example {
         *       "discount_amount_max": 100,
         *       "discount_percent": 88,
         *       "transaction_minimum": 100
         *     }
         */
        FixedDiscountCoupon: {
            /**
             * @description 最高折扣金额，单位：分。Maximum discount in fen.
             * @example 100
             */
            discount_amount_max?: number;
            /**
             * @description 折扣百分比，例如 88 表示八八折。Discount percentage, e.g. 88 = pay 88 %.
             * @example 88
             */
            discount_percent?: number;
            /**
             * @description 使用券金额门槛，单位：分。Minimum spend in fen.
             * @example 100
             */
            transaction_minimum?: number;
        };
        /**
         * FixedNormalCoupon
         * @description 固定面额满减券使用规则（创建请求侧）。stock_type 为 NORMAL 时必填。Fixed-value coupon rule, request
         *     side; required when stock_type is NORMAL. Responses use `NormalCouponInformation`.
         * @example {
         *       "coupon_amount": 50,
         *       "transaction_minimum": 100
         *     }
         */
        FixedNormalCoupon: {
            /**
             * @description 面额，单位：分（整数 fen）。官方创建批次页面（2021.11.11）：必须大于 1 元且小于等于 500 元；旧文档副本：大于 1 分且小于等于 1000 元。
             *     来源不一致，本规范只强制 > 0，且须小于 transaction_minimum。
             *     Face value in fen. The official create-stock page (2021.11.11) says > 1 yuan and ≤ 500 yuan; an older copy says > 1 fen and
             *     ≤ 1000 yuan. Sources disagree, so this spec enforces only > 0; it must also be less than
             *     transaction_minimum.
             * @example 50
             */
            coupon_amount: number;
            /**
             * @description 使用券金额门槛，单位：分。必须大于面额 coupon_amount，否则服务器返回 PARAM_ERROR（消息“券面额必须大于0”有误导性）。
             *     若指定了可核销商品编码，门槛按可核销商品部分的金额计算。
             *     Minimum spend in fen; must be greater than coupon_amount, otherwise the server answers PARAM_ERROR
             *     with the misleading message "券面额必须大于0". With available_items set, only the matching SKUs count.
             * @example 100
             */
            transaction_minimum: number;
        };
        /**
         * GoodsDetail
         * @description 核销的单品信息（金额单位：分）。A redeemed goods line (amounts in fen).
         * @example {
         *       "discount_amount": 4,
         *       "goods_id": "a_goods1",
         *       "price": 1,
         *       "quantity": 7
         *     }
         */
        GoodsDetail: {
            /**
             * @description 优惠金额，单位：分。Discount in fen.
             * @example 4
             */
            discount_amount: number;
            /**
             * @description 单品编码。Goods (SKU) code.
             * @example a_goods1
             */
            goods_id: string;
            /**
             * @description 单品单价，单位：分。Unit price in fen.
             * @example 1
             */
            price: number;
            /**
             * @description 单品数量。Quantity.
             * @example 7
             */
            quantity: number;
        };
        /**
         * ImageMeta
         * @description 图片上传的 `meta` 部分（JSON）。它的原始字节就是签名串第 5 行，必须与 multipart 中 `meta` 部分逐字节一致。
         *     The `meta` part (JSON) of the image upload. Its exact bytes are line 5 of the signing string and
         *     must be byte-identical to the `meta` part on the wire. `sha256` is the digest of the FILE bytes,
         *     not of the meta JSON.
         * @example {
         *       "filename": "logo.png",
         *       "sha256": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
         *     }
         */
        ImageMeta: {
            /**
             * @description 图片文件名，必须以 .jpg、.jpeg、.bmp 或 .png 结尾（不区分大小写），不能含路径分隔符、`..`、引号、反斜杠或控制字符。
             *     File name ending in .jpg, .jpeg, .bmp or .png (any case); no path separators, `..`, double
             *     quotes, backslashes or control characters.
             * @example logo.png
             */
            filename: string;
            /**
             * @description 图片文件内容的 SHA-256 摘要，小写十六进制（64 位）。文档只写 string[1,256]；客户端与官方 Go SDK 一样总是发送 64 位小写十六进制，本规范据此收紧。
             *     Lower-case hex SHA-256 of the FILE bytes (64 characters). The docs only say string[1,256];
             *     the client always sends 64 lower-case hex digits (as the official Go SDK does), so the spec
             *     pins that.
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
        };
        /**
         * JumpTarget
         * @description 券详情页跳转目标，默认 `DEFAULT_PAGE`。Where the coupon detail page jumps to; default `DEFAULT_PAGE`.
         * @example DEFAULT_PAGE
         * @enum {string}
         */
        JumpTarget: "PAYMENT_CODE" | "MINI_PROGRAM" | "DEFAULT_PAGE";
        /**
         * NormalCouponInformation
         * @description 满减券信息（应答侧）。Fixed-value coupon information, response side (金额单位：分 / amounts in fen).
         * @example {
         *       "coupon_amount": 100,
         *       "transaction_minimum": 200
         *     }
         */
        NormalCouponInformation: {
            /**
             * @description 面额，单位：分。Face value in fen.
             * @example 100
             */
            coupon_amount: number;
            /**
             * @description 使用券金额门槛，单位：分。Minimum spend in fen.
             * @example 200
             */
            transaction_minimum: number;
        };
        /**
         * NotificationAck
         * @description 商户对通知的应答（可选）。成功：HTTP 200 或 204，无需应答体（可回 `{"code":"SUCCESS","message":"OK"}`）；
         *     失败：4xx/5xx，可回 `{"code":"FAIL","message":"…"}`，微信支付会重试。Optional acknowledgement body.
         *     Success: HTTP 200 or 204, no body needed; failure: 4xx/5xx, WeChat Pay retries.
         * @example {
         *       "code": "SUCCESS",
         *       "message": "OK"
         *     }
         */
        NotificationAck: {
            /**
             * @description SUCCESS 或 FAIL。`SUCCESS` or `FAIL`.
             * @example SUCCESS
             */
            code: string;
            /**
             * @description 说明。Message.
             * @example OK
             */
            message?: string;
        };
        /**
         * NotificationAlgorithm
         * @description 资源加密算法；解密前先检查它。Encryption algorithm of the resource; check it before decrypting.
         * @example AEAD_AES_256_GCM
         * @enum {string}
         */
        NotificationAlgorithm: "AEAD_AES_256_GCM";
        /**
         * NotificationOriginalType
         * @description 加密前的对象类型。Object type before encryption.
         * @example coupon
         * @enum {string}
         */
        NotificationOriginalType: "coupon";
        /**
         * NotificationResourceType
         * @description 通知资源数据类型。Resource type of the notification.
         * @example encrypt-resource
         * @enum {string}
         */
        NotificationResourceType: "encrypt-resource";
        /**
         * PatternInfo
         * @description 样式设置（代金券详情页）。Display settings of the coupon detail page.
         * @example {
         *       "background_color": "COLOR020",
         *       "description": "微信支付营销代金券",
         *       "jump_target": "DEFAULT_PAGE",
         *       "merchant_name": "微信支付"
         *     }
         */
        PatternInfo: {
            background_color?: components["schemas"]["BackgroundColor"];
            /**
             * @description 券详情图片，850×350 像素，不超过 2M，JPG/PNG，仅支持 uploadImage 返回的 URL。
             *     Coupon detail image: 850×350 px, ≤ 2 MB, JPG/PNG; only a URL returned by uploadImage.
             * @example https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0
             */
            coupon_image?: string;
            /**
             * @description 使用说明，展示在代金券详情页，最多 1000 个 UTF-8 字符。Usage rules shown on the detail page; ≤1000 UTF-8 characters.
             * @example 微信支付营销代金券
             */
            description: string;
            jump_target?: components["schemas"]["JumpTarget"];
            /**
             * @description 商户 logo，仅支持《图片上传API》(uploadImage) 返回的图片 URL；120×120 像素，JPG/JPEG/PNG，小于 1M。
             *     Merchant logo: only a URL returned by uploadImage; 120×120 px, JPG/JPEG/PNG, < 1 MB.
             * @example https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0
             */
            merchant_logo?: string;
            /**
             * @description 品牌名称，展示在用户卡包：最多 12 个中文汉字或 36 个英文字符。Brand name shown in the card wallet; ≤12 Chinese or ≤36 Latin characters.
             * @example 微信支付
             */
            merchant_name?: string;
            /**
             * @description 跳转的小程序 appid。jump_target=MINI_PROGRAM 时必填；须至少与一个可用商户号绑定。
             *     Mini-program appid; required when jump_target=MINI_PROGRAM; must be bound to at least one merchant
             *     where the coupon can be used.
             * @example wx1234567890abcdef
             */
            mini_program_appid?: string;
            /**
             * @description 跳转的小程序页面路径。jump_target=MINI_PROGRAM 时必填。Mini-program page path; required when jump_target=MINI_PROGRAM.
             * @example /pages/index/index
             */
            mini_program_path?: string;
        };
        /**
         * PauseStockBody
         * @description 暂停代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of pauseStock: only the creator mchid (stock_id goes in the path).
         * @example {
         *       "stock_creator_mchid": "8956000"
         *     }
         */
        PauseStockBody: {
            /**
             * @description 创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.
             * @example 8956000
             */
            stock_creator_mchid: string;
        };
        /**
         * PauseStockResponse
         * @description 暂停代金券批次应答。Response of pauseStock.
         * @example {
         *       "pause_time": "2015-05-20T13:29:35+08:00",
         *       "stock_id": "9856000"
         *     }
         */
        PauseStockResponse: {
            /**
             * Format: date-time
             * @description 暂停时间（RFC 3339）。Pause time (RFC 3339).
             * @example 2015-05-20T13:29:35+08:00
             */
            pause_time: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9856000
             */
            stock_id: string;
        };
        /**
         * RefundFlowResponse
         * @description 下载批次退款明细应答（不签名）。Response of refundFlow (UNSIGNED).
         * @example {
         *       "hash_type": "SHA1",
         *       "hash_value": "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
         *       "url": "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx"
         *     }
         */
        RefundFlowResponse: {
            /**
             * @description 摘要算法，只有 SHA1；文档正文写 "sha1"、示例写 "SHA1"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively ("sha1" / "SHA1").
             * @example SHA1
             */
            hash_type: string;
            /**
             * @description 文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.
             * @example 6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4
             */
            hash_value: string;
            /**
             * Format: uri
             * @description 退款明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.
             * @example https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx
             */
            url: string;
        };
        /**
         * RegionInfo
         * @description 消费金可用地域。A region where consumption money (MULTIUSE) can be used.
         * @example {
         *       "city": "深圳市",
         *       "country": "中国大陆",
         *       "district": "南山区",
         *       "province": "广东省",
         *       "type": "PROVINCE"
         *     }
         */
        RegionInfo: {
            /**
             * @description 城市。City.
             * @example 深圳市
             */
            city?: string;
            /**
             * @description 国家或地区。Country or area.
             * @example 中国大陆
             */
            country?: string;
            /**
             * @description 区县。District.
             * @example 南山区
             */
            district?: string;
            /**
             * @description 省份。Province.
             * @example 广东省
             */
            province?: string;
            type?: components["schemas"]["RegionType"];
        };
        /**
         * RegionType
         * @description 消费金可用地域的粒度。Granularity of a consumption-money region.
         * @example PROVINCE
         * @enum {string}
         */
        RegionType: "PROVINCE" | "CITY" | "DISTRICT" | "COUNTRY";
        /**
         * RestartStockBody
         * @description 重启代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of restartStock: only the creator mchid (stock_id goes in the path).
         * @example {
         *       "stock_creator_mchid": "8956000"
         *     }
         */
        RestartStockBody: {
            /**
             * @description 创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.
             * @example 8956000
             */
            stock_creator_mchid: string;
        };
        /**
         * RestartStockResponse
         * @description 重启代金券批次应答。Response of restartStock.
         * @example {
         *       "restart_time": "2015-05-20T13:29:35+08:00",
         *       "stock_id": "9856000"
         *     }
         */
        RestartStockResponse: {
            /**
             * Format: date-time
             * @description 重启时间（RFC 3339）。Restart time (RFC 3339).
             * @example 2015-05-20T13:29:35+08:00
             */
            restart_time: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9856000
             */
            stock_id: string;
        };
        /**
         * SendCouponBody
         * @description 发放代金券请求体（openid 在路径中）。Request body of sendCoupon (openid goes in the path).
         * @example {
         *       "appid": "wx233544546545989",
         *       "out_request_no": "89560002019101000121",
         *       "stock_creator_mchid": "8956000",
         *       "stock_id": "9856000"
         *     }
         */
        SendCouponBody: {
            /**
             * @description 公众号、小程序或 APP 的 appid，须与 openid 匹配且与调用商户号绑定。Official-account, mini-program or app appid; must match the openid AND be bound to the calling mchid.
             * @example wx233544546545989
             */
            appid: string;
            /**
             * @description 指定面额发券场景的门槛，单位：分。该能力暂未开放，请勿使用。Threshold in fen for fixed-value-on-send; NOT open yet, do not use.
             * @example 100
             */
            coupon_minimum?: number;
            /**
             * @description 指定面额发券场景的券面额，单位：分。该能力暂未开放，请勿使用。Face value in fen for fixed-value-on-send; NOT open yet, do not use.
             * @example 100
             */
            coupon_value?: number;
            /**
             * @description 商户单据号：发券方的请求单号，只能包含英文字母、数字、`|`、`_`、`*`、`-`，商户侧唯一。幂等键：用相同单据号重试不会重复发券。
             *     Issuer's request number: letters, digits, `|`, `_`, `*`, `-` only; unique per merchant. It is the
             *     idempotency key: retrying with the same value does not send a second coupon.
             * @example 89560002019101000121
             */
            out_request_no: string;
            /**
             * @description 批次创建方商户号。Merchant that created the stock.
             * @example 8956000
             */
            stock_creator_mchid: string;
            /**
             * @description 批次号，必须是代金券（全场券或单品券）批次，不支持立减与折扣。Stock ID; 代金券 (全场/单品) stocks only, not 立减/折扣.
             * @example 9856000
             */
            stock_id: string;
        };
        /**
         * SendCouponResponse
         * @description 发放代金券应答。Response of sendCoupon.
         * @example {
         *       "coupon_id": "9867041"
         *     }
         */
        SendCouponResponse: {
            /**
             * @description 微信为代金券分配的唯一券 ID。Coupon ID assigned by WeChat Pay.
             * @example 9867041
             */
            coupon_id: string;
        };
        /**
         * SetCallbackBody
         * @description 设置消息通知地址请求体。Request body of setCallback.
         * @example {
         *       "mchid": "9856888",
         *       "notify_url": "https://pay.weixin.qq.com/notify",
         *       "switch": true
         *     }
         */
        SetCallbackBody: {
            /**
             * @description 商户号，必须是批次创建方商户号；其他商户调用返回“调用商户无权限”。Merchant number; must be the stock-creator mchid (others get 403 "调用商户无权限").
             * @example 9856888
             */
            mchid: string;
            /**
             * @description 支付通知商户 URL：必须是 HTTPS、外网可访问、不能携带参数（查询串）。非法 URL 曾返回“系统繁忙”。
             *     Notification URL: HTTPS, publicly reachable, NO query string. An invalid URL has produced the
             *     message "系统繁忙" (system busy).
             * @example https://pay.weixin.qq.com/notify
             */
            notify_url: string;
            /**
             * @description 回调开关：true 开启推送；false（关闭）暂不支持，请到商户平台关闭。Push on; `false` is not supported yet (turn pushing off in the merchant console).
             * @example true
             */
            switch?: boolean;
        };
        /**
         * SetCallbackResponse
         * @description 设置消息通知地址应答。Response of setCallback.
         * @example {
         *       "notify_url": "https://pay.weixin.qq.com/notify",
         *       "update_time": "2015-05-20T13:29:35+08:00"
         *     }
         */
        SetCallbackResponse: {
            /**
             * @description 生效的通知地址。The notification URL now in force.
             * @example https://pay.weixin.qq.com/notify
             */
            notify_url: string;
            /**
             * Format: date-time
             * @description 修改时间（RFC 3339）。Update time.
             * @example 2015-05-20T13:29:35+08:00
             */
            update_time: string;
        };
        /**
         * SingleitemDiscountOff
         * @description 单品优惠特定信息（COUPON.USE 明文中的名字，查询接口中对应 cut_to_message）。Single-item discount
         *     information as named in the COUPON.USE plaintext (the query APIs call it `cut_to_message`).
         * @example {
         *       "single_price_max": 100
         *     }
         */
        SingleitemDiscountOff: {
            /**
             * @description 可用优惠的商品最高单价，单位：分。Highest unit price eligible, in fen.
             * @example 100
             */
            single_price_max?: number;
        };
        /**
         * StartStockBody
         * @description 激活代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of startStock: only the creator mchid (stock_id goes in the path).
         * @example {
         *       "stock_creator_mchid": "8956000"
         *     }
         */
        StartStockBody: {
            /**
             * @description 创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.
             * @example 8956000
             */
            stock_creator_mchid: string;
        };
        /**
         * StartStockResponse
         * @description 激活代金券批次应答。Response of startStock.
         * @example {
         *       "start_time": "2015-05-20T13:29:35+08:00",
         *       "stock_id": "9856000"
         *     }
         */
        StartStockResponse: {
            /**
             * Format: date-time
             * @description 生效时间（RFC 3339）。Activation time (RFC 3339).
             * @example 2015-05-20T13:29:35+08:00
             */
            start_time: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9856000
             */
            stock_id: string;
        };
        /**
         * Stock
         * @description 代金券批次详情（条件查询批次列表与查询批次详情共用）。A coupon stock, as returned by listStocks and queryStock.
         * @example {
         *       "available_begin_time": "2015-05-20T13:29:35.120+08:00",
         *       "available_end_time": "2015-05-21T13:29:35.120+08:00",
         *       "create_time": "2015-05-20T13:29:35.120+08:00",
         *       "description": "微信支付营销",
         *       "distributed_coupons": 100,
         *       "no_cash": false,
         *       "singleitem": false,
         *       "start_time": "2015-05-20T13:29:35.120+08:00",
         *       "status": "running",
         *       "stock_creator_mchid": "1900000001",
         *       "stock_id": "9836588",
         *       "stock_name": "微信支付批次",
         *       "stock_type": "NORMAL",
         *       "stock_use_rule": {
         *         "combine_use": true,
         *         "coupon_type": "NORMAL",
         *         "fixed_normal_coupon": {
         *           "coupon_amount": 50,
         *           "transaction_minimum": 100
         *         },
         *         "goods_tag": [
         *           "123456"
         *         ],
         *         "max_amount": 5000,
         *         "max_amount_by_day": 400,
         *         "max_coupons": 100,
         *         "max_coupons_per_user": 3,
         *         "trade_type": [
         *           "MICROAPP"
         *         ]
         *       }
         *     }
         */
        Stock: {
            /**
             * Format: date-time
             * @description 可用开始时间。Availability start.
             * @example 2015-05-20T13:29:35.120+08:00
             */
            available_begin_time: string;
            /**
             * Format: date-time
             * @description 可用结束时间。Availability end.
             * @example 2015-05-21T13:29:35.120+08:00
             */
            available_end_time: string;
            /**
             * @description 消费金可用行业，仅 business_type=MULTIUSE 时返回。Industries; only for MULTIUSE.
             * @example [
             *       "餐饮"
             *     ]
             */
            available_industry_list?: string[];
            /** @description 消费金可用地域，仅 business_type=MULTIUSE 时返回。Regions; only for MULTIUSE. */
            available_region_list?: components["schemas"]["RegionInfo"][];
            business_type?: components["schemas"]["BusinessType"];
            /**
             * @description 微信卡包 ID。WeChat card-wallet ID.
             * @example pX2-vjoeC94Nn-r2g5GjDwkfFH7E
             */
            card_id?: string;
            /**
             * Format: date-time
             * @description 批次创建时间（RFC 3339，可能带毫秒）。Creation time (RFC 3339, may carry milliseconds).
             * @example 2015-05-20T13:29:35.120+08:00
             */
            create_time: string;
            cut_to_message?: components["schemas"]["CutToMessage"];
            /**
             * @description 使用说明 / 批次描述信息。Description of the stock.
             * @example 微信支付营销
             */
            description: string;
            /**
             * @description 已发券或消费金数量。Coupons (or consumption money) issued so far.
             * @example 100
             */
            distributed_coupons: number;
            /**
             * @description 是否无资金流：true 免充值，false 预充值。true = no prefunding, false = prefunded.
             * @example true
             */
            no_cash: boolean;
            /**
             * @description 是否单品优惠。Single-item (SKU) discount.
             * @example false
             */
            singleitem: boolean;
            /**
             * Format: date-time
             * @description 激活批次的时间。Activation time.
             * @example 2015-05-20T13:29:35.120+08:00
             */
            start_time?: string;
            status: components["schemas"]["StockStatus"];
            /**
             * @description 批次创建方商户号。Merchant that created the stock.
             * @example 1900000001
             */
            stock_creator_mchid: string;
            /**
             * @description 批次号。Stock ID.
             * @example 9836588
             */
            stock_id: string;
            /**
             * @description 批次名称。Stock name.
             * @example 微信支付批次
             */
            stock_name: string;
            stock_type: components["schemas"]["StockType"];
            stock_use_rule?: components["schemas"]["StockUseRule"];
            /**
             * Format: date-time
             * @description 终止批次的时间（永久停止）。Permanent stop time.
             * @example 2015-05-21T13:29:35.120+08:00
             */
            stop_time?: string;
        };
        /**
         * StockCollection
         * @description 条件查询批次列表应答（一页）。One page of listStocks.
         * @example {
         *       "data": [],
         *       "limit": 10,
         *       "offset": 0,
         *       "total_count": 0
         *     }
         */
        StockCollection: {
            /** @description 本页的批次详情；可能缺省或为空。Stocks on this page; may be absent or empty. */
            data?: components["schemas"]["Stock"][];
            /**
             * @description 分页大小，最大 10。Page size (max 10).
             * @example 8
             */
            limit: number;
            /**
             * @description 分页页码（从 0 开始），不是行偏移。Page INDEX (from 0), not a row offset.
             * @example 1
             */
            offset: number;
            /**
             * @description 经过条件筛选查询到的批次总数。Total number of matching stocks (all pages).
             * @example 10
             */
            total_count: number;
        };
        /**
         * StockRule
         * @description 批次发放规则（创建请求侧）。Issuing rules of a stock, request side (createCouponStock). The response
         *     side uses `StockUseRule`, which has a different shape.
         * @example {
         *       "max_amount": 5000,
         *       "max_amount_by_day": 400,
         *       "max_coupons": 100,
         *       "max_coupons_per_user": 3,
         *       "natural_person_limit": false,
         *       "prevent_api_abuse": false
         *     }
         */
        StockRule: {
            /**
             * @description 总预算，单位：分（整数 fen）。须等于 coupon_amount（面额）× max_coupons（发放总上限）。预充值批次激活时从余额扣除。
             *     上限各来源不一致：官方创建批次页面（2021.11.11）为 1000 万元（1,000,000,000 分），旧文档副本为 1 亿元；本规范只强制较宽的
             *     1 亿元（10,000,000,000 分），由服务器判定更严的上限。
             *     Total budget in fen; must equal coupon_amount × max_coupons. For a prefunded stock it is deducted
             *     when the stock is started. Sources disagree on the cap (10 million yuan on the official create-stock page, 100 million
             *     yuan in an older copy); this spec enforces only the looser 100 million yuan and leaves the stricter
             *     check to the server.
             * @example 5000
             */
            max_amount: number;
            /**
             * @description 单天预算发放上限，单位：分。不能大于总预算，不可以为 0。Daily budget cap in fen; ≤ max_amount and not 0.
             * @example 400
             */
            max_amount_by_day?: number;
            /**
             * @description 发放总上限：最少 5 个，最多 1000 万个。Total number of coupons: 5 … 10,000,000.
             * @example 100
             */
            max_coupons: number;
            /**
             * @description 单个用户可领个数：最少 1 个，最多 60 个，且不能大于发放总个数。Coupons per user: 1 … 60 and ≤ max_coupons.
             * @example 3
             */
            max_coupons_per_user: number;
            /**
             * @description 是否开启自然人限制：开启后同一身份证下的多个微信号视为同一用户。Natural-person limit: several WeChat accounts under one ID card count as one user.
             * @example false
             */
            natural_person_limit: boolean;
            /**
             * @description 是否开启防刷拦截：命中恶意、小号、机器、黑产等风险行为的用户无法领券。Anti-abuse: risky users (bots, fraud rings) cannot receive coupons.
             * @example false
             */
            prevent_api_abuse: boolean;
        };
        /**
         * StockStatus
         * @description 批次状态（全部小写；`stoped` 的拼写是官方原样）。Stock status, all lower case; the misspelling
         *     `stoped` is the official value. Lifecycle: create → `unactivated`; start → `running`;
         *     pause → `paused`; restart → `running`; end → `stoped`; `audit` = under review.
         * @example running
         * @enum {string}
         */
        StockStatus: "unactivated" | "audit" | "running" | "stoped" | "paused";
        /**
         * StockType
         * @description 应答中的批次类型：开放字符串（服务器可能返回新值），不是封闭枚举（官方示例只有 NORMAL，SDK 注释列出更多值）。
         *     Stock type in responses: an OPEN string, not a closed enum. Known values —
         *     `NORMAL` 固定面额满减券 (fixed-value coupon); `DISCOUNT_CUT` 立减与折扣 (instant cut / discount);
         *     `OTHER` 其他 (other); SDK comments also mention `DISCOUNT` 折扣券, `EXCHAHGE` 换购券 (sic) and
         *     `RANDOM` 千人千面券 (low confidence).
         * @example NORMAL
         * @example DISCOUNT_CUT
         */
        StockType: string;
        /**
         * StockUseRule
         * @description 满减券/消费金批次使用规则（应答侧，与创建请求的 StockRule 结构不同）。Stock rules as returned by the
         *     query APIs; a different shape from the create-side `StockRule` (the fields the official query-stock page lists). Amounts in fen.
         * @example {
         *       "combine_use": true,
         *       "coupon_type": "NORMAL",
         *       "fixed_normal_coupon": {
         *         "coupon_amount": 100,
         *         "transaction_minimum": 200
         *       },
         *       "goods_tag": [
         *         "123456"
         *       ],
         *       "max_amount": 5000,
         *       "max_amount_by_day": 400,
         *       "max_coupons": 100,
         *       "max_coupons_per_user": 3,
         *       "trade_type": [
         *         "MICROAPP"
         *       ]
         *     }
         */
        StockUseRule: {
            /**
             * @description 是否可叠加其他优惠。Can stack with other coupons.
             * @example true
             */
            combine_use?: boolean;
            coupon_type?: components["schemas"]["CouponType"];
            fixed_discount_coupon?: components["schemas"]["FixedDiscountCoupon"];
            fixed_normal_coupon?: components["schemas"]["NormalCouponInformation"];
            /**
             * @description 订单优惠标记。Order tags.
             * @example [
             *       "123456"
             *     ]
             */
            goods_tag?: string[];
            /**
             * @description 总预算，单位：分。Total budget in fen.
             * @example 5000
             */
            max_amount: number;
            /**
             * @description 单天发放上限金额，单位：分；未设置时可能为 0。Daily budget cap in fen; may be 0 when not set.
             * @example 400
             */
            max_amount_by_day: number;
            /**
             * @description 发放总上限。Total number of coupons.
             * @example 100
             */
            max_coupons: number;
            /**
             * @description 单个用户可领个数。Coupons per user.
             * @example 3
             */
            max_coupons_per_user: number;
            /**
             * @description 允许的支付方式。Allowed payment methods.
             * @example [
             *       "MICROAPP"
             *     ]
             */
            trade_type?: components["schemas"]["TradeType"][];
        };
        /**
         * StopStockBody
         * @description 终止代金券批次请求体：只有批次创建方商户号（stock_id 在路径中）。Request body of stopStock: only the creator mchid (stock_id goes in the path).
         * @example {
         *       "stock_creator_mchid": "8956000"
         *     }
         */
        StopStockBody: {
            /**
             * @description 创建批次的商户号，必须是批次创建方。Merchant that created the stock; must be the creator.
             * @example 8956000
             */
            stock_creator_mchid: string;
        };
        /**
         * StopStockResponse
         * @description 终止代金券批次应答。Response of stopStock.
         * @example {
         *       "stock_id": "9856000",
         *       "stop_time": "2015-05-20T13:29:35+08:00"
         *     }
         */
        StopStockResponse: {
            /**
             * @description 批次号。Stock ID.
             * @example 9856000
             */
            stock_id: string;
            /**
             * Format: date-time
             * @description 终止时间（SDK 注释称“暂停时间”）（RFC 3339）。Stop time (the SDK comment calls it pause time) (RFC 3339).
             * @example 2015-05-20T13:29:35+08:00
             */
            stop_time: string;
        };
        /**
         * TradeType
         * @description 支付方式。Payment method the coupon may be used with.
         * @example MICROAPP
         * @enum {string}
         */
        TradeType: "MICROAPP" | "APPPAY" | "PPAY" | "CARD" | "FACE" | "OTHER";
        /**
         * UploadImageBody
         * @description 图片上传的 multipart/form-data 请求体：`meta`（JSON，被签名）和 `file`（图片二进制）。
         *     multipart/form-data body of uploadImage: `meta` (JSON, the signed part) and `file` (image bytes).
         *     The generated client takes flat params `{ filename, file }` and computes `sha256` itself.
         */
        UploadImageBody: {
            /**
             * @description 图片文件的二进制内容：JPG、BMP 或 PNG，**不超过 2 MB**（2,097,152 字节）。
             *     Raw image bytes: JPG, BMP or PNG, **at most 2 MB** (2,097,152 bytes). The part's Content-Type is
             *     image/jpeg, image/png or image/bmp.
             */
            file: string;
            meta: components["schemas"]["ImageMeta"];
        };
        /**
         * UploadImageResponse
         * @description 图片上传应答。Response of uploadImage.
         * @example {
         *       "media_url": "https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0"
         *     }
         */
        UploadImageResponse: {
            /**
             * Format: uri
             * @description 图片 URL，永久有效；用于 pattern_info.merchant_logo 和 coupon_image。Image URL; never expires. Use it for pattern_info.merchant_logo and coupon_image.
             * @example https://wxpaylogo.qpic.cn/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsc2o3ypEPMhg8cxVtCvMkNMNNwkN91pwSw/0
             */
            media_url: string;
        };
        /**
         * UseFlowResponse
         * @description 下载批次核销明细应答（不签名）。Response of useFlow (UNSIGNED).
         * @example {
         *       "hash_type": "SHA1",
         *       "hash_value": "6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4",
         *       "url": "https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx"
         *     }
         */
        UseFlowResponse: {
            /**
             * @description 摘要算法，只有 SHA1；文档正文写 "sha1"、示例写 "SHA1"，请忽略大小写比较。Hash algorithm: only SHA-1; compare case-insensitively ("sha1" / "SHA1").
             * @example SHA1
             */
            hash_type: string;
            /**
             * @description 文件摘要，下载后用于校验文件完整性。Digest of the file; compare it with the downloaded bytes.
             * @example 6b72b4ce1e5c8a2bd38ec1bb2a3d8cf8d3a5c1e4
             */
            hash_value: string;
            /**
             * Format: uri
             * @description 核销明细文件下载链接，30 秒内有效；下载时也要按 APIv3 规则签名。Download link, valid for 30 seconds; fetch it with a signed APIv3 GET.
             * @example https://api.mch.weixin.qq.com/v3/billdownload/file?token=xxx
             */
            url: string;
        };
    };
    responses: {
        /**
         * @description 请求过于频繁（限频）。Rate-limited. Treat ANY HTTP 429 as rate-limited, whatever the code: the 2025
         *     docs say FREQUENCY_LIMITED, older pages say FREQUENCY_LIMIT_EXCEED. Slow down and retry later.
         */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description 签名验证不通过。Signature verification failed (bad Authorization, timestamp more than 5 minutes off,
         *     wrong signature). Error responses may carry no WeChat Pay signature headers.
         */
        SignError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description 系统异常，请稍后用相同参数重试（通常 2–3 次即可）。WeChat-side error; retry later with the SAME
         *     request parameters (for create/send: the same out_request_no).
         */
        SystemError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).
         * @example wx233544546545989
         */
        AppidQuery: string;
        /**
         * @description 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
         * @example 2323dfsdf342342
         */
        OpenidPath: string;
        /**
         * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
         * @example 9856888
         */
        StockCreatorMchidQuery: string;
        /**
         * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
         * @example 9856000
         */
        StockIdPath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    queryCallback: {
        parameters: {
            query: {
                /**
                 * @description 商户号。Merchant number.
                 * @example 9856888
                 */
                mchid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 通知地址。The notification URL. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Callback"];
                };
            };
            /** @description 参数错误。Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    setCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetCallbackBody"];
            };
        };
        responses: {
            /** @description 已设置。The URL is set. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetCallbackResponse"];
                };
            };
            /** @description 参数错误。Invalid parameters. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            /**
             * @description 系统异常，请稍后用相同参数重试。社区报告非法的 notify_url 曾返回“系统繁忙”。
             *     System error; retry later with the same parameters. An invalid notify_url has been reported to
             *     produce the message "系统繁忙" (system busy) — check the URL before retrying.
             */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCouponStock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouponStockBody"];
            };
        };
        responses: {
            /** @description 批次已创建，状态为 unactivated。The stock was created (status `unactivated`). Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCouponStockResponse"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限或业务规则拦截。No permission or blocked by a business rule. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 资源不存在。Resource not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    uploadImage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImageBody"];
            };
        };
        responses: {
            /** @description 图片 URL。The image URL. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadImageResponse"];
                };
            };
            /** @description 参数错误（文件名、格式、大小或 sha256 不符）。Invalid parameters (file name, format, size or sha256 mismatch). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    listStocks: {
        parameters: {
            query: {
                /**
                 * @description 终止创建时间（RFC 3339），须 URL 编码。文档写作 string(664)，是 string(64) 的笔误（create_start_time 为 string(64)）。
                 *     Latest creation time (RFC 3339); must be percent-encoded. The doc's "string(664)" is a typo for 64.
                 * @example 2026-11-30T23:59:59+08:00
                 */
                create_end_time?: string;
                /**
                 * @description 起始创建时间（RFC 3339），须 URL 编码。Earliest creation time (RFC 3339); must be percent-encoded.
                 * @example 2026-11-01T00:00:00+08:00
                 */
                create_start_time?: string;
                /**
                 * @description 分页大小，最大 10。Page size, at most 10.
                 * @example 10
                 */
                limit: number;
                /**
                 * @description 分页页码，从 0 开始，默认第 0 页。**页码，不是行偏移。** Page INDEX starting at 0 (not a row offset).
                 * @example 0
                 */
                offset: number;
                /**
                 * @description 批次状态过滤。Filter by stock status.
                 * @example running
                 */
                status?: components["schemas"]["StockStatus"];
                /**
                 * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
                 * @example 9856888
                 */
                stock_creator_mchid: components["parameters"]["StockCreatorMchidQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页批次。One page of stocks. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockCollection"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 资源不存在。Resource not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    queryStock: {
        parameters: {
            query: {
                /**
                 * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
                 * @example 9856888
                 */
                stock_creator_mchid: components["parameters"]["StockCreatorMchidQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 批次详情。The stock. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Stock"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    listAvailableSingleitems: {
        parameters: {
            query: {
                /**
                 * @description 分页大小，最大 100。Page size, at most 100.
                 * @example 10
                 */
                limit: number;
                /**
                 * @description 分页页码，从 0 开始，最大 500。**页码，不是行偏移。** Page INDEX from 0, at most 500 (not a row offset).
                 * @example 0
                 */
                offset: number;
                /**
                 * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
                 * @example 9856888
                 */
                stock_creator_mchid: components["parameters"]["StockCreatorMchidQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页可用单品编码。One page of SKU codes. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableSingleitemCollection"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限或业务拦截（页面共用错误码表）。No permission or blocked (shared table). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    listAvailableMerchants: {
        parameters: {
            query: {
                /**
                 * @description 分页大小，最大 50。Page size, at most 50.
                 * @example 50
                 */
                limit: number;
                /**
                 * @description 分页页码，从 0 开始，最大 1000。**页码，不是行偏移。** Page INDEX from 0, at most 1000 (not a row offset).
                 * @example 0
                 */
                offset: number;
                /**
                 * @description 创建批次的商户号；接口传入的批次须由该商户号创建。Merchant that created the stock; the stock must have been created by it.
                 * @example 9856888
                 */
                stock_creator_mchid: components["parameters"]["StockCreatorMchidQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页可用商户号。One page of merchant numbers. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AvailableMerchantCollection"];
                };
            };
            /** @description 参数错误、页码越界或请求不符合规则。Invalid parameters, page index past the end, or invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    pauseStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PauseStockBody"];
            };
        };
        responses: {
            /** @description 操作成功。Done. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PauseStockResponse"];
                };
            };
            /** @description 参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    refundFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 下载链接与文件摘要。**不签名的应答。** Download link and digest. UNSIGNED response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundFlowResponse"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在，或账单文件尚未生成/没有数据。Stock not found, or no file yet (before 10:00 the day after the end, or no data). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    restartStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RestartStockBody"];
            };
        };
        responses: {
            /** @description 操作成功。Done. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RestartStockResponse"];
                };
            };
            /** @description 参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    startStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartStockBody"];
            };
        };
        responses: {
            /** @description 操作成功。Done. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartStockResponse"];
                };
            };
            /** @description 参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限或预算不足。No permission or insufficient budget. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    stopStock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopStockBody"];
            };
        };
        responses: {
            /** @description 操作成功。Done. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopStockResponse"];
                };
            };
            /** @description 参数错误、批次状态不允许或请求不符合规则。Invalid parameters, wrong stock state or invalid request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    useFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 批次号，微信为每个代金券批次分配的唯一 ID。Stock ID assigned by WeChat Pay. Digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9856000
                 */
                stock_id: components["parameters"]["StockIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 下载链接与文件摘要。**不签名的应答。** Download link and digest. UNSIGNED response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UseFlowResponse"];
                };
            };
            /** @description 参数错误或请求不符合规则。Invalid parameters or request. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在，或账单文件尚未生成/没有数据。Stock not found, or no file yet (before 10:00 the day after the end, or no data). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    listCouponsByFilter: {
        parameters: {
            query: {
                /**
                 * @description 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).
                 * @example wx233544546545989
                 */
                appid: components["parameters"]["AppidQuery"];
                /**
                 * @description 可用商户号：只返回可用券；与 creator_mchid 同时传时以 creator_mchid 为准。Merchant where coupons are usable; returns usable coupons only; creator_mchid wins if both are given.
                 * @example 9865000
                 */
                available_mchid?: string;
                /**
                 * @description 业务类型，查询消费金时传 MULTIUSE（新文档有，官方 Go SDK 没有）。Business type; MULTIUSE for consumption money (in the newer docs, not in the Go SDK).
                 * @example MULTIUSE
                 */
                business_type?: components["schemas"]["BusinessType"];
                /**
                 * @description 创建批次的商户号（推荐）；返回除已过期外的所有状态。Creator mchid (recommended); returns every state except expired.
                 * @example 9865002
                 */
                creator_mchid?: string;
                /**
                 * @description 分页大小，默认 20，文档未给最大值；使用 available_mchid 时忽略。Page size, default 20, no documented maximum; ignored with available_mchid.
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description 分页页码，从 0 开始，默认 0。**页码，不是行偏移。** 使用 available_mchid 时忽略。Page INDEX from 0 (default 0), not a row offset; ignored with available_mchid.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description 批次发放商户号。暂未开放。Sending merchant; not open yet.
                 * @example 9865003
                 */
                sender_mchid?: string;
                /**
                 * @description 券状态过滤（SENDED 或 USED）；使用 available_mchid 时忽略。Status filter; ignored with available_mchid.
                 * @example SENDED
                 */
                status?: components["schemas"]["CouponStatusFilter"];
                /**
                 * @description 批次号；使用 available_mchid 时忽略。Stock ID filter; ignored with available_mchid.
                 * @example 9865000
                 */
                stock_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
                 * @example 2323dfsdf342342
                 */
                openid: components["parameters"]["OpenidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 一页用户的券。One page of the user's coupons. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouponCollection"];
                };
            };
            /** @description 参数错误或 openid/appid 不匹配。Invalid parameters or openid/appid mismatch. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    sendCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
                 * @example 2323dfsdf342342
                 */
                openid: components["parameters"]["OpenidPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendCouponBody"];
            };
        };
        responses: {
            /** @description 券已发放。The coupon was sent. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendCouponResponse"];
                };
            };
            /** @description 参数错误、openid/appid 不匹配或批次状态不对。Invalid parameters, openid/appid mismatch or wrong stock state. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权发券、预算不足、用户限领或用户异常。Not allowed, budget exhausted, per-user limit or abnormal user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 批次不存在。Stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    queryCoupon: {
        parameters: {
            query: {
                /**
                 * @description 公众号、小程序或 APP 的 appid，须与 openid 匹配并与调用商户号绑定。Official-account, mini-program or app appid; must match the openid and be bound to the calling mchid. Letters, digits, `_` and `-` (the docs give only string(128) and the example `wx233544546545989`, so no exact `wx` + hex format is pinned).
                 * @example wx233544546545989
                 */
                appid: components["parameters"]["AppidQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description 代金券 ID（纯数字）。Coupon ID; digits only (IDs are digit strings), which also keeps `/`, `..` and control characters out of the URL path.
                 * @example 9867041
                 */
                coupon_id: string;
                /**
                 * @description 用户在 appid 下的 OpenID，须属于 appid。The user's OpenID under `appid`; must belong to it. Letters, digits, `_` and `-` (the URL-safe alphabet OpenIDs use; the docs give no exact format, so only that is pinned), which keeps `/`, `..` and control characters out of the URL path.
                 * @example 2323dfsdf342342
                 */
                openid: components["parameters"]["OpenidPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 券详情。The coupon. Signed response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coupon"];
                };
            };
            /** @description 参数错误或 openid/appid 不匹配。Invalid parameters or openid/appid mismatch. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            401: components["responses"]["SignError"];
            /** @description 无权限。No permission. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description 券或批次不存在。Coupon or stock not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            429: components["responses"]["RateLimited"];
            500: components["responses"]["SystemError"];
        };
    };
    couponUse: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description 微信支付请求 ID，联系支持时提供。WeChat Pay request ID; quote it in support tickets.
                 * @example 08F78BB5AF0610D302108E0A18E4C1B1F20628A8D40130D4F701-0
                 */
                "Request-ID"?: string;
                /**
                 * @description 通知签名随机串。Signature nonce.
                 * @example c5ac7061fccab6bf3e254dcf98995b8c
                 */
                "Wechatpay-Nonce": string;
                /**
                 * @description 验签所用微信支付公钥 ID 或平台证书序列号。PUB_KEY_ID_… or platform certificate serial naming the key to verify with.
                 * @example PUB_KEY_ID_01142321349124100000000000000000
                 */
                "Wechatpay-Serial": string;
                /**
                 * @description 通知签名（Base64，RSA-SHA256 PKCS#1 v1.5）。Base64 RSASSA-PKCS1-v1_5 SHA-256 signature of `timestamp\nnonce\nbody\n`.
                 * @example fHcxn8Ky17BMmkzP5PKPS9kLa31/+FvRkjO6DA9gXm4cSClxH15ixSpr5sUAC48Ag8STAoFQbmHm3BgyrlAAu9RzT+n4LNG6ewGS6eAESujovC1LdMNUiVYSfEwBdblpLi2K5963oOCJsxUbM6PD9C5EmUZYQEv0VhhZbPt7ydCOM3+dglqcxhgbun+RK0Tb549atzt+D8/YQjSJnG9N00p+o86gOMtc/53Yss/+KSd/rj3qNNtfxANrjnJnPlBQtG5LUU4bmQoyMuw4TIImLkkyG0hUPnSIbPSDqPszqxEeCJIlVSZsSXFVeNCizQywUOPLSHG+5lNla6/3zyitMg==
                 */
                "Wechatpay-Signature": string;
                /**
                 * @description 签名类型。Signature type.
                 * @example WECHATPAY2-SHA256-RSA2048
                 */
                "Wechatpay-Signature-Type"?: "WECHATPAY2-SHA256-RSA2048";
                /**
                 * @description 通知签名时间戳（秒）。Signature timestamp, Unix seconds; reject if more than 300 s from now.
                 * @example 1554209980
                 */
                "Wechatpay-Timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouponUseNotification"];
            };
        };
        responses: {
            /** @description 商户已接收并验签成功（应答体可选）。Accepted after successful verification; body optional. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
            /** @description 商户已接收并验签成功（无应答体）。Accepted, no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 验签或解密失败（包括签名探测），微信支付将重试。Verification or decryption failed (including the signature probe); WeChat Pay retries. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
            /** @description 商户处理失败，微信支付将重试（每分钟一次，共 9 次）。Merchant-side failure; WeChat Pay retries once a minute, 9 times. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
}
