import type { Value } from '../../schema/model';
import { controlProps, fieldId, GroupField, LabelText, Notes } from './field-parts';
import type { FieldViewProps } from './field-view';

/** One tick box whose label is the field label; the answer is a boolean. Also the `consent` view. */
export const singleCheckboxView = (props: FieldViewProps) => {
  const { field } = props;
  const id = fieldId(props.uid, field.name);
  return (
    <div class="yl-field">
      <div class="yl-check">
        <input
          type="checkbox"
          id={id}
          checked={props.value === true}
          aria-required={field.required || undefined}
          {...controlProps(props)}
          onChange={(e) => props.send({ type: 'answer', name: field.name, value: e.currentTarget.checked })}
        />
        <label for={id}>
          <LabelText field={field} rich />
        </label>
      </div>
      <Notes {...props} />
    </div>
  );
};

const listOf = (value: Value | undefined): readonly string[] => (Array.isArray(value) ? value : []);

/** Several tick boxes; the answer is the list of ticked values, in option order. */
const checkboxGroupView = (props: FieldViewProps) => {
  const { field } = props;
  const id = fieldId(props.uid, field.name);
  const ticked = listOf(props.value);
  const toggle = (value: string, on: boolean) =>
    props.send({
      type: 'answer',
      name: field.name,
      value: field.options.map((o) => o.value).filter((v) => (v === value ? on : ticked.includes(v))),
    });
  return (
    <GroupField props={props}>
      {field.options.map((option, i) => (
        <div class="yl-check" key={option.value}>
          <input
            type="checkbox"
            id={i ? `${id}-${i}` : id}
            value={option.value}
            checked={ticked.includes(option.value)}
            {...controlProps(props, false)}
            onChange={(e) => toggle(option.value, e.currentTarget.checked)}
          />
          <label for={i ? `${id}-${i}` : id}>{option.label}</label>
        </div>
      ))}
    </GroupField>
  );
};

/** A single yes/no box, or with `options` a group of boxes. */
export const checkboxView = (props: FieldViewProps) =>
  props.field.options.length ? checkboxGroupView(props) : singleCheckboxView(props);
