export type { YesLadderOptions } from './embed/connect-form';
export type { FormHandle, MountOptions } from './embed/mount';
export type { YesLadderEvent } from './events/types';
export { YesLadder, type YesLadderProps } from './react/yes-ladder';
export type { FormConfig } from './schema/config';
export { type AnswersOf, defineForm } from './schema/define-form';
