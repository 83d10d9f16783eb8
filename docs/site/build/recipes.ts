/** A recipe from the method: a config in docs/site/recipes/, and why it is built that way. */
export interface Recipe {
  /** The config's file in docs/site/recipes/, and the recipe's anchor. */
  readonly name: string;
  readonly title: string;
  /** When to use it. */
  readonly when: string;
  /** Why each step is where it is (HTML). */
  readonly why: readonly string[];
}

export const recipes: readonly Recipe[] = [
  {
    name: 'two-step-opt-in',
    title: 'Two-step opt-in',
    when: 'A newsletter, a course by email, a checklist: the email is the whole ask.',
    why: [
      'Step 1 asks for the email alone, and it is a <code>lead: true</code> step: the lead is kept the moment it is given, whatever happens next.',
      "The consent to email sits beside the email, in words that say what will be sent: a lead without it is the linter's first warning.",
      'Step 2 is optional questions. Asked after the yes, they are answered far more often than on a long first form; skipping them costs nothing.',
      '<code>track: true</code> on the role only: a choice, never contact details, reaches analytics.',
      'The thanks step offers the next small step, a link to read day 1 now.',
    ],
  },
  {
    name: 'cta-then-email',
    title: 'CTA, then email',
    when: 'The visitor has not decided yet: a click is a smaller yes than typing.',
    why: [
      'A <code>cta</code> step is one button. The click is the first commitment, and it costs nothing.',
      'The email comes next, on its own, with the promise repeated in its title.',
      'The progress text says "Step 1 of 2" from the start: the ladder is shown, not hidden.',
    ],
  },
  {
    name: 'quiz-with-branching',
    title: 'Quiz funnel with branching',
    when: 'The offer depends on the answers: a plan, a recommendation, a quote.',
    why: [
      '<code>choice</code> steps answer and move on with one click each.',
      'The first answer branches: <code>next</code> lists <code>{ when, goto }</code> rules, checked in order; the last, without <code>when</code>, is the default.',
      'The email is asked once the plan is "ready": the person has invested answers and wants the result.',
      'The progress count follows the path actually taken, so it stays honest after a branch.',
    ],
  },
  {
    name: 'free-tool-then-email',
    title: 'Free tool, then email',
    when: 'A calculator or a grader: the person gets value before giving anything.',
    why: [
      'The first steps are the tool itself: one number each (one question at a time is the smallest ask), checked as numbers, with ranges.',
      'The email is asked to send the result, which is the value the person came for.',
      'The numbers are <code>track: true</code>: counts, not personal data, so the funnel report can segment by them.',
    ],
  },
  {
    name: 'thank-you-next-step',
    title: 'Thank-you page with a next step',
    when: 'Any form: the thanks step is the start of the next ladder, not a dead end.',
    why: [
      'The thanks step offers one next small ask, here a short video, as a link (<code>next.href</code>).',
      'Following it sends <code>next_step_click</code>, so the funnel report shows how many take the second step.',
    ],
  },
];
