import type { LintRule } from '../lint-rule';
import { consentMissing } from './consent-missing';
import { firstAskTooBig } from './first-ask-too-big';
import { leadWithoutEmail } from './lead-without-email';
import { progressHidden } from './progress-hidden';
import { sensitiveBeforeValue } from './sensitive-before-value';
import { steepGradient } from './steep-gradient';
import { thanksWithoutNextAsk } from './thanks-without-next-ask';
import { tooManyFields } from './too-many-fields';

/** Every rule, in the order a person meets their problems. Adding one is a new file and an entry here. */
export const lintRules: readonly LintRule[] = [
  firstAskTooBig,
  sensitiveBeforeValue,
  steepGradient,
  tooManyFields,
  leadWithoutEmail,
  consentMissing,
  progressHidden,
  thanksWithoutNextAsk,
];
