// Generated from spec — do not edit. Run `npm run generate` after changing spec/.
// spec sha256: e33ba3ed88071f06a89fed8f1fc460278d5cef3a9c001a78596ddc96df98ca1d
import type { Notification, NotificationInput, WechatPayClient } from "../runtime/index.js";
