import type { LintRule } from '../lint-rule';

const hint =
  'Give the thanks step a next small ask: "next": { "label": "Watch the 2-minute video", "href": "/video" }.';

/**
 * `thanks-without-next-ask` (info): the form does not end on a thanks step offering the next
 * small step (`next: { label, href }`). Someone who has just said yes is the likeliest to say
 * the next one; without an offer the ladder stops there. A missed chance, not friction: info.
 */
export const thanksWithoutNextAsk: LintRule = {
  id: 'thanks-without-next-ask',
  severity: 'info',
  check({ steps }) {
    const ends = steps.filter((facts) => facts.traits.ends);
    if (!ends.length)
      return [
        {
          path: 'steps',
          message: 'The form has no thanks step, so it ends without offering a next small step.',
          hint: `Add a last step { "id": "thanks", "type": "thanks", … }. ${hint}`,
        },
      ];
    return ends
      .filter((facts) => !facts.step.offer)
      .map((facts) => ({
        path: facts.path,
        message: `The thanks ${facts.name} offers no next small step.`,
        hint,
      }));
  },
};
