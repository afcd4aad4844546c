import type { MainEvent, MainEvents } from '../../shared/ipc-contract.ts';

/** Sends one typed event to the window(s): Electron's webContents.send, or the harness's page. */
export type Publish = <E extends MainEvent>(event: E, payload: MainEvents[E]) => void;

export type MainEventHub = {
  /** What services call: every subscribed window gets the event. */
  readonly publish: Publish;
  /** The composition root (or the harness) attaches a window; the returned function detaches it. */
  subscribe(sink: Publish): () => void;
};

/**
 * Services publish without knowing which windows exist (none, in the CLI and Node tests). A sink that
 * throws (a window closing as the event leaves) never breaks the service that published.
 */
export function createMainEventHub(onError: (error: unknown) => void = () => {}): MainEventHub {
  const sinks = new Set<Publish>();
  return {
    publish(event, payload) {
      for (const sink of sinks) {
        try {
          sink(event, payload);
        } catch (error) {
          onError(error);
        }
      }
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
