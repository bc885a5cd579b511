import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useMessages } from '../i18n/use-messages';
import { messages } from './messages';

interface Props {
  /** What the failing region was, for the message ("the map", "the timeline"). */
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
      <RegionFailure
        region={this.props.region}
        message={this.state.error.message}
        onRetry={() => this.setState({ error: null })}
      />
    );
  }
}

function RegionFailure(props: { region: string; message: string; onRetry: () => void }) {
  const t = useMessages(messages);
  return (
    <div role="alert" className="region-error">
      <p>{t('regionFailed', { region: props.region, message: props.message })}</p>
      <button type="button" onClick={props.onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}
