// Lines that pages repeat around every article (share prompts, promos, legal notes): never body text.

/**
 * Whole-line patterns, tested against a paragraph with whitespace collapsed. Each is anchored so that a real
 * sentence that merely mentions, say, a newsletter is kept.
 */
const BOILERPLATE_LINES: readonly RegExp[] = [
  /^send (?:this )?(?:in|by|via) e-?mail$/i,
  /^(?:e-?mail|print|tweet|share|save|copy link|whatsapp|facebook|twitter|linkedin|reddit|pinterest)(?: (?:this|article|story|link))?$/i,
  /^share (?:this|the) (?:article|story|page|post)(?: on \w+)?:?$/i,
  /^share (?:on|via|to|with) (?:facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit|telegram|pinterest)$/i,
  /^(?:print|email|e-mail)(?: this)? (?:article|story|page)$/i,
  /^click (?:the|on the) (?:alert|bell) icon to follow topics:?$/i,
  /^follow (?:topics|this topic|us)(?: on \w+)?:?$/i,
  /^(?:sign up|subscribe|register)(?: now| here| today)?(?: (?:to|for) (?:our|the) [\w -]{0,40}newsletters?)?[.!:]?$/i,
  /^(?:get|receive) (?:the|our) [\w -]{0,40}newsletters?(?:[:,-] .{0,40})?$/i,
  /^subscribe(?: (?:now|today|here))?(?: to [\w -]{0,40})?[.!]?$/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|ad|paid content|promoted(?: content)?)$/i,
  /^(?:read|see|show|load) (?:more|also|full (?:article|story))(?: (?:stories|articles|news))?:?$/i,
  /^(?:related|recommended|more|top|latest)(?: (?:articles|stories|news|content|coverage|topics|posts))?:?$/i,
  /^(?:most (?:read|popular|viewed|shared|emailed))(?: (?:articles|stories|news))?:?$/i,
  /^(?:we|this (?:site|website)) uses? cookies\b.{0,200}$/i,
  /^(?:accept|allow)(?: all)? cookies$/i,
  /^cookies?(?: (?:policy|settings|preferences))?$/i,
  /^(?:comments?|leave a (?:comment|reply)|post a comment|\d+ comments?|comments are (?:closed|disabled)(?: for this (?:article|story|post))?)[.:]?$/i,
  /^(?:©|\(c\)|copyright)?\s*(?:\d{4}(?:-\d{4})?)?\s*[\w .,&'-]{0,60}\.?\s*all rights reserved\.?$/i,
  /^(?:photo(?:graph)?|image|picture)(?: credit)?\s*:\s*.{0,60}$/i,
  /^photo credit\b.{0,60}$/i,
  /^\((?:AP|AFP|Reuters|EPA|Getty)[^()]{0,60}\)$/i,
  /^(?:tags?|topics?|filed under|categories):?$/i,
  /^(?:skip to (?:main )?content|back to top|jump to comments)$/i,
  /^(?:loading|please wait)\W*$/i,
  /^(?:you may also like|you might also like|more from [\w .]{0,40}|trending now|don't miss):?$/i,
  // Gallery and player controls read out as text: "Caption", "Close", "Image 3 of 5", "1 - 5 of 36".
  /^(?:caption|close|hide caption|toggle caption|expand|enlarge (?:this )?image|advert|previous|next)$/i,
  /^(?:image|photo|picture|slide) \d+ (?:of|\/) \d+$/i,
  /^\d+ ?[-–] ?\d+ of \d+$/i,
  /^this (?:slideshow|video|content|feature) requires javascript\.?$/i,
  /^(?:sharing is caring|share this(?: story| article)?(?: with (?:a|your) friends?)?|like this (?:story|article)\? share it with a friend)[.!]?$/i,
  /^tell us what you think\W*$/i,
  // Press-release furniture.
  /^(?:for immediate release|embargoed until\b.{0,60})$/i,
  /^[-–—#*\s]*(?:ends?|###)[-–—#*\s]*$/i,
];

/** Is this line a known boilerplate line rather than article text? */
export function isBoilerplate(line: string): boolean {
  if (line.length > 300) return false;
  return BOILERPLATE_LINES.some((pattern) => pattern.test(line));
}

/**
 * Is the line one phrase written two or more times in a row ("Send in e-mailSend in e-mail")? Such lines
 * come from icon labels plus screen-reader text, never from prose.
 */
export function isSelfRepetition(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  const n = compact.length;
  if (n < 4 || n > 400) return false;
  for (let size = 2; size <= n / 2; size += 1) {
    if (n % size !== 0) continue;
    const unit = compact.slice(0, size);
    if (unit.repeat(n / size) === compact) return true;
  }
  return false;
}
