import type { ReactNode } from 'react';
import { panelId, tabId } from './TabList.tsx';

type Props = { readonly idPrefix: string; readonly tab: string; readonly className?: string; readonly children: ReactNode };

/** The panel of the selected tab; only the selected one is rendered. */
export function TabPanel({ idPrefix, tab, className, children }: Props) {
  return (
    <div role="tabpanel" id={panelId(idPrefix, tab)} aria-labelledby={tabId(idPrefix, tab)} className={className}>
      {children}
    </div>
  );
}
