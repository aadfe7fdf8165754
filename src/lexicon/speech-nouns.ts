/**
 * Nouns for something said, which take the speaker as a possessive:
 * "the coach's remark that …", "the minister’s statement: “…”". Lower case.
 */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'remark', 'remarks', 'statement', 'statements', 'comment', 'comments', 'words', 'warning', 'claim', 'assertion',
  'message', 'tweet', 'post', 'pledge', 'promise', 'reply', 'response', 'answer', 'speech', 'address', 'testimony',
  'admission', 'announcement', 'declaration', 'quip', 'ultimatum', 'insistence', 'description',
]);
