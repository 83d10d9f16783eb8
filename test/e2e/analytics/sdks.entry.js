// The page's own analytics, as a funnel owner loads them: posthog-js and Segment's
// analytics-next, bundled by the e2e test and pointed at the test server's /capture/ routes.
import { AnalyticsBrowser } from '@segment/analytics-next';
import posthog from 'posthog-js';

const origin = window.location.origin;

posthog.init('phc_yesladder_test', {
  api_host: `${origin}/capture/posthog`,
  ui_host: origin,
  // Plain JSON bodies, one request per capture, nothing but what we call capture() with.
  disable_compression: true,
  request_batching: false,
  autocapture: false,
  capture_pageview: false,
  capture_pageleave: false,
  capture_exceptions: false,
  capture_heatmaps: false,
  capture_dead_clicks: false,
  capture_performance: false,
  disable_session_recording: true,
  disable_surveys: true,
  disable_product_tours: true,
  disable_conversations: true,
  disable_web_experiments: true,
  // No remote config, no /flags, no scripts fetched from PostHog's asset host.
  advanced_disable_flags: true,
  disable_external_dependency_loading: true,
  persistence: 'memory',
  // Headless Chromium says so in its user agent, and PostHog drops bots' events.
  opt_out_useragent_filter: true,
});
window.posthog = posthog;

// The CDN settings come from the test server too; they send events to /capture/segment.
window.analytics = AnalyticsBrowser.load(
  { writeKey: 'test-key', cdnURL: `${origin}/capture/segment-cdn` },
  { disableClientPersistence: true },
);
