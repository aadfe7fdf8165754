/**
 * What makes two links name one article: query parameters that only track the click, and the
 * markers of AMP and print renderings of a page. Used by ingest/urls/normalize-url.ts.
 * Names are matched case-insensitively.
 */

/** Query parameters set by campaign, ad and share tracking; never part of an article's address. */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid', 'igsh',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid',
  'ocid', 'cmpid', 'cmp', 'ito', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share', 'smid', 'smtyp',
  'ref_src', 'ref_url', 'ncid', 'soc_src', 'soc_trk', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  's_cid', 'spm', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
];

/** Prefixes of tracking parameter families (utm_source, utm_medium, …; pk_campaign, …). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'hsa_', 'stm_'];

/** Query parameters whose presence (with any value, or these values) asks for an AMP or print rendering. */
export const RENDERING_PARAMS: Readonly<Record<string, readonly string[] | null>> = {
  amp: null,
  outputtype: ['amp', 'print'],
  output: ['amp', 'print'],
  view: ['amp', 'print', 'printable'],
  print: null,
  printable: null,
  format: ['amp', 'print'],
};

/** Path segments that mark an AMP or print rendering (…/amp/, …/story/print). */
export const RENDERING_SEGMENTS: readonly string[] = ['amp', 'print', 'printable', 'amp.html'];

/** File-name infixes of the same kind (story.amp.html, story.print.html). */
export const RENDERING_INFIXES: readonly string[] = ['amp', 'print'];

/** Host prefixes of AMP mirrors (amp.news.example). */
export const RENDERING_HOST_PREFIXES: readonly string[] = ['amp.', 'm.'];

/** AMP caches that re-host a page under their own host: https://<cache>/c/s/<host>/<path>, https://www.google.com/amp/s/<host>/<path>. */
export const AMP_CACHE_HOSTS: readonly string[] = ['cdn.ampproject.org', 'www.google.com', 'google.com'];
