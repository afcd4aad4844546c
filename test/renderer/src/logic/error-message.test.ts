import { expect, it } from 'vitest';
import { IpcError } from '../../../../src/preload/api.ts';
import { errorMessage } from '../../../../src/renderer/src/logic/error-message.ts';

it("shows main's sentence from a refused call", () => {
  expect(errorMessage(new IpcError('Operator ID "109" is already used by Ann Lee.'))).toBe('Operator ID "109" is already used by Ann Lee.');
});

it('shows a thrown string as it is, and says so when there is no reason at all', () => {
  expect(errorMessage('No operator chosen.')).toBe('No operator chosen.');
  expect(errorMessage(undefined)).toBe('Something went wrong, and no reason was given.');
  expect(errorMessage(new Error(''))).toBe('Something went wrong, and no reason was given.');
});
