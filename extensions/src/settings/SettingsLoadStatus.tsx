import { Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { SettingsReadState } from './use-settings-read';

/** The page before its config arrives: loading, not installed, or failed with the fix and a retry; null when ready. */
export function SettingsLoadStatus({ state, onRetry }: { readonly state: SettingsReadState; readonly onRetry: () => void }) {
  switch (state.kind) {
    case 'loading':
      return <LoadingSpinner label="Reading the LeadOps configuration…" />;
    case 'not_installed':
      return (
        <EmptyState title="LeadOps is not installed in this portal yet" layout="vertical">
          <Text>{state.failure.message}</Text>
          <Text>{state.failure.fix}</Text>
        </EmptyState>
      );
    case 'failed':
      return (
        <ErrorState title="LeadOps could not read its configuration">
          <Text>{state.failure.message}</Text>
          <Text>{state.failure.fix}</Text>
          <Button onClick={onRetry}>Try again</Button>
        </ErrorState>
      );
    case 'ready':
      return null;
  }
}
