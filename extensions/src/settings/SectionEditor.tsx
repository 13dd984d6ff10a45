import { Flex, Text } from '@hubspot/ui-extensions';
import { ConfigField } from './ConfigField';
import { isJsonObject, pathText, readAt, type JsonPath } from './json-path';
import { JsonEditor } from './JsonEditor';
import type { PlacedProblems } from './problems-by-section';
import type { SectionSpec } from './settings-sections';

export interface SectionEditorProps {
  readonly section: SectionSpec;
  readonly document: unknown;
  /** The section's JSON box text (the text being repaired when it does not parse). */
  readonly jsonText: string;
  readonly problems: PlacedProblems;
  /** The JSON box holding text that does not parse yet (see `pendingBox`): the other editors are read-only meanwhile. */
  readonly pendingBox: string | null;
  readonly onField: (path: JsonPath, value: unknown) => void;
  readonly onJson: (scope: JsonPath, text: string) => void;
}

/** One section's tab: its form fields, then the whole section as JSON for what the forms do not cover. */
export function SectionEditor({ section, document, jsonText, problems, pendingBox, onField, onJson }: SectionEditorProps) {
  const value = readAt(document, [section.key]);
  const present = isJsonObject(value);
  return (
    <Flex direction="column" gap="sm">
      <Text>{section.about}</Text>
      {present ? (
        section.fields(document).map((field) => {
          const path = pathText(field.path);
          return <ConfigField key={path} field={field} value={readAt(document, field.path)} problems={problems.atField.get(path) ?? []} readOnly={pendingBox !== null} onChange={onField} />;
        })
      ) : (
        // Writing one field into a missing section would create a half section: the JSON box adds it whole.
        <Text>{value === undefined ? 'This section is not in the document, so LeadOps uses its defaults (or leaves the feature off). Add it as JSON below.' : 'This section is not a JSON object; correct it below to get its fields back.'}</Text>
      )}
      <JsonEditor
        label={`${section.title} as JSON`}
        name={`json:${section.key}`}
        text={jsonText}
        description="Everything in this section, including what the fields above edit. Changes apply when you leave the box; empty it to remove the section."
        problems={problems.atSection.get(section.key) ?? []}
        readOnly={pendingBox !== null && pendingBox !== section.key}
        onChange={(text) => onJson([section.key], text)}
      />
    </Flex>
  );
}
