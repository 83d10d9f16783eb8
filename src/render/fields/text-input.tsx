import type { Value } from '../../schema/model';
import { controlProps, fieldId, SingleField } from './field-parts';
import type { FieldView, FieldViewProps } from './field-view';

const shown = (value: Value | undefined): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/**
 * A one-line input of the given `type`; `read` turns the typed text into the answer. Its phone
 * keyboard (`inputmode`) is its type's, a number's the decimal pad when no answer can be
 * negative (`min` ≥ 0; any number is valid, so not the digits-only `numeric`) and otherwise
 * the browser's own number keyboard, which has a minus key. `enterkeyhint` says what Enter does.
 */
const textInput =
  (
    type: 'text' | 'email' | 'tel' | 'number',
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
          // Lower-case attributes, not DOM properties: a property set to nothing leaves `inputmode=""` behind.
          inputmode={type !== 'number' ? type : (field.min ?? -1) >= 0 ? 'decimal' : undefined}
          enterkeyhint={props.enter ?? 'next'}
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
export const emailView = textInput('email');
export const telView = textInput('tel');
/** A blank number is no answer; anything else is checked by the flow (`not_a_number`). */
export const numberView = textInput('number', (raw) => (raw.trim() === '' ? undefined : Number(raw)));
