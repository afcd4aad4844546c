import type { OperatorDraft } from '../../logic/operator-form-view.ts';
import { useOperatorFormStore } from '../../store/operator-form-store.ts';

export function GeneralFields({ draft }: { readonly draft: OperatorDraft }) {
  const edit = useOperatorFormStore((s) => s.edit);
  return (
    <div className="fields">
      <label className="field">
        <span>Operator ID</span>
        <input value={draft.code} maxLength={32} autoComplete="off" spellCheck={false} onChange={(e) => edit({ code: e.target.value })} />
      </label>
      <label className="field">
        <span>Name</span>
        <input value={draft.name} maxLength={100} autoComplete="off" onChange={(e) => edit({ name: e.target.value })} />
      </label>
    </div>
  );
}
