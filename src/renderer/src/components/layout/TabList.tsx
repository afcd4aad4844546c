import { useRef, type KeyboardEvent } from 'react';
import { nextTab } from '../../logic/tab-keys.ts';

export type TabItem<K extends string> = { readonly key: K; readonly label: string };

type Props<K extends string> = {
  readonly label: string;
  readonly idPrefix: string;
  readonly items: readonly TabItem<K>[];
  readonly selected: K;
  readonly onSelect: (key: K) => void;
  readonly className?: string;
};

export const tabId = (idPrefix: string, key: string): string => `${idPrefix}-tab-${key}`;
export const panelId = (idPrefix: string, key: string): string => `${idPrefix}-panel-${key}`;

/** WAI-ARIA tabs with automatic activation: one tab stop, arrows/Home/End move between tabs. */
export function TabList<K extends string>({ label, idPrefix, items, selected, onSelect, className }: Props<K>) {
  const buttons = useRef(new Map<K, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const next = nextTab(items.map((item) => item.key), selected, event.key);
    if (next === null) return;
    event.preventDefault();
    onSelect(next);
    buttons.current.get(next)?.focus();
  }

  return (
    <div role="tablist" aria-label={label} className={className ?? 'tabs'} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.key}
          ref={(node) => {
            if (node) buttons.current.set(item.key, node);
            else buttons.current.delete(item.key);
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, item.key)}
          aria-selected={item.key === selected}
          aria-controls={panelId(idPrefix, item.key)}
          tabIndex={item.key === selected ? 0 : -1}
          className="tab"
          onClick={() => onSelect(item.key)}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
