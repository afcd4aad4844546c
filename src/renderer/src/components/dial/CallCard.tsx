import { useEffect } from 'react';
import { CALL_OUTCOMES } from '../../../../shared/call-outcomes.ts';
import { NOTE_MAX_LENGTH } from '../../../../shared/ipc-contract.ts';
import { callCardKey } from '../../logic/call-card-keys.ts';
import { isTypingTarget, modalDialogOpen } from '../../logic/shortcuts.ts';
import { useCallCardStore } from '../../store/call-card-store.ts';
import { useCallsStore } from '../../store/calls-store.ts';
import { CallWindowBadge } from '../debtors/CallWindowBadge.tsx';
import { DoNotCallButton } from './DoNotCallButton.tsx';
import { Field } from '../form/Field.tsx';
import { InlineError } from '../form/InlineError.tsx';
import { SaveStatus } from '../form/SaveStatus.tsx';

/** Keys 1–8 anywhere on the desk (outside a text field) record the open card's outcome; focus stays where it is. */
function useOutcomeKeys(open: boolean): void {
  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented) return;
      const { key, ctrlKey, metaKey, altKey } = event;
      const outcome = callCardKey({ key, ctrlKey, metaKey, altKey, typing: isTypingTarget(event.target), behindDialog: modalDialogOpen(document) });
      if (outcome === null) return;
      event.preventDefault();
      void useCallCardStore.getState().choose(outcome);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);
}

/** After a dial went out: whom it was for, what was sent, and what became of the call (keys 1–8) with a note. */
export function CallCard() {
  const card = useCallCardStore((s) => s.card);
  const chosen = useCallCardStore((s) => s.chosen);
  const note = useCallCardStore((s) => s.note);
  const savedNote = useCallCardStore((s) => s.savedNote);
  const save = useCallCardStore((s) => s.save);
  const choose = useCallCardStore((s) => s.choose);
  const setNote = useCallCardStore((s) => s.setNote);
  const saveNote = useCallCardStore((s) => s.saveNote);
  const consent = useCallCardStore((s) => s.consent);
  const setConsent = useCallCardStore((s) => s.setConsent);
  const status = useCallsStore((s) => (card?.phoneId == null ? undefined : s.statuses[card.phoneId]));
  const want = useCallsStore((s) => s.want);
  useEffect(() => (card?.phoneId == null ? undefined : want([card.phoneId])), [card, want]);
  useOutcomeKeys(card !== null);
  if (card === null) return null;

  const { debtor } = card;
  return (
    <section className="call-card" aria-labelledby="call-card-title">
      <h2 id="call-card-title" className="call-card-title">
        Call card
      </h2>
      <p className="dial-who">
        {debtor === null ? (
          <strong>Dial pad</strong>
        ) : (
          <>
            <strong>{debtor.name}</strong> · File {debtor.fileNumber} · {debtor.clientName} (client {debtor.clientNumber})
          </>
        )}
      </p>
      <p className="call-card-sent">
        {debtor?.phoneLabel ?? 'Number'} {card.number}
        {card.sent !== null && (
          <>
            {' '}
            · sent <code>{card.sent}</code>
          </>
        )}
      </p>
      <CallWindowBadge decision={status} />
      <fieldset className="call-outcomes">
        <legend>Outcome (keys 1–8)</legend>
        {CALL_OUTCOMES.map((o) => (
          <button
            key={o.id}
            type="button"
            className={chosen === o.id ? 'button outcome-choice chosen' : 'button outcome-choice'}
            aria-pressed={chosen === o.id}
            aria-keyshortcuts={o.key}
            onClick={() => void choose(o.id)}
          >
            <kbd>{o.key}</kbd> {o.label}
          </button>
        ))}
      </fieldset>
      <form
        className="call-note"
        onSubmit={(event) => {
          event.preventDefault();
          void saveNote();
        }}
      >
        <Field label="Note (optional)" id="call-note">
          {(aria) => <textarea {...aria} value={note} maxLength={NOTE_MAX_LENGTH} rows={2} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        {debtor !== null && (
          <label className="toggle">
            <input type="checkbox" checked={consent} onChange={(e) => void setConsent(e.target.checked)} />
            <span>The debtor asked for this call (prior consent): it does not count toward 7 calls in 7 days</span>
          </label>
        )}
        <div className="save-row">
          <button type="submit" className="button">
            Save note
          </button>
          <SaveStatus save={save} dirty={note.trim() !== savedNote} />
        </div>
      </form>
      <InlineError message={save.kind === 'refused' ? save.message : null} />
      {card.phoneId != null && <DoNotCallButton phoneId={card.phoneId} />}
    </section>
  );
}
