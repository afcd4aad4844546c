/** A refusal or a problem under the field or form it is about; nothing when there is none. */
export function InlineError({ message, id }: { readonly message: string | null; readonly id?: string }) {
  if (message === null) return null;
  return (
    <p id={id} role="alert" className="inline-error">
      {message}
    </p>
  );
}
