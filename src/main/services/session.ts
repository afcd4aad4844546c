import { Refusal } from './refusal.ts';

/** Who is dialing. Held in main: the renderer's word never decides which extension is sent. */
export type Session = {
  operatorId(): number | null;
  requireOperatorId(): number;
  choose(operatorId: number): void;
  clear(): void;
};

export function createSession(): Session {
  let current: number | null = null;
  return {
    operatorId: () => current,
    requireOperatorId() {
      if (current === null) throw new Refusal('Choose who is dialing first ("Dialing as").');
      return current;
    },
    choose(operatorId) {
      current = operatorId;
    },
    clear() {
      current = null;
    },
  };
}
