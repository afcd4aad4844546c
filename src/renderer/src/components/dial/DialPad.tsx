import { useDialPadStore } from '../../store/dial-pad-store.ts';
import { useDialStore } from '../../store/dial-store.ts';
import { LastDial } from './LastDial.tsx';

const KEYS: readonly { readonly key: string; readonly letters: string }[] = [
  { key: '1', letters: '' },
  { key: '2', letters: 'ABC' },
  { key: '3', letters: 'DEF' },
  { key: '4', letters: 'GHI' },
  { key: '5', letters: 'JKL' },
  { key: '6', letters: 'MNO' },
  { key: '7', letters: 'PQRS' },
  { key: '8', letters: 'TUV' },
  { key: '9', letters: 'WXYZ' },
  { key: '*', letters: '' },
  { key: '0', letters: '+' },
  { key: '#', letters: '' },
];

export function DialPad() {
  const number = useDialPadStore((s) => s.number);
  const setNumber = useDialPadStore((s) => s.setNumber);
  const press = useDialPadStore((s) => s.press);
  const clear = useDialPadStore((s) => s.clear);
  const dialNumber = useDialStore((s) => s.dialNumber);
  const busy = useDialStore((s) => s.busy);

  return (
    <div className="dial-pad-screen">
      <form
        className="dial-pad"
        onSubmit={(event) => {
          event.preventDefault();
          void dialNumber(number);
        }}
      >
        <label className="field">
          <span>Phone number</span>
          <input
            type="tel"
            className="pad-number"
            value={number}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setNumber(event.target.value)}
          />
        </label>
        <div className="keypad">
          {KEYS.map(({ key, letters }) => (
            <button
              key={key}
              type="button"
              className="key"
              // Keeps the caret in the number field for mouse users, so Enter still dials.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => press(key)}
            >
              <span className="key-digit">{key}</span>
              <span className="key-letters" aria-hidden="true">
                {letters}
              </span>
            </button>
          ))}
        </div>
        <div className="pad-actions">
          <button type="submit" className="button primary" disabled={busy}>
            Dial
          </button>
          <button type="button" className="button" onClick={clear}>
            Clear
          </button>
        </div>
      </form>
      <LastDial />
    </div>
  );
}
