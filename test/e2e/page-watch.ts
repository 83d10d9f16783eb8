import type { Page } from 'playwright-core';

/** What went wrong on a page, as a person's devtools would show it. */
export interface PageWatch {
  /** Text of every `console.error`, including the browser's own (failed loads, CSP reports). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  readonly pageErrors: string[];
  /** `securitypolicyviolation` events: the directive and the blocked URI. */
  readonly cspViolations: string[];
}

/**
 * Starts recording console errors, uncaught errors and CSP violations on `page`, across
 * navigations. Call before the first `goto`.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { consoleErrors: [], pageErrors: [], cspViolations: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(String(error)));
  // A binding survives navigations, so a violation reported while leaving a page is not lost.
  await page.exposeFunction('__ylReportCsp', (report: string) => watch.cspViolations.push(report));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ylReportCsp?: (text: string) => void }).__ylReportCsp;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return watch;
}

/** The focused element, followed into open shadow roots: tag, type, text and label. */
export function deepActiveElement(
  page: Page,
): Promise<{ tag: string; type: string; text: string; label: string }> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element) return { tag: '', type: '', text: '', label: '' };
    const labels = (element as HTMLInputElement).labels;
    return {
      tag: element.tagName.toLowerCase(),
      type: element.getAttribute('type') ?? '',
      text: (element.textContent ?? '').trim(),
      label: labels?.[0]?.textContent?.trim() ?? element.getAttribute('aria-label') ?? '',
    };
  });
}
