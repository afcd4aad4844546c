type Props = {
  readonly label: string;
  readonly value: string;
  /** The id of the hint that says how long a password must be. */
  readonly hintId: string;
  readonly onChange: (value: string) => void;
};

/** A field for a password being chosen (setup, or an administrator setting one), never one being checked. */
export function NewPasswordField({ label, value, hintId, onChange }: Props) {
  return (
    <label className="field">
      <span>{label}</span>
      <input type="password" value={value} autoComplete="new-password" aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}
