import { Flex, TextArea } from '@hubspot/ui-extensions';
import type { ConfigProblem } from '@leadops/rules';
import { ProblemList } from './ProblemList';

export interface JsonEditorProps {
  readonly label: string;
  /** The input's name: `json:` and the path text of the part it edits (`json:` alone for the whole document). */
  readonly name: string;
  readonly text: string;
  readonly description: string;
  /** Shown under the box, each with its path and fix. */
  readonly problems: readonly ConfigProblem[];
  readonly rows?: number;
  readonly readOnly?: boolean;
  readonly onChange: (text: string) => void;
}

/** A JSON box for power users: the text is committed when the box loses focus, problems are listed below it. */
export function JsonEditor({ label, name, text, description, problems, rows = 16, readOnly = false, onChange }: JsonEditorProps) {
  return (
    <Flex direction="column" gap="xs">
      <TextArea
        label={label}
        name={name}
        value={text}
        rows={rows}
        readOnly={readOnly}
        resize="vertical"
        description={description}
        error={problems.length > 0}
        validationMessage={problems.length === 0 ? undefined : `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix, listed below.`}
        onChange={onChange}
      />
      <ProblemList problems={problems} testId={`problems:${name}`} />
    </Flex>
  );
}
