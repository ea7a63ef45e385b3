import { Component, type ReactNode } from 'react';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  readonly children: ReactNode;
  /** Called once with the message of a render error. */
  readonly onError: (message: string) => void;
  readonly fallback: (message: string) => ReactNode;
}

interface ErrorBoundaryState {
  readonly message: string | null;
}

/** Turns a render error into the page's error state instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { message: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }

  override render(): ReactNode {
    return this.state.message === null
      ? this.props.children
      : this.props.fallback(this.state.message);
  }
}
