import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { errorKit } from 'errorkit';
import { QueryReauthProvider, retryDefaults } from 'errorkit/query';
import { ErrorKitProvider } from 'errorkit/react';
import { useState } from 'react';
import { refreshSession } from './api';
import { InvoiceDetail } from './InvoiceDetail';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceList } from './InvoiceList';
import { pageMessages } from './locale';
import { PageHeading } from './PageHeading';
import { href, type Route, useRoute } from './route';
import { ScenarioPicker } from './ScenarioPicker';

/** errorkit's configuration for the whole app: the provider and the retry rules read it. */
const kit = errorKit({
  reauthenticate: refreshSession,
  accessContact: 'your billing administrator',
  messages: pageMessages(window.location.search),
});

/** The billing dashboard: errorkit's provider, TanStack Query with errorkit's retry rules. */
export function App() {
  const [client] = useState(() => {
    const { queries, mutations } = retryDefaults(kit);
    return new QueryClient({
      defaultOptions: { queries: { ...queries, refetchOnWindowFocus: false }, mutations },
    });
  });
  const route = useRoute();
  return (
    <QueryClientProvider client={client}>
      <ErrorKitProvider kit={kit}>
        <QueryReauthProvider>
          <header className="billing-header">
            <a className="billing-brand" href={href.list}>
              Billing
            </a>
            <ScenarioPicker />
          </header>
          <main className="billing-main">
            <Page route={route} />
          </main>
        </QueryReauthProvider>
      </ErrorKitProvider>
    </QueryClientProvider>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'list':
      return <InvoiceList />;
    case 'detail':
      return <InvoiceDetail id={route.id} />;
    case 'edit':
      return <InvoiceForm key={route.id} id={route.id} />;
    default:
      return (
        <section className="billing-panel" aria-labelledby="missing-title">
          <PageHeading id="missing-title">Page not found</PageHeading>
          <p>
            <a href={href.list}>Back to the invoices</a>
          </p>
        </section>
      );
  }
}
