/**
 * Nouns for the medium a quotation was published in, not who said it: "the union's Facebook
 * page posted", "the statement said", "its website explains", "a company filing reads". A phrase
 * whose head is one of these never speaks itself: its owner does ("the Local 12 page" → Local 12,
 * "its website" → whoever "its" is), and with no owner the quote gets no speaker from it.
 * Lower case, singular and plural.
 */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'page', 'pages', 'website', 'websites', 'site', 'sites', 'account', 'accounts', 'feed', 'feeds', 'handle', 'profile',
  'statement', 'statements', 'release', 'releases', 'post', 'posts', 'tweet', 'tweets', 'blog', 'blogs', 'newsletter',
  'newsletters', 'email', 'emails', 'e-mail', 'letter', 'letters', 'memo', 'memos', 'filing', 'filings', 'document',
  'documents', 'brief', 'briefs', 'notice', 'notices', 'announcement', 'announcements', 'message', 'messages',
  'channel', 'channels', 'video', 'videos', 'advert', 'advertisement', 'ad', 'ads', 'flyer', 'leaflet', 'banner',
  'sign', 'signs', 'placard', 'placards', 'petition', 'transcript', 'bulletin', 'communique', 'communiqué', 'app',
]);

/**
 * Verbs by which someone puts out a medium ("Acme issued a statement", "the campaign sent out an
 * email", "the club responded that …"): the subject of such a verb owns the statement, email or
 * advertisement that a quotation is then credited to. Lower case, finite forms.
 */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set([
  'issued', 'issues', 'released', 'releases', 'sent', 'sends', 'published', 'publishes', 'posted', 'posts', 'put',
  'puts', 'responded', 'responds', 'launched', 'launches', 'ran', 'runs', 'aired', 'airs', 'distributed',
  'circulated', 'filed', 'files', 'blasted', 'unveiled', 'unveils', 'emailed', 'mailed', 'tweeted',
]);
