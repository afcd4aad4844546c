import { useEffect, useRef, type RefObject } from 'react';

/**
 * A <dialog> shown as a modal while `open` holds and closed when it stops: the browser then traps focus in it
 * and gives focus back where it was. `onOpen` runs each time it opens (a form inside starting empty).
 */
export function useModalDialog(open: boolean, onOpen?: () => void): RefObject<HTMLDialogElement | null> {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      onOpen?.();
      element.showModal();
    }
    if (!open && element.open) element.close();
    // onOpen is read when `open` changes only: a new function each render must not reopen anything.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);
  return dialog;
}
