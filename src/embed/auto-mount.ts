import { type FormHandle, mount } from './mount';

/**
 * Mounts the form a `<script data-config="#id">` tag points at: the JSON in that
 * element, into `data-target` (a selector) or right after the script. Problems are
 * logged, never thrown.
 */
export const autoMount = (script: HTMLScriptElement): FormHandle | undefined => {
  const ref = script.dataset.config;
  if (!ref || script.hasAttribute('data-yesladder-mounted')) return undefined;
  script.setAttribute('data-yesladder-mounted', '');
  const source = document.querySelector(ref);
  if (!source) {
    console.error(
      `yesladder: data-config="${ref}" matches no element. Point it at a <script type="application/json" id="…"> holding the config.`,
    );
    return undefined;
  }
  let config: unknown;
  try {
    config = JSON.parse(source.textContent ?? '');
  } catch (error) {
    console.error(`yesladder: the config in ${ref} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
  let target: Element | string | undefined = script.dataset.target;
  // The same tag twice, or two copies of the script: the form already there stays the only one.
  if (target && document.querySelector(target)?.querySelector(':scope > [data-yesladder-host]'))
    return undefined;
  if (!target) {
    target = document.createElement('div');
    script.after(target);
  }
  return mount(target, config);
};

/** Runs `autoMount` once the document is parsed (a script in `<head>` without `defer` runs before the target exists). */
export const autoMountWhenReady = (script: HTMLScriptElement | null): void => {
  if (!script) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => autoMount(script), { once: true });
  } else {
    autoMount(script);
  }
};
