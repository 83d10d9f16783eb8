import type { Value } from '../../schema/model';
import { controlProps, fieldId, SingleField } from './field-parts';
import type { FieldView, FieldViewProps } from './field-view';

const shown = (value: Value | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A one-line input of the given `type`; `read` turns the typed text into the answer. */
const textInput =
  (
    type: 'text' | 'email' | 'tel' | 'number',
    inputMode?: string,
    read: (raw: string) => Value | undefined = (raw) => raw,
  ): FieldView =>
  (props: FieldViewProps) => {
    const { field } = props;
    return (
      <SingleField props={props}>
        <input
          class="yl-input"
          id={fieldId(props.uid, field.name)}
          type={type}
          inputMode={inputMode}
          list={undefined}
          value={shown(props.value)}
          placeholder={field.placeholder}
          autocomplete={field.autocomplete}
          minLength={field.minLength}
          maxLength={field.maxLength}
          min={field.min}
          max={field.max}
          aria-required={field.required || undefined}
          {...controlProps(props)}
          onInput={(e) =>
            props.send({ type: 'answer', name: field.name, value: read(e.currentTarget.value) })
          }
        />
      </SingleField>
    );
  };

export const textView = textInput('text');
export const emailView = textInput('email', 'email');
export const telView = textInput('tel', 'tel');
/** A blank number is no answer; anything else is checked by the flow (`not_a_number`). */
export const numberView = textInput('number', 'decimal', (raw) =>
  raw.trim() === '' ? undefined : Number(raw),
);
