import { Input, NumberInput, Select, TextArea, Toggle } from '@hubspot/ui-extensions';
import type { ConfigProblem } from '@leadops/rules';
import type { FieldSpec } from './field-spec';
import { pathText, type JsonPath } from './json-path';
import { problemMessage } from './problem-message';
import { ProblemList } from './ProblemList';

export interface ConfigFieldProps {
  readonly field: FieldSpec;
  /** The value in the draft at the field's path (any JSON: a hand edit may have put the wrong type there). */
  readonly value: unknown;
  readonly problems: readonly ConfigProblem[];
  readonly readOnly?: boolean;
  /** `undefined` removes the key from the document. */
  readonly onChange: (path: JsonPath, value: unknown) => void;
}

/** "a\nb, c" → ['a', 'b', 'c']: admins paste domain lists both ways. */
function listFromText(text: string): string[] {
  return text.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** One form field bound to a value of the config document, showing that value's problems and fixes. */
export function ConfigField({ field, value, problems, readOnly = false, onChange }: ConfigFieldProps) {
  const name = pathText(field.path);
  const shared = { label: field.label, name, description: field.description, readOnly, error: problems.length > 0, validationMessage: problemMessage(problems) };
  switch (field.kind) {
    case 'number':
      return (
        <NumberInput
          {...shared}
          value={typeof value === 'number' ? value : undefined}
          min={field.min}
          max={field.max}
          placeholder={field.placeholder}
          // A cleared input gives no number: remove the key so the default applies or "is required" shows.
          onChange={(next) => onChange(field.path, typeof next === 'number' && Number.isFinite(next) ? next : undefined)}
        />
      );
    case 'text':
      return <Input {...shared} value={typeof value === 'string' ? value : ''} onChange={(next) => onChange(field.path, field.optional && next.trim() === '' ? undefined : next)} />;
    case 'toggle':
      // A toggle has no error state of its own: its problems (a hand-typed "yes") are listed under it.
      return (
        <>
          <Toggle label={field.label} name={name} labelDisplay="inline" readOnly={readOnly} checked={typeof value === 'boolean' ? value : field.defaultValue} onChange={(checked) => onChange(field.path, checked)} />
          <ProblemList problems={problems} testId={`problems:${name}`} />
        </>
      );
    case 'choice':
      return <Select {...shared} value={typeof value === 'string' ? value : undefined} options={field.options.map((o) => ({ label: o.label, value: o.value }))} onChange={(next) => onChange(field.path, String(next))} />;
    case 'list':
      return <TextArea {...shared} rows={4} value={Array.isArray(value) ? value.map(String).join('\n') : ''} onChange={(next) => onChange(field.path, listFromText(next))} />;
  }
}
