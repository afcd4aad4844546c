import type { ReactNode } from 'react';
import { InlineError } from './InlineError.tsx';

/** What the control inside a Field must carry so the hint and the error are read with it. */
export type FieldAria = { readonly 'aria-invalid': boolean; readonly 'aria-describedby'?: string };

type Props = {
  readonly label: string;
  /** Prefix of the hint's and the error's ids. */
  readonly id?: string;
  readonly hint?: ReactNode;
  readonly error?: string | null;
  readonly className?: string;
  readonly children: (aria: FieldAria) => ReactNode;
};

/** A labelled control with its hint and its error under it, tied together for screen readers. */
export function Field({ label, id, hint, error = null, className, children }: Props) {
  const hintId = id !== undefined && hint !== undefined ? `${id}-hint` : undefined;
  const errorId = id !== undefined && error !== null ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter((part) => part !== undefined).join(' ');
  return (
    <>
      <label className={className === undefined ? 'field' : `field ${className}`}>
        <span>{label}</span>
        {children({ 'aria-invalid': error !== null, ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }) })}
      </label>
      {hint !== undefined && (
        <p id={hintId} className="help">
          {hint}
        </p>
      )}
      <InlineError id={errorId} message={error} />
    </>
  );
}
