import { settingsTabLabel } from '../../logic/session-text.ts';
import { useAppStore } from '../../store/app-store.ts';
import { useNavStore, type Screen } from '../../store/nav-store.ts';
import { SessionBox } from './SessionBox.tsx';
import { TabList, type TabItem } from './TabList.tsx';

export const SCREENS_ID = 'screen';

function screenTabs(settingsLabel: string): readonly TabItem<Screen>[] {
  return [
    { key: 'debtors', label: 'Debtors' },
    { key: 'dialpad', label: 'Dial pad' },
    { key: 'log', label: 'Dial log' },
    { key: 'operators', label: settingsLabel },
  ];
}

export function Header() {
  const screen = useNavStore((s) => s.screen);
  const open = useNavStore((s) => s.open);
  const settingsLabel = useAppStore((s) => settingsTabLabel(s.app?.session?.role ?? null));
  return (
    <header className="header">
      <h1 className="title">Softphone Launcher</h1>
      <TabList
        label="Screens"
        idPrefix={SCREENS_ID}
        items={screenTabs(settingsLabel)}
        selected={screen}
        onSelect={open}
        className="tabs nav"
      />
      <SessionBox />
    </header>
  );
}
