import type { MountOptions } from '../mount-options';
import { onFirst } from '../on-first';
import { readConfig, readTag, type TagForm } from '../read-config';
import { query, whenReady } from '../when-ready';
import { paintFirst } from './paint-first';
import type { PaintedForm } from './painted-form';

/** What the first script and its runtime hand each other on the runtime's `<script>` element. */
export interface Handover {
  /** The first script's modules, by the index the build gave them: one Preact, one set of components. */
  readonly modules: readonly unknown[];
  /**
   * The first script's own tag's form, when it was read but not painted: the runtime mounts it
   * once the page is parsed (the first script reads the tag then, before the runtime looks).
   */
  readonly tag?: TagForm;
  /** Called by the runtime once it runs, with its way to take over a painted form. */
  takeOver(adopt: (painted: PaintedForm) => void): void;
}

/** The part of the Trusted Types API the first script uses (not in TypeScript's DOM types). */
type TrustedTypesWindow = Window & {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): unknown };
  };
};

/** The async snippet's stub, and ours: calls made before the runtime runs. */
type Stub = ((...args: unknown[]) => void) & { q?: ArrayLike<unknown>[] };

const MARK = 'data-yesladder-mounted';

/**
 * `yesladder.js`, the first of the split script build: paints each inline form's first step
 * with the runtime's own components, keeps what the person types, and loads the runtime
 * (`yesladder.runtime.js`, beside it) when the page is idle, or at once when the person
 * acts. The runtime then takes each form over in place. The page's global is the async
 * snippet's queue until then: `yesladder('mount', …)` and friends run when the runtime does.
 */
