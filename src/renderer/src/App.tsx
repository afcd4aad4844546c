import { useEffect } from 'react';
import { SetupScreen } from './components/auth/SetupScreen.tsx';
import { SignInScreen } from './components/auth/SignInScreen.tsx';
import { Alerts } from './components/layout/Alerts.tsx';
import { ErrorBoundary } from './components/layout/ErrorBoundary.tsx';
import { Loading } from './components/layout/Loading.tsx';
import { Workspace } from './components/layout/Workspace.tsx';
import { entryScreen } from './logic/entry-screen.ts';
import { useAppStore } from './store/app-store.ts';
import { listenToMain } from './store/main-events.ts';

function Entry() {
  const screen = useAppStore((s) => entryScreen(s.app));
  switch (screen) {
    case 'loading':
      return <Loading />;
    case 'setup':
      return <SetupScreen />;
    case 'sign-in':
      return <SignInScreen />;
    case 'workspace':
      return <Workspace />;
  }
}

export function App() {
  const load = useAppStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => listenToMain(), []);

  return (
    <ErrorBoundary>
      <div className="app">
        <Alerts />
        <Entry />
      </div>
    </ErrorBoundary>
  );
}
