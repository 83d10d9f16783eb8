import type { ComponentChildren } from 'preact';
import type { Field } from '../../schema/model';
import { RichText } from '../rich-text';
import type { FieldViewProps } from './field-view';

/** The DOM id of a field's (first) control; hint and error ids derive from it. */
export const fieldId = (uid: string, name: string): string => `${uid}-${name}`;

/** The `name` attribute of a field's controls, unique per instance so two widgets' radios never mix. */
export const controlName = fieldId;

/** The ids that describe a field: its hint, then its error. */
export const describedBy = ({ field, uid, error }: FieldViewProps): string | undefined => {
  const id = fieldId(uid, field.name);
  return [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
};

/** What every control of a field carries: name, description, validity, required, blur. */
export const controlProps = (props: FieldViewProps, describe = true) => ({
  name: controlName(props.uid, props.field.name),
  'aria-describedby': describe ? describedBy(props) : undefined,
  'aria-invalid': props.error ? ('true' as const) : undefined,
  onBlur: () => props.send({ type: 'blur', name: props.field.name }),
});

/**
 * The label text with the required mark: an asterisk for eyes, `aria-required` for screen readers.
 * `rich` (a lone tick box's label, where a consent links to the policy) allows the markup subset.
 */
export const LabelText = ({ field, rich }: { field: Field; rich?: boolean }) => (
  <>
    {rich ? <RichText text={field.label} /> : field.label}
    {field.required && (
      <span class="yl-req" aria-hidden="true">
        {' *'}
      </span>
    )}
  </>
);

/** The hint and the error, placed under the label and linked by `aria-describedby`. */
export const Notes = ({ field, uid, error }: FieldViewProps) => {
  const id = fieldId(uid, field.name);
  return (
    <>
      {field.hint && (
        <p class="yl-hint" id={`${id}-hint`}>
          <RichText text={field.hint} />
        </p>
      )}
      {error && (
        <p class="yl-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
};

/** A labelled single control: label, hint, error, then the control. */
export const SingleField = ({ props, children }: { props: FieldViewProps; children: ComponentChildren }) => (
  <div class="yl-field">
    <label class="yl-label" for={fieldId(props.uid, props.field.name)}>
      <LabelText field={props.field} />
    </label>
    <Notes {...props} />
    {children}
  </div>
);

/** A group of controls named by a legend; the fieldset carries the description. */
export const GroupField = ({ props, children }: { props: FieldViewProps; children: ComponentChildren }) => (
  <fieldset class="yl-field" aria-describedby={describedBy(props)}>
    <legend class="yl-label">
      <LabelText field={props.field} />
    </legend>
    <Notes {...props} />
    {children}
  </fieldset>
);
