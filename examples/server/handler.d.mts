import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Deduper, FormConfig, ReceivedSubmission } from '../../src/server/index';

export declare const guide: FormConfig;
export declare const createLeadHandler: (options?: {
  config?: FormConfig;
  save?: (submission: ReceivedSubmission) => unknown;
  dedupe?: Deduper;
  limit?: number;
}) => (request: IncomingMessage, response: ServerResponse) => Promise<void>;
