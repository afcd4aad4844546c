import { useNavStore, type Screen } from '../../store/nav-store.ts';
import { DebtorsScreen } from '../debtors/DebtorsScreen.tsx';
import { DeskScreen } from '../desk/DeskScreen.tsx';
import { DialPad } from '../dial/DialPad.tsx';
import { LinkCardDialog } from '../dial/LinkCardDialog.tsx';
import { ImportScreen } from '../import/ImportScreen.tsx';
import { DialLog } from '../log/DialLog.tsx';
import { OperatorsScreen } from '../operators/OperatorsScreen.tsx';
import { UnsavedChangesDialog } from '../operators/UnsavedChangesDialog.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Header, SCREENS_ID } from './Header.tsx';
import { ShortcutsHelp, useGlobalShortcuts } from './ShortcutsHelp.tsx';
import { StatusBar } from './StatusBar.tsx';
import { TabPanel } from './TabPanel.tsx';

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
    case 'import':
      return <ImportScreen />;
    case 'desk':
      return <DeskScreen />;
  }
}

/** The app as a signed-in operator or administrator uses it. */
export function Workspace() {
  const screen = useNavStore((s) => s.screen);
  useGlobalShortcuts();
  return (
    <>
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
      <ShortcutsHelp />
      <UnsavedChangesDialog />
      <LinkCardDialog />
    </>
  );
}
