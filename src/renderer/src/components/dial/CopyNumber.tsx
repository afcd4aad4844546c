import { useEffect, useRef } from 'react';
import { useDialStore } from '../../store/dial-store.ts';

/** The number was not sent: the collector may dial it by hand, so hand them the number. */
export function CopyNumber({ number }: { readonly number: string }) {
  const copy = useDialStore((s) => s.copy);
  const copyNumber = useDialStore((s) => s.copyNumber);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Without clipboard access the number is selected, ready for Ctrl+C.
    if (copy === 'failed') field.current?.select();
  }, [copy]);

  return (
    <div className="copy-number">
      <button type="button" className="button" onClick={() => void copyNumber()}>
        Copy number
      </button>
      {copy === 'copied' && <span className="copied">Copied {number}</span>}
      {copy === 'failed' && (
        <label className="inline-field">
          <span>Copying was not allowed; select and copy:</span>
          <input ref={field} readOnly value={number} aria-label="Number to copy" onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
