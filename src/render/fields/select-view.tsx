import { controlProps, fieldId, SingleField } from './field-parts';
import type { FieldViewProps } from './field-view';

/** A dropdown whose first, empty option says "Choose…". */
export const selectView = (props: FieldViewProps) => {
  const { field } = props;
  return (
    <SingleField props={props}>
      <select
        class="yl-input"
        id={fieldId(props.uid, field.name)}
        value={typeof props.value === 'string' ? props.value : ''}
        autocomplete={field.autocomplete}
        aria-required={field.required || undefined}
        {...controlProps(props)}
        onChange={(e) =>
          props.send({ type: 'answer', name: field.name, value: e.currentTarget.value || undefined })
        }
      >
        <option value="">{props.messages.choose}</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </SingleField>
  );
};
