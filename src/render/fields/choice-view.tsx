import { controlProps, fieldId, GroupField } from './field-parts';
import type { FieldViewProps } from './field-view';

/** A radio group: one of `options`, each radio labelled. */
export const choiceView = (props: FieldViewProps) => {
  const { field } = props;
  const id = fieldId(props.uid, field.name);
  return (
    <GroupField props={props}>
      {field.options.map((option, i) => (
        <div class="yl-check" key={option.value}>
          <input
            type="radio"
            id={i ? `${id}-${i}` : id}
            value={option.value}
            checked={props.value === option.value}
            // Native `required` on radios is what screen readers announce for the group; the form is novalidate.
            required={field.required}
            {...controlProps(props, false)}
            onChange={() => props.send({ type: 'answer', name: field.name, value: option.value })}
          />
          <label for={i ? `${id}-${i}` : id}>{option.label}</label>
        </div>
      ))}
    </GroupField>
  );
};
