import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the failing region was, for the message ("The map", "The timeline"). */
  region: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a failure in one region of the page from blanking the rest. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`${this.props.region} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="region-error">
        <p>
          {this.props.region} stopped working: {this.state.error.message}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
