/** A request main turns down for a reason the user must read (bad input, missing record). */
export class Refusal extends Error {
  override name = 'Refusal';
}
