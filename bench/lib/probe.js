// Injected into every bench page before its own scripts (Playwright's addInitScript), the same
// for both variants. It times what a person sees, in the page's clock (ms since navigation
// start): when the first field is painted, and how long a click takes to paint the next step.
// It reads the page only from animation frames, so it adds no task of its own to the page's.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the counts stay empty, which the runner reports as 0.
  }

  /** Every element matching `selector`, in the document and in every open shadow root, in order. */
  const deepAll = (selector, root = document) => {
    const found = [];
    for (const element of root.querySelectorAll('*')) {
      if (element.matches(selector)) found.push(element);
      if (element.shadowRoot) found.push(...deepAll(selector, element.shadowRoot));
    }
    return found;
  };

  /** Laid out, not hidden by CSS, enabled and in the tab order: a person can see it and tab to it. */
  const usable = (element) => {
    const box = element.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      !element.disabled &&
      element.tabIndex >= 0 &&
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
    );
  };

  const firstField = () => deepAll('input:not([type=hidden]), select, textarea').find(usable) !== undefined;
  const headingNamed = (text) => () =>
    deepAll('h1, h2, h3').some((heading) => heading.textContent.trim() === text);

  /**
   * Resolves with `performance.now()` at the second animation frame after `ready()` first holds:
   * the frame that shows it has been painted. Checked once a frame, the first check included.
   */
  const painted = (ready) =>
    new Promise((resolve) => {
      const check = () => {
        if (ready()) requestAnimationFrame(() => resolve(performance.now()));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });

  /**
   * The next click's cost. `painted`: from the click event's timeStamp (when the input arrived,
   * as INP counts) to the second frame after the step headed `text` is present. `work`: from
   * when the click's handling starts (this listener runs first) until that step is in the DOM
   * and laid out (a MutationObserver on the document and every open shadow root, then a forced
   * layout): script, style and layout, no input delay and no wait for a frame.
   */
  const armClick = (text) => {
    const ready = headingNamed(text);
    bench.transition = new Promise((resolve) => {
      addEventListener(
        'click',
        (event) => {
          const start = event.timeStamp;
          const processing = performance.now();
          let work;
          const observer = new MutationObserver(() => {
            if (!ready()) return;
            observer.disconnect();
            document.body.getBoundingClientRect();
            work = performance.now() - processing;
          });
          const roots = [document, ...deepAll('*').flatMap((element) => element.shadowRoot ?? [])];
          for (const root of roots) observer.observe(root, { childList: true, subtree: true });
          painted(ready).then((at) => {
            observer.disconnect();
            resolve({
              start,
              inputDelay: processing - start,
              work: work ?? at - processing,
              painted: at - start,
            });
          });
        },
        { capture: true, once: true },
      );
    });
  };

  const bench = { longTasks, firstField: painted(firstField), armClick, transition: undefined };
  Object.defineProperty(window, '__bench', { value: bench });
})();
