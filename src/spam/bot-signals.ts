/** Why a submission looks like a bot's: the honeypot was filled, or the form was finished too fast. */
export type BotSignal = 'honeypot' | 'too_fast';

export interface BotCheck {
  /** What the honeypot field holds at submission time. */
  readonly trap: string;
  /** When the form started (its `form_view`), by the injected clock. */
  readonly startedAt: number;
  /** When the submission was asked for. */
  readonly at: number;
  readonly submission: 'lead' | 'final';
}

/**
 * The bot signals of one submission, in a fixed order; empty for a person. Only the
 * final submission is timed: a lead may honestly come seconds after the form appears.
 */
export const botSignals = (
  spam: { readonly honeypot: boolean; readonly minFillTime: number },
  check: BotCheck,
): BotSignal[] => {
  const signals: BotSignal[] = [];
  if (spam.honeypot && check.trap !== '') signals.push('honeypot');
  if (check.submission === 'final' && check.at - check.startedAt < spam.minFillTime) signals.push('too_fast');
  return signals;
};
