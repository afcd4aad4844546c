/** Every keyboard shortcut, as the help overlay (`?`) and the README list them. */
export const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly action: string }[] = [
  { keys: ['/', 'Ctrl+F'], action: 'Search debtors (from any screen)' },
  { keys: ['↓', 'Enter'], action: 'In the search box: into the results, on the first phone' },
  { keys: ['↑', '↓'], action: 'Previous / next debtor' },
  { keys: ['←', '→'], action: 'Between the debtor and their phones' },
  { keys: ['Home', 'End'], action: 'First / last phone of the debtor; with Ctrl, first / last debtor' },
  { keys: ['Page Up', 'Page Down'], action: 'Ten debtors up / down' },
  { keys: ['Enter', 'Space'], action: 'Dial the phone in focus' },
  { keys: ['1', '…', '8'], action: 'On the call card after a dial: record the outcome (outside a text field)' },
  { keys: ['Enter', 'Esc'], action: 'On a call from a link, the hotkey or the tray: dial it / dismiss it (nothing is sent until Enter)' },
  { keys: ['N'], action: 'Next debtor: in the work list, or the next row of the debtor list (outside a text field)' },
  { keys: ['Tab'], action: 'Next part of the screen (the debtor list is one stop)' },
  { keys: ['?'], action: 'Show or hide this list' },
  { keys: ['Esc'], action: 'Close this list, or a question' },
];

/** Keys typed into a text field are the user's text, not shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}

/**
 * `behindDialog`: a modal dialog other than the shortcuts list is open (a link's card or its refusal, a question).
 * The screen behind it is inert to the mouse, so its single keys must not act on it either.
 */
export type ShortcutKey = {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly typing: boolean;
  readonly behindDialog: boolean;
};

/** The shortcuts list carries this attribute: `?` and `/` still work while it is open (they close it). */
export const SHORTCUTS_LIST_ATTRIBUTE = 'data-shortcuts-list';

/** Whether a modal dialog that takes the keys is open in `doc` (see ShortcutKey.behindDialog). */
export function modalDialogOpen(doc: Document): boolean {
  return doc.querySelector(`dialog:modal:not([${SHORTCUTS_LIST_ATTRIBUTE}])`) !== null;
}

/** What a key press anywhere in the workspace asks for, or null when it is not a global shortcut. */
export function globalShortcut({ key, ctrlKey, metaKey, altKey, typing, behindDialog }: ShortcutKey): 'search' | 'help' | 'next-debtor' | null {
  if (altKey || behindDialog) return null;
  if ((ctrlKey || metaKey) && key.toLowerCase() === 'f') return 'search';
  if (ctrlKey || metaKey || typing) return null;
  if (key === '/') return 'search';
  if (key === '?') return 'help';
  if (key === 'n' || key === 'N') return 'next-debtor';
  return null;
}
