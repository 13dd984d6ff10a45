import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { CardDataState } from './use-card-data';

/** The loading, not-configured and error states every LeadOps card shows the same way; null when ready. */
export function CardStatus({ state, onRetry, loadingLabel }: { readonly state: CardDataState; readonly onRetry: () => void; readonly loadingLabel: string }) {
  if (state.kind === 'loading') return <LoadingSpinner label={loadingLabel} />;
  if (state.kind === 'not_configured') {
    return (
      <EmptyState title="LeadOps is not configured yet" layout="vertical">
        <Text>{state.failure.message}</Text>
        <Text>{state.failure.fix}</Text>
      </EmptyState>
    );
  }
  if (state.kind === 'failed') {
    return (
      <ErrorState title="LeadOps could not load this contact">
        <Text>{state.failure.message}</Text>
        <Text>{state.failure.fix}</Text>
        <Button onClick={onRetry}>Try again</Button>
      </ErrorState>
    );
  }
  return state.data.configWarning ? <Alert title="Using an older configuration" variant="warning">{state.data.configWarning}</Alert> : null;
}
