import { useState } from 'react';
import { parseNote2 } from '../../../../shared/note2.ts';
import { buildUdpNote2 } from '../../../../shared/note2-suggestion.ts';
import { Field } from '../form/Field.tsx';

/** For administrators who do not know the syntax: the dialer's address in plain fields, written into Note 2. */
export function Note2Builder({ onWrite }: { readonly onWrite: (note2: string) => void }) {
  const [host, setHost] = useState('');
  const [port, setPort] = useState('');
  const [extension, setExtension] = useState('');
  const [authcode, setAuthcode] = useState(false);
  const note2 = buildUdpNote2({ host, port, extension, authcode });
  const parsed = parseNote2(note2);
  const touched = host !== '' || port !== '' || extension !== '';
  const problem = touched && !parsed.ok ? parsed.error.message : null;

  return (
    <details className="note2-builder">
      <summary>Build a UDP command</summary>
      <div className="builder-fields">
        <Field label="Dialer host" id="builder-host">
          {(aria) => <input value={host} autoComplete="off" spellCheck={false} placeholder="192.168.2.122" {...aria} onChange={(e) => setHost(e.target.value)} />}
        </Field>
        <Field label="Port" id="builder-port">
          {(aria) => <input value={port} inputMode="numeric" autoComplete="off" placeholder="1544" {...aria} onChange={(e) => setPort(e.target.value)} />}
        </Field>
        <Field label="Extension" id="builder-extension">
          {(aria) => <input value={extension} inputMode="numeric" autoComplete="off" placeholder="452" {...aria} onChange={(e) => setExtension(e.target.value)} />}
        </Field>
        <label className="toggle">
          <input type="checkbox" checked={authcode} onChange={(e) => setAuthcode(e.target.checked)} />
          <span>Send the authcode (client and debtor numbers)</span>
        </label>
      </div>
      <p className="help">
        Note 2 will be <code>{note2}</code>
      </p>
      {problem !== null && <p className="inline-error">{problem}</p>}
      <button type="button" className="button" disabled={!parsed.ok} onClick={() => onWrite(note2)}>
        Write to Note 2
      </button>
    </details>
  );
}
