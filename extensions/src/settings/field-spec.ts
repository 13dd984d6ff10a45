import type { JsonPath } from './json-path';

interface BaseField {
  /** Where the value lives in the document; problems with this path (or under it) show at the field. */
  readonly path: JsonPath;
  readonly label: string;
  readonly description?: string;
}

/** A number; clearing it removes the key, so a schema default applies (or "is required" shows). */
export interface NumberField extends BaseField {
  readonly kind: 'number';
  readonly min?: number;
  readonly max?: number;
  /** Shown in the empty input, e.g. "Default: 100". */
  readonly placeholder?: string;
}

/** One line of text; an `optional` one is removed when cleared, a required one stays as '' (and fails). */
export interface TextField extends BaseField {
  readonly kind: 'text';
  readonly optional?: boolean;
}

/** On or off; `defaultValue` is what LeadOps assumes while the key is absent. */
export interface ToggleField extends BaseField {
  readonly kind: 'toggle';
  readonly defaultValue: boolean;
}

/** One of a fixed set of values. */
export interface ChoiceField extends BaseField {
  readonly kind: 'choice';
  readonly options: readonly { readonly label: string; readonly value: string }[];
}

/** A list of short strings, typed one a line (commas separate too). */
export interface ListField extends BaseField {
  readonly kind: 'list';
}

/** A form field of the settings page, bound to one value of the config document. */
export type FieldSpec = NumberField | TextField | ToggleField | ChoiceField | ListField;
