import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../../logic/error-message.ts';

type Props = { readonly children: ReactNode };
type State = { readonly error: unknown; readonly failed: boolean };

/** A rendering bug shows its text instead of a blank window, so the operator can report it. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Softphone Launcher screen failed:', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="crash">
        <h1>Softphone Launcher hit a problem</h1>
        <p>This screen could not be shown: {errorMessage(this.state.error)}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null, failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
