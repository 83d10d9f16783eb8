import { h, type JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { connectForm, type YesLadderOptions } from '../embed/connect-form';
import type { FormConfig } from '../schema/config';

export interface YesLadderProps<C extends FormConfig> extends YesLadderOptions<C> {
  /** The class of the `<div>` the form is mounted in. */
  readonly class?: string;
  readonly className?: string;
  readonly id?: string;
}

/**
 * A yesladder form in a Preact app, rendered with the app's own Preact. Mounts in an
 * effect, destroys on unmount, remounts only when `config` (or `shadow`, `nonce`,
 * `sessionId`) changes; callbacks may be inline.
 *
 * @example
 * <YesLadder config={guide} onSubmit={(answers) => save(answers.email)} onEvent={(e) => track(e.name)} />
 */
export function YesLadder<const C extends FormConfig>(props: YesLadderProps<C>): JSX.Element {
  const element = useRef<HTMLDivElement>(null);
  const latest = useRef(props);
  latest.current = props;
  const { config, shadow, nonce, sessionId } = props;
  // biome-ignore lint/correctness/useExhaustiveDependencies: these decide when to remount; the effect reads them through `latest`.
  useEffect(
    () => (element.current ? connectForm(element.current, latest) : undefined),
    [config, shadow, nonce, sessionId],
  );
  return h('div', { ref: element, class: props.class, className: props.className, id: props.id });
}
