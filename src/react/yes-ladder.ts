import { createElement, type ReactElement, useEffect, useRef } from 'react';
import { connectForm, type YesLadderOptions } from '../embed/connect-form';
import type { FormConfig } from '../schema/config';

export interface YesLadderProps<C extends FormConfig> extends YesLadderOptions<C> {
  /** The class of the `<div>` the form is mounted in. */
  readonly className?: string;
  readonly id?: string;
}

/**
 * A yesladder form in a React 18 or 19 app. React renders only an empty `<div>` (so
 * server rendering and hydration see the same markup); the form is mounted into it in an
 * effect and destroyed in its cleanup, so StrictMode's second mount leaves one form. It
 * remounts only when `config` (or `shadow`, `nonce`, `sessionId`) changes; callbacks may
 * be inline.
 *
 * @example
 * <YesLadder config={guide} onSubmit={(answers) => save(answers.email)} onEvent={(e) => track(e.name)} />
 */
export function YesLadder<const C extends FormConfig>(props: YesLadderProps<C>): ReactElement {
  const element = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  // Synced in an effect, not during render: a render React throws away must not leak its callbacks.
  useEffect(() => {
    latest.current = props;
  });
  const { config, shadow, nonce, sessionId } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: these decide when to remount; the effect reads them through `latest`.
  useEffect(
    () => (element.current ? connectForm(element.current, latest) : undefined),
    [config, shadow, nonce, sessionId],
  );
  return createElement('div', { ref: element, className: props.className, id: props.id });
}
