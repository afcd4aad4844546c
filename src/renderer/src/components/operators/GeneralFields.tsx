import type { OperatorRole } from '../../../../shared/ipc-contract.ts';
import type { OperatorDraft } from '../../logic/operator-form-view.ts';
import { ROLE_WORD } from '../../logic/session-text.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

const ROLES: readonly OperatorRole[] = ['admin', 'operator'];

type Props = { readonly draft: OperatorDraft; readonly readOnly: boolean };

export function GeneralFields({ draft, readOnly }: Props) {
  const edit = useOperatorFormStore((s) => s.edit);
  return (
    <div className="fields">
      <label className="field">
        <span>Operator ID</span>
        <input
          value={draft.code}
          maxLength={32}
          autoComplete="off"
          spellCheck={false}
          readOnly={readOnly}
          onChange={(e) => edit({ code: e.target.value })}
        />
      </label>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} maxLength={100} autoComplete="off" readOnly={readOnly} onChange={(e) => edit({ name: e.target.value })} />
      </label>
      <label className="field">
        <span>Role</span>
        <select
          className="role-select"
          value={draft.role}
          disabled={readOnly}
          onChange={(e) => edit({ role: e.target.value === 'admin' ? 'admin' : 'operator' })}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_WORD[role]}
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={draft.active} disabled={readOnly} onChange={(e) => edit({ active: e.target.checked })} />
        <span>Active</span>
      </label>
      <p className="help">A deactivated operator cannot sign in; their dial log rows stay.</p>
    </div>
  );
}
