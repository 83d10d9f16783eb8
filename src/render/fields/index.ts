import type { FieldTypeName } from '../../schema/model';
import { checkboxView, singleCheckboxView } from './checkbox-view';
import { choiceView } from './choice-view';
import type { FieldView } from './field-view';
import { selectView } from './select-view';
import { emailView, numberView, telView, textView } from './text-input';
import { textareaView } from './textarea-view';

/** The view of each field type. Adding a type is one view file and one entry here. */
export const fieldViews: Record<FieldTypeName, FieldView> = {
  email: emailView,
  text: textView,
  tel: telView,
  number: numberView,
  textarea: textareaView,
  select: selectView,
  choice: choiceView,
  checkbox: checkboxView,
  // Consent is a single tick box whose label is the consent text.
  consent: singleCheckboxView,
  // A hidden field carries its value in the answers; nothing to show.
  hidden: () => null,
};

export type { FieldView, FieldViewProps } from './field-view';
