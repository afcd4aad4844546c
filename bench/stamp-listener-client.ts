import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type Stamped = { readonly text: string; readonly at: number };

export type StampListener = {
  readonly port: number;
  /** The next datagram (in arrival order); rejects when none comes within timeoutMs. */
  next(timeoutMs?: number): Promise<Stamped>;
  close(): void;
};

/** Starts udp-stamp-listener.ts and waits for its port. */
export async function startStampListener(): Promise<StampListener> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./udp-stamp-listener.ts', import.meta.url)), [], { stdio: 'inherit' });
  const queue: Stamped[] = [];
  const waiters: ((datagram: Stamped) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.on('message', (message: { port?: number; text?: string; at?: number }) => {
      if (message.port !== undefined) resolve(message.port);
      else if (message.text !== undefined && message.at !== undefined) {
        const datagram = { text: message.text, at: message.at };
        const waiter = waiters.shift();
        if (waiter) waiter(datagram);
        else queue.push(datagram);
      }
    });
  });
  return {
    port,
    next(timeoutMs = 5000) {
      const ready = queue.shift();
      if (ready) return Promise.resolve(ready);
      return new Promise((resolve, reject) => {
        const waiter = (datagram: Stamped): void => {
          clearTimeout(timer);
          resolve(datagram);
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`No datagram reached 127.0.0.1:${port} within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => child.disconnect(),
  };
}
