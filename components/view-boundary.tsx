import { Component, type ReactNode } from 'react';
import { useI18n } from './i18n';

interface Props {
  /** The view, named in the message (its i18n key). */
  view: string;
  children: ReactNode;
}

/**
 * One view of the side panel that failed to render: it says so, with the error, instead of taking
 * the whole panel down with it. Kept around each tab's content, apart from the backup panel, so
 * import and export — the way out of bad data — stay on screen whatever a view meets.
 */
export class ViewBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    return this.state.error ? <ViewFailed view={this.props.view} message={this.state.error.message} /> : this.props.children;
  }
}

function ViewFailed({ view, message }: { view: string; message: string }) {
  const { t } = useI18n();
  return (
    <p className="vt-error" role="alert" data-testid="view-failed" data-view={view}>
      {t('view.failed', { view: t(view), message })}
    </p>
  );
}
