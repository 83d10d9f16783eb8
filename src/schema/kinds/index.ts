import type { FieldTypeName } from '../model';
import type { FieldKind } from './kind';
import { number } from './number';
import { checkbox, choice, consent, select } from './option-kinds';
import { email, hidden, tel, text, textarea } from './text-kinds';

/** Every field kind. Adding one is a new file and an entry here (and a view in `render/fields/`). */
export const fieldKinds: readonly FieldKind[] = [
  email,
  text,
  tel,
  number,
  textarea,
  select,
  choice,
  checkbox,
  consent,
  hidden,
];

export const kindOf = (type: FieldTypeName): FieldKind =>
  fieldKinds.find((kind) => kind.name === type) as FieldKind;

export type { FieldKind } from './kind';
