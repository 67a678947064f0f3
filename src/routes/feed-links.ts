/** Where a unit's feed lives: https for Outlook on the web and APIs, webcal for Apple and desktop clients. */
export function feedLinks(origin: string, slug: string) {
  const feedUrl = `${origin}/feeds/units/${slug}.ics`;
  return { feedUrl, webcalUrl: feedUrl.replace(/^https?:/, "webcal:") };
}
