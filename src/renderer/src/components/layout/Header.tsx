import { useNavStore, type Screen } from '../../store/nav-store.ts';
import { OperatorSelect } from './OperatorSelect.tsx';
import { TabList, type TabItem } from './TabList.tsx';

export const SCREENS_ID = 'screen';

const SCREEN_TABS: readonly TabItem<Screen>[] = [
  { key: 'debtors', label: 'Debtors' },
  { key: 'dialpad', label: 'Dial pad' },
  { key: 'log', label: 'Dial log' },
  { key: 'operators', label: 'Operators' },
];

export function Header() {
  const screen = useNavStore((s) => s.screen);
  const open = useNavStore((s) => s.open);
  return (
    <header className="header">
      <h1 className="title">Softphone Launcher</h1>
      <TabList label="Screens" idPrefix={SCREENS_ID} items={SCREEN_TABS} selected={screen} onSelect={open} className="tabs nav" />
      <OperatorSelect />
    </header>
  );
}
