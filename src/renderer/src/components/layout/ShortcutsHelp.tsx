import { useEffect } from 'react';
import { useModalDialog } from './use-modal-dialog.ts';
import { globalShortcut, isTypingTarget, modalDialogOpen, SHORTCUTS, SHORTCUTS_LIST_ATTRIBUTE } from '../../logic/shortcuts.ts';
import { useFocusStore } from '../../store/focus-store.ts';
import { useHelpStore } from '../../store/help-store.ts';
import { useLeaveGuardStore } from '../../store/leave-guard-store.ts';
import { useNavStore } from '../../store/nav-store.ts';
import { useDebtorCursorStore } from '../../store/debtor-cursor-store.ts';
import { useWorkListStore } from '../../store/work-list-store.ts';

/** `/`, Ctrl+F, `?` and `N` anywhere in the workspace. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const shortcut = globalShortcut({ ...pick(event), typing: isTypingTarget(event.target), behindDialog: modalDialogOpen(document) });
      if (shortcut === null) return;
      event.preventDefault();
      if (shortcut === 'help') {
        useHelpStore.getState().toggle();
        return;
      }
      if (shortcut === 'next-debtor') {
        nextDebtor();
        return;
      }
      useHelpStore.getState().close();
      useLeaveGuardStore.getState().leaveThen(() => {
        useNavStore.getState().open('debtors');
        useFocusStore.getState().focusSearch();
      });
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** `N`: the work list's next debtor when one runs, else the debtor list's next row (on the Debtors screen). */
function nextDebtor(): void {
  if (useWorkListStore.getState().view !== null) void useWorkListStore.getState().next();
  else if (useNavStore.getState().screen === 'debtors') useDebtorCursorStore.getState().requestNextDebtor();
}

const pick = ({ key, ctrlKey, metaKey, altKey }: KeyboardEvent) => ({ key, ctrlKey, metaKey, altKey });

/** The list of every shortcut, as a modal dialog: Esc or `?` closes it and focus goes back where it was. */
export function ShortcutsHelp() {
  const open = useHelpStore((s) => s.open);
  const close = useHelpStore((s) => s.close);
  const dialog = useModalDialog(open);

  return (
    <dialog ref={dialog} className="shortcuts-help" aria-labelledby="shortcuts-title" onClose={close} {...{ [SHORTCUTS_LIST_ATTRIBUTE]: '' }}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action}>
              <td>
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ' / '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
