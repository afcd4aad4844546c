import { settingsTabLabel } from '../../logic/session-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useLeaveGuardStore } from '../../store/leave-guard-store.ts';
import { useNavStore, type Screen } from '../../store/nav-store.ts';
import { SessionBox } from './SessionBox.tsx';
import { TabList, type TabItem } from './TabList.tsx';

export const SCREENS_ID = 'screen';

function screenTabs(settingsLabel: string, isAdmin: boolean): readonly TabItem<Screen>[] {
  return [
    { key: 'debtors', label: 'Debtors' },
    { key: 'dialpad', label: 'Dial pad' },
    { key: 'log', label: 'Dial log' },
    { key: 'operators', label: settingsLabel },
    // Main refuses imports to operators; the tab is not offered to them either.
    ...(isAdmin ? [{ key: 'import' as const, label: 'Import' }] : []),
    ...(isAdmin ? [{ key: 'desk' as const, label: 'This desk' }] : []),
  ];
}

export function Header() {
  const screen = useNavStore((s) => s.screen);
  const open = useNavStore((s) => s.open);
  const leaveThen = useLeaveGuardStore((s) => s.leaveThen);
  const settingsLabel = useAppStore((s) => settingsTabLabel(s.app?.session?.role ?? null));
  const isAdmin = useAppStore((s) => s.app?.session?.role === 'admin');
  return (
    <header className="header">
      <h1 className="title">Softphone Launcher</h1>
      <TabList
        label="Screens"
        idPrefix={SCREENS_ID}
        items={screenTabs(settingsLabel, isAdmin)}
        selected={screen}
        onSelect={(next) => (next === screen ? undefined : leaveThen(() => open(next)))}
        className="tabs nav"
      />
      <SessionBox />
    </header>
  );
}
