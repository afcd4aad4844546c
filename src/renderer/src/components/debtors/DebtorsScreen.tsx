import { useEffect } from 'react';
import { useDebtorsStore } from '../../store/debtors-store.ts';
import { CallCard } from '../dial/CallCard.tsx';
import { ConfirmCallDialog } from '../dial/ConfirmCallDialog.tsx';
import { LastDial } from '../dial/LastDial.tsx';
import { DebtorList } from './DebtorList.tsx';
import { DebtorSearch } from './DebtorSearch.tsx';
import { WorkList } from './WorkList.tsx';

export function DebtorsScreen() {
  const started = useDebtorsStore((s) => s.started);
  const search = useDebtorsStore((s) => s.search);
  useEffect(() => {
    if (!started) void search();
  }, [started, search]);

  return (
    <div className="debtors-screen">
      <DebtorSearch />
      <DebtorList />
      <WorkList />
      <LastDial />
      <CallCard />
      <ConfirmCallDialog />
    </div>
  );
}