export const boot = (modules: readonly unknown[], integrity: string): void => {
  const self = document.currentScript as HTMLScriptElement | null;
  // Another copy's runtime already runs the page: hand it our tag, as the full build does.
  const current = window.yesladder as { autoMount?: (from?: HTMLScriptElement) => unknown } | undefined;
  if (typeof current?.autoMount === 'function') {
    whenReady(() => {
      try {
        if (self) current.autoMount?.(self);
        current.autoMount?.();
      } catch {}
    });
    return;
  }
  const queued: ArrayLike<unknown>[] = Array.from((window.yesladder as Stub | undefined)?.q ?? []);
  const painted: PaintedForm[] = [];
  const stops: (() => void)[] = [];
  let adopt: ((form: PaintedForm) => void) | undefined;
  let loading = false;
  let leftTag: Handover['tag'];
  let instances = 0;

  let failed = false;
  const fail = (why: string) => {
    failed = true;
    console.error(
      `yesladder: the runtime (yesladder.runtime.js) could not load${why}. The form is not shown. Serve it beside yesladder.js, or use yesladder.global.js, one file.`,
    );
    for (const form of painted.splice(0)) form.host.remove();
  };

  const load = () => {
    if (loading) return;
    loading = true;
    if (!self?.src) return fail(': yesladder.js must be loaded by a <script src> tag');
    const url = new URL('yesladder.runtime.js', self.src).href;
    const script = document.createElement('script');
    const handover: Handover = {
      modules,
      // Read when the runtime asks: it may have been fetched (by a call) before the page was scanned.
      get tag() {
        return leftTag;
      },
      takeOver(adoptForm) {
        adopt = adoptForm;
        for (const stop of stops.splice(0)) stop();
        for (const form of painted.splice(0)) adoptForm(form);
      },
    };
    Object.assign(script, { yesladderHandover: handover, async: true });
    if (self.nonce) script.nonce = self.nonce;
    // The runtime is checked as strictly as the tag that loads it.
    if (self.integrity) script.integrity = integrity;
    if (self.crossOrigin !== null) script.crossOrigin = self.crossOrigin;
    script.onerror = () => fail(` from ${url}`);
    let source: unknown = url;
    try {
      // Pages enforcing Trusted Types allow the name `yesladder-chunk`; it makes this one URL only.
      source =
        (window as TrustedTypesWindow).trustedTypes
          ?.createPolicy('yesladder-chunk', {
            createScriptURL: (given: string) => {
              if (given !== url) throw new TypeError(`yesladder-chunk makes ${url} only`);
              return given;
            },
          })
          .createScriptURL(url) ?? url;
    } catch {}
    try {
      script.src = source as string;
    } catch {
      return fail(': this page’s Trusted Types policy refused it (allow the policy name yesladder-chunk)');
    }
    document.head.append(script);
  };

  /** Paints `config` into `where()`, or says it cannot (the runtime then mounts it). */
  const paint = (where: () => Element, config: unknown, options: MountOptions = {}): boolean => {
    // Answers given up front (and the steps they may skip) are the runtime's to show.
    if (options.prefill) return false;
    const painting = paintFirst(where, config, {
      shadow: options.shadow ?? true,
      nonce: options.nonce,
      uid: `yl-first${++instances}`,
      now: options.now ?? Date.now,
      storage: () => options.localStorage ?? localStorage,
      // Anything but typing waits for the runtime: fetch it now.
      onAction: load,
    });
    if (!painting) return false;
    const shown: PaintedForm = { ...painting, options };
    // A person reaching for the form will act in a moment: fetch the runtime now. The runtime,
    // once here, needs none of this (the listeners would keep the first paint's state alive).
    stops.push(onFirst(shown.host.element, ['pointerdown', 'focusin', 'keydown'], load));
    if (adopt) {
      for (const stop of stops.splice(0)) stop();
      adopt(shown);
    } else painted.push(shown);
    return true;
  };

  /**
   * A `yesladder('mount', target, config, options?)` call (the async snippet's): painted as a
   * placeholder is, unless its target is missing or already holds a form. Says whether it was.
   */
  const paintCall = (args: ArrayLike<unknown>): boolean => {
    const [name, target, config, options] = Array.from(args);
    if (name !== 'mount') return false;
    const element = typeof target === 'string' ? query(target) : target instanceof Element ? target : null;
    if (!element || element.hasAttribute(MARK) || element.querySelector(':scope > [data-yesladder-host]'))
      return false;
    return paint(() => element, config, options as MountOptions | undefined);
  };

  /** The tag's form, every placeholder and every queued mount: painted, or left for the runtime. */
  const scan = () => {
    // The painted ones leave the queue: the runtime takes them over with their options.
    for (let i = 0; i < queued.length; i++)
      if (paintCall(queued[i] as ArrayLike<unknown>)) queued.splice(i--, 1);
    const tag = self ? readTag(self) : undefined;
    // A `data-prefill` is read by the runtime, which shows that form.
    if (tag && (tag.prefill || !paint(tag.target, tag.config))) leftTag = tag;
    for (const placeholder of document.querySelectorAll<HTMLElement>('[data-yesladder]')) {
      if (placeholder.hasAttribute(MARK)) continue;
      const config = readConfig(placeholder.dataset.yesladder ?? '', 'data-yesladder');
      if (config === undefined || (!placeholder.dataset.prefill && paint(() => placeholder, config)))
        placeholder.setAttribute(MARK, '');
    }
  };

  // The page's global until the runtime replaces it: calls wait in `q`, as the async snippet's do.
  const stub: Stub = (...args: unknown[]) => {
    if (failed) {
      console.error(
        `yesladder: yesladder(${JSON.stringify(args[0])}, …) cannot run: the runtime did not load.`,
      );
      return;
    }
    // Once the page is parsed, a mount is painted now; every call asks for the runtime.
    if (document.readyState === 'loading' || !paintCall(args))
      queued.push(args as unknown as ArrayLike<unknown>);
    load();
  };
  stub.q = queued as ArrayLike<unknown>[];
  // The second writer of the global (see install-global.ts): the queue, until the runtime.
  window.yesladder = stub;

  whenReady(() => {
    scan();
    // Nothing painted (or calls already waiting): nothing to show until the runtime is here.
    // Asked for in a task of its own, so the page's parsing is not held by this script.
    if (!painted.length || queued.length) setTimeout(load);
    else if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
    else setTimeout(load, 1);
  });
};
