import { ErrorSummary } from './error-summary';
import { stepViews } from './steps';
import type { ViewSet } from './view-types';

/** Every view the runtime draws with. */
export const allViews: ViewSet = { steps: stepViews, summary: ErrorSummary };
