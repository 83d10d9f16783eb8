import type { VNode } from 'preact';
import type { Messages } from '../../validate/messages';

/**
 * The step's main button and the Back button. While busy it stays focusable
 * (`aria-disabled`) so focus is not dropped to the page, and says "Sending…".
 */
export const Actions = (props: {
  label: string;
  busy: boolean;
  messages: Messages;
  back?: VNode;
  onClick?: () => void;
}) => (
  <div class="yl-actions">
    <button
      type={props.onClick ? 'button' : 'submit'}
      class="yl-btn"
      aria-disabled={props.busy || undefined}
      onClick={props.onClick}
    >
      {props.busy ? props.messages.sending : props.label}
    </button>
    {props.back}
  </div>
);
