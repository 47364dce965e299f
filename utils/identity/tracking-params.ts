/**
 * Query parameters that say how a reader arrived, not which article they read. Removed from URLs
 * before they become an article's identity, so a link shared on WeChat and the same link from a
 * newsletter are one article. Names are matched case-insensitively; a trailing `*` is a prefix.
 */
export const TRACKING_PARAMS: readonly string[] = [
  // Web analytics and ad click ids
  'utm_*', 'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'igshid', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', '_ga', '_gl',
  // Chinese platforms: Alibaba/Taobao spm and scm, WeChat and app share markers, Baidu, Bilibili, Toutiao
  'spm', 'scm', 'from', 'isappinstalled', 'wfr', 'share_token', 'sharer_shareid', 'sharer_sharetime',
  'share_source', 'share_medium', 'share_plat', 'share_from', 'share_tag', 'share_session_id', 'timestamp',
  'tt_from', 'tt_medium', 'tdsourcetag', 'vd_source', 'wxfrom', 'clicktime', 'enterid', 'scene',
  'subscene', 'sessionid', 'ascene', 'devicetype', 'nettype', 'pass_ticket', 'wx_header',
];
