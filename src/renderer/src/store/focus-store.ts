import { create } from 'zustand';
import { resetOnSessionChange } from './session-reset.ts';

/**
 * Where the keyboard should be sent next, for components that are not mounted yet when it is decided
 * (the search box after sign-in, the results after Down in the search box). Each request is taken once.
 */
type FocusStore = {
  readonly search: boolean;
  readonly results: boolean;
  /** Bumped on every request, so asking again while one is pending still moves focus. */
  readonly requests: number;
  focusSearch(): void;
  focusResults(): void;
  /** The component that moved focus says so: the request is not repeated on its next mount. */
  taken(target: 'search' | 'results'): void;
  reset(): void;
};

const initial = { search: false, results: false, requests: 0 } as const;

export const useFocusStore = create<FocusStore>()((set) => ({
  ...initial,
  focusSearch: () => set((s) => ({ search: true, results: false, requests: s.requests + 1 })),
  focusResults: () => set((s) => ({ results: true, search: false, requests: s.requests + 1 })),
  taken: (target) => set(target === 'search' ? { search: false } : { results: false }),
  reset: () => set(initial),
}));

resetOnSessionChange(() => useFocusStore.getState().reset());
