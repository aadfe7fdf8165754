/**
 * Lines that are page furniture, not article text: share/subscribe/follow prompts, "read more"
 * teasers, advertisement markers, section headings that introduce trailing link or source lists,
 * copyright notices and reporting credits. Used by `src/ingest/boilerplate/`.
 *
 * What belongs here: patterns that match a WHOLE line (anchored) and are specific enough that
 * ordinary sentences never match them ("Share prices fell" must not match a share prompt).
 * Each pattern is tried against a trimmed line of normalised text.
 */

/** A whole line that asks the reader to share, subscribe, follow, sign up or comment. */
export const PROMPT_LINE_PATTERNS: readonly RegExp[] = [
  /^share (this|the) (article|story|page|post|report)\b[^.]{0,60}$/i,
  /^share (on|via|to) (facebook|twitter|x|linkedin|whatsapp|email|reddit|telegram)\b[^.]{0,60}$/i,
  /^(share|tweet|email|print|copy link|comments?)( (share|tweet|email|print|copy link|comments?))*$/i,
  /^(subscribe|sign up|register)( now| today| here)? (to|for) (our|the) [\w\s-]{0,40}(newsletter|updates|alerts|digest|briefing)s?\b.{0,80}$/i,
  /^(subscribe|sign up) (now|today|here)[.!]?$/i,
  /^click here to (subscribe|read more|sign up|share)\b.{0,80}$/i,
  /^follow (us|\w+ news) on (facebook|twitter|x|instagram|linkedin|tiktok|youtube|telegram|whatsapp|threads|bluesky)\b.{0,80}$/i,
  /^join (us|the conversation) on (facebook|twitter|x|instagram|telegram|whatsapp)\b.{0,60}$/i,
  /^(leave a comment|add your comment|join the discussion|view comments?|show comments?)[.!]?$/i,
];

/** A whole line that is an advertisement or reading-aid marker. */
export const ADVERT_LINE_PATTERNS: readonly RegExp[] = [
  /^(advertisement|advertising|sponsored( content)?|story continues below( this)? (advertisement|ad)|continue reading below|scroll to continue( with content)?)$/i,
  /^(listen to this article|reading time:? ?\d+ ?min(ute)?s?( read)?|\d+ ?min(ute)? read|skip to (main )?content)$/i,
  // picture credits left by scrapers ("Image source, Example Images", "Photo credit: Jane Roe/Wire")
  /^(image|photo|picture|video) (source|credit)s?\s*[,:]\s*[^.]{1,80}$/i,
];

/** A single line that is a link teaser: "Related: …", "READ MORE: …". Removed wherever it stands. */
export const TEASER_LINE_PATTERNS: readonly RegExp[] = [
  /^(related|read more|read also|also read|see also|more on this( story)?|recommended|watch|listen|read next)\s*:\s*\S.{0,200}$/i,
];

/** A heading that introduces a trailing list of related links (everything after it is dropped). */
export const RELATED_HEADING_PATTERNS: readonly RegExp[] = [
  /^(related( (articles?|stories|coverage|content|news|reading|posts|links|topics))?|read more|read next|more (stories|news|coverage|from [\p{L}\p{N}' .&-]{2,40}|on this( story| topic)?)|see also|recommended( for you| reading| stories)?|you (may|might) also (like|be interested in)|most (read|popular|viewed|shared)|trending( now| stories)?|also read|top stories|latest (news|stories))\s*:?$/iu,
];

/** A heading that introduces a trailing list of sources or references. */
export const SOURCE_HEADING_PATTERNS: readonly RegExp[] = [
  /^(sources?|references?|further reading|bibliography|notes|citations|external links|links|sources and notes)\s*:?$/i,
];

/** A copyright or rights notice (only removed at the end of an article). */
export const COPYRIGHT_LINE_PATTERNS: readonly RegExp[] = [
  /^(©|\(c\)|copyright\s*(©|\(c\))?\s*(\d{4}|\d{4}\s*[-–]\s*\d{4}))\s*.{0,300}$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
];

/**
 * An agency credit in a shape no sentence has, removed wherever it stands (a note or a second
 * sign-off may follow it): in parentheses, or two roles joined by a semicolon.
 */
export const CREDIT_ANYWHERE_PATTERNS: readonly RegExp[] = [
  /^\((additional |contributing )?(reporting|writing|editing|compiled|research) by\b[^()]{2,400}\)\.?$/i,
  /^(additional |contributing )?(reporting|writing) by\b[^.;()]{2,200};\s*(additional |contributing )?(reporting|writing|editing) by\b[^()]{2,300}$/i,
];

/** A reporting/editing credit such as agencies append ("Reporting by …; Editing by …"). End only. */
export const CREDIT_LINE_PATTERNS: readonly RegExp[] = [
  /^\(?(additional )?(reporting|writing|editing|compiled|contributing|research) by\b[^()]{2,200}\)?\.?$/i,
  /^\(?this (story|article|report) (was|has been) (updated|corrected|amended)\b.{0,200}\)?$/i,
  /^\(?this (story|article|report|piece) (was|is) (originally |first )?(published|posted|syndicated) (on|in|by|from|with)\b.{0,200}\)?$/i,
  /^our standards:.{0,120}$/i,
];

/** A tag or topic list under the article ("Tags: flood, Wexley, weather"). End only. */
export const TAG_LINE_PATTERNS: readonly RegExp[] = [/^(tags|topics|filed under|categories|keywords)\s*:\s*[^.!?]{1,200}$/i];

/**
 * A picture credit inside running text: a photographer and an agency or outlet in parentheses,
 * joined by a slash ("(Jane Roe / Example Wire)", "(Jane Roe/Example News)", "(Submitted by Jane
 * Roe)"). The names in it took the picture; they are never who a later "he said" refers to.
 */
export const PICTURE_CREDIT_PATTERN = /\((?:[^()/\n]{2,60}\s*\/\s*[^()/\n]{2,60}|submitted by [^()\n]{2,60}|(?:photo|file photo|image)[^()\n]{0,60})\)/giu;
