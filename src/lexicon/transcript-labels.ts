/**
 * Capitalised words that open a line with a colon but name no speaker: a label of the outlet's
 * ("CORRECTION: …", "UPDATE: …", "WATCH: …") or of the medium ("VIDEO: …"), never a transcript's
 * speaker tag ("PENCE: …"). Lower case; a tag whose words are all here is not a speaker.
 */
export const TRANSCRIPT_LABELS: ReadonlySet<string> = new Set([
  'update', 'updated', 'updates', 'correction', 'corrections', 'clarification', 'editor', 'editor’s', 'editor\'s', 'editors',
  'note', 'notes', 'video', 'audio', 'photo', 'photos', 'watch', 'listen', 'read', 'related', 'see', 'also', 'more',
  'exclusive', 'breaking', 'news', 'byline', 'email', 'e-mail', 'previously', 'earlier', 'source', 'sources', 'disclosure',
  'warning', 'spoiler', 'advertisement', 'sponsored', 'transcript', 'excerpt', 'excerpts', 'full', 'text', 'short', 'reads',
  'live', 'analysis', 'opinion', 'commentary', 'poll', 'question', 'answer', 'q', 'a', 'crosstalk', 'laughter', 'applause',
  'unidentified', 'unknown', 'male', 'female', 'voice', 'narrator', 'caption', 'credit', 'credits', 'contact', 'follow',
  'tip', 'tips', 'fact', 'check', 'facts', 'bottom', 'line', 'summary', 'background', 'context', 'what', 'why', 'how',
  'who', 'when', 'where', 'boom', 'look', 'busted', 'wow', 'must', 'urgent', 'alert', 'developing', 'just', 'in', 'and',
  'the', 'of', 'for', 'to', 'on', 'at', 'by',
]);
