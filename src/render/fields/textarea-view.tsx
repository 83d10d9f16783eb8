import { controlProps, fieldId, SingleField } from './field-parts';
import type { FieldViewProps } from './field-view';

/** Several lines of text. */
export const textareaView = (props: FieldViewProps) => {
  const { field } = props;
  return (
    <SingleField props={props}>
      <textarea
        class="yl-input"
        id={fieldId(props.uid, field.name)}
        rows={4}
        inputmode="text"
        // Enter starts a new line here; the step's button moves on.
        enterkeyhint="enter"
        value={typeof props.value === 'string' ? props.value : ''}
        placeholder={field.placeholder}
        autocomplete={field.autocomplete}
        minLength={field.minLength}
        maxLength={field.maxLength}
        aria-required={field.required || undefined}
        {...controlProps(props)}
        onInput={(e) => props.send({ type: 'answer', name: field.name, value: e.currentTarget.value })}
      />
    </SingleField>
  );
};
