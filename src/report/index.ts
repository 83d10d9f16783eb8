// `yesladder/report`: the funnel report. Events in (the JSON lines `beaconSink` posts, or an
// export), per-step tables and an A/B comparison out, as data, text or one HTML page.
// Pure: no file system, no process; the CLI (`yesladder report`) is the Node front.

export {
  type AggregatorOptions,
  createFunnelAggregator,
  type FunnelAggregator,
} from './create-funnel-aggregator';
export { type FormatReportOptions, formatReport } from './format-report';
export { type RenderReportHtmlOptions, renderReportHtml } from './render-report-html';
export { type ReportFromLinesOptions, type ReportProgress, reportFromLines } from './report-from-lines';
export type {
  Comparison,
  FormReport,
  InputSummary,
  Report,
  SkippedLines,
  StepRow,
  VariantReport,
  VerdictKind,
} from './types';
