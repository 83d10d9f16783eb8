import type { EventName, YesLadderEvent } from '../events/types';
import type { Consent } from '../schema/config';
import { attachForm } from './attach';
import { autoMount } from './auto-mount';
import type { FormHandle } from './form-handle';
import { mount } from './mount';
import { mountOnce } from './mount-once';
import type { Mount, MountOptions } from './mount-options';
import { setPageConsent } from './page-consent';
import { route } from './route-changes';
import { query, whenReady } from './when-ready';

/**
 * `window.yesladder(command, ...args)`: what the async snippet queues before the script
 * arrives, and runs at once after. It never throws; a wrong call is one console error.
 */
export interface YesLadderCommand {
  /** Mounts a form, unless `target` already holds one (a snippet pasted twice). Waits for the target while the page loads. */
  (
    command: 'mount',
    target: Element | string,
    config: unknown,
    options?: MountOptions,
  ): FormHandle | undefined;
  /**
   * Attaches a form to the page's own `<form>` or button (see `attach`), unless it has one
   * already. Waits for the target while the page loads.
   */
  (
    command: 'attach',
    target: Element | string,
    config: unknown,
    options?: MountOptions,
  ): FormHandle | undefined;
  /** Listens to one event (or `'*'`) of every form on the page, present and future; returns the unsubscribe. */
  (command: 'on', name: EventName | '*', listener: (event: YesLadderEvent) => void): () => void;
  /**
   * Tells every form on the page, present and future, what the person decided about
   * analytics (from your consent banner): `granted`, `denied` or `pending`.
   */
  (command: 'consent', consent: Consent): void;
  /** Mounts every placeholder added since the page was parsed (`autoMount`); works before the script arrives too. */
  (command: 'autoMount', root?: ParentNode): FormHandle[];
  /** A single-page app moved to another page: every popover and modal clears its pending triggers and arms them again here. */
  (command: 'route'): void;
  (command: string, ...args: unknown[]): unknown;
}

/** What the inline loader leaves behind: the calls made before the script arrived, as `arguments` objects. */
export interface LoaderStub {
  (...args: unknown[]): void;
  q?: ArrayLike<unknown>[];
}

// A Record keyed by EventName, so a new event name that is missing here fails the type check.
const eventNames: Record<EventName, 0> = {
  form_view: 0,
  step_view: 0,
  step_complete: 0,
  field_invalid: 0,
  lead_capture: 0,
  form_submit: 0,
  submit_error: 0,
  form_abandon: 0,
  next_step_click: 0,
};

/** `yesladder('mount', …)`, or with `use` and its `name`, `yesladder('attach', …)`. */
const mountCommand = (
  target: unknown,
  config: unknown,
  options?: MountOptions,
  use: Mount = mount,
  name = 'mount',
): FormHandle | undefined => {
  const element = typeof target === 'string' ? query(target) : (target as Element);
  if (element) return mountOnce(element, config, options, use);
  // The snippet may run before the parser reaches its target.
  if (document.readyState === 'loading') whenReady(() => mountCommand(target, config, options, use, name));
  else
    console.error(
      `yesladder: yesladder('${name}', ${JSON.stringify(target)}, …) matches no element on this page.`,
    );
  return undefined;
};

const onCommand = (name: unknown, listener: unknown): (() => void) | undefined => {
  if (typeof listener !== 'function') {
    console.error(`yesladder: yesladder('on', ${JSON.stringify(name)}, …) needs a function to call.`);
    return undefined;
  }
  if (name !== '*' && !(String(name) in eventNames)) {
    console.warn(
      `yesladder: yesladder('on', ${JSON.stringify(name)}, …) names no event. Events are: *, ${Object.keys(eventNames).join(', ')}.`,
    );
  }
  // Every form dispatches its events on its element, bubbling to the document: one listener hears them all.
  const type = name === '*' ? 'yesladder:event' : `yesladder:${String(name)}`;
  const handler = (event: Event) => {
    try {
      listener((event as CustomEvent<YesLadderEvent>).detail);
    } catch (error) {
      console.warn('yesladder: an on() listener threw:', error);
    }
  };
  document.addEventListener(type, handler);
  return () => document.removeEventListener(type, handler);
};

const consentCommand = (consent: unknown): void => {
  if (consent !== 'granted' && consent !== 'denied' && consent !== 'pending') {
    console.error(
      `yesladder: yesladder('consent', ${JSON.stringify(consent)}) needs "granted", "denied" or "pending".`,
    );
    return;
  }
  setPageConsent(document, consent);
};

const commands: Record<string, (...args: never[]) => unknown> = {
  mount: (target: unknown, config: unknown, options?: MountOptions) => mountCommand(target, config, options),
  attach: (target: unknown, config: unknown, options?: MountOptions) =>
    mountCommand(target, config, options, attachForm, 'attach'),
  on: onCommand,
  consent: consentCommand,
  autoMount: (root?: ParentNode) => autoMount(root),
  route: () => route(),
};

/** The real `yesladder(command, ...args)`. */
export const createCommand = (): YesLadderCommand =>
  ((name: unknown, ...args: never[]) => {
    const run = typeof name === 'string' && Object.keys(commands).includes(name) ? commands[name] : undefined;
    if (!run) {
      console.error(
        `yesladder: yesladder(${JSON.stringify(name)}) is no command. Commands are: ${Object.keys(commands).join(', ')}.`,
      );
      return undefined;
    }
    try {
      return run(...args);
    } catch (error) {
      console.error(`yesladder: yesladder(${JSON.stringify(name)}, …) failed:`, error);
      return undefined;
    }
  }) as YesLadderCommand;

/** Runs the calls a loader stub queued, in the order they were made. */
export const runQueued = (command: YesLadderCommand, stub: unknown): void => {
  const queued = typeof stub === 'function' ? (stub as LoaderStub).q : undefined;
  for (const args of queued ?? []) command(...(Array.from(args) as [string]));
};
