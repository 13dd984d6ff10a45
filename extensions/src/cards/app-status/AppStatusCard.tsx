import { useEffect, useState } from 'react';
import { Alert, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import { readFunctionFailure, type FunctionFailure } from '../../shared/function-failure';
import { runHubSpotFunction, type RunFunction } from '../../shared/run-function';

export const APP_STATUS_FUNCTION = 'app_status';

type Status =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly rulesEngineVersion: string; readonly accessTokenPresent: boolean }
  | { readonly kind: 'failed'; readonly failure: FunctionFailure };

export interface AppStatusCardProps {
  readonly runFunction?: RunFunction;
}

/** Shows whether LeadOps' functions are deployed and can reach HubSpot. */
export function AppStatusCard({ runFunction = runHubSpotFunction }: AppStatusCardProps) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    runFunction(APP_STATUS_FUNCTION, {})
      .then((answer) => {
        if (!current) return;
        const failure = readFunctionFailure(answer);
        if (failure) return setStatus({ kind: 'failed', failure });
        const ready = answer as { rulesEngineVersion: string; accessTokenPresent: boolean };
        setStatus({ kind: 'ready', rulesEngineVersion: ready.rulesEngineVersion, accessTokenPresent: ready.accessTokenPresent });
      })
      .catch((error: unknown) => {
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        setStatus({ kind: 'failed', failure: { code: 'FUNCTION_UNREACHABLE', message: `LeadOps could not be reached: ${message}`, fix: 'Check that the project is deployed (`npm run deploy`) and reload the record.' } });
      });
    return () => {
      current = false;
    };
  }, [runFunction]);

  if (status.kind === 'loading') return <LoadingSpinner label="Checking LeadOps…" />;
  if (status.kind === 'failed') {
    return (
      <Alert title="LeadOps is not available" variant="danger">
        {status.failure.message} {status.failure.fix}
      </Alert>
    );
  }
  return (
    <>
      <Text>LeadOps is deployed (rules engine {status.rulesEngineVersion}).</Text>
      {status.accessTokenPresent ? null : (
        <Alert title="No access token" variant="warning">
          The app functions received no access token, so they cannot read or write the CRM. Reinstall the app in this account.
        </Alert>
      )}
    </>
  );
}
