import { useEffect } from 'react';
import { DebtorsScreen } from './components/debtors/DebtorsScreen.tsx';
import { DialPad } from './components/dial/DialPad.tsx';
import { Alerts } from './components/layout/Alerts.tsx';
import { ErrorBoundary } from './components/layout/ErrorBoundary.tsx';
import { Header, SCREENS_ID } from './components/layout/Header.tsx';
import { StatusBar } from './components/layout/StatusBar.tsx';
import { TabPanel } from './components/layout/TabPanel.tsx';
import { DialLog } from './components/log/DialLog.tsx';
import { OperatorsScreen } from './components/operators/OperatorsScreen.tsx';
import { useAppStore } from './store/app-store.ts';
import { useNavStore, type Screen } from './store/nav-store.ts';

function ScreenContent({ screen }: { readonly screen: Screen }) {
  switch (screen) {
    case 'debtors':
      return <DebtorsScreen />;
    case 'dialpad':
      return <DialPad />;
    case 'log':
      return <DialLog />;
    case 'operators':
      return <OperatorsScreen />;
  }
}

export function App() {
  const load = useAppStore((s) => s.load);
  const screen = useNavStore((s) => s.screen);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <ErrorBoundary>
      <div className="app">
        <Alerts />
        <Header />
        <StatusBar />
        <main className="main">
          {/* Keyed by screen: a screen that failed is retried when the user comes back to it. */}
          <ErrorBoundary key={screen}>
            <TabPanel idPrefix={SCREENS_ID} tab={screen} className={`screen screen-${screen}`}>
              <ScreenContent screen={screen} />
            </TabPanel>
          </ErrorBoundary>
        </main>
      </div>
    </ErrorBoundary>
  );
}
