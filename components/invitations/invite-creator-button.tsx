import { useState } from 'react';
import { ask } from '@/lib/messaging/ask';
import { useI18n } from '../messages';

type State = { kind: 'idle' } | { kind: 'inviting' } | { kind: 'invited'; draftName: string } | { kind: 'failed'; message: string };

/**
 * The overlay's "invite this creator": records an invitation of this creator with the newest ready
 * draft (the background picks it and lints it again). Nothing is sent to TikTok.
 * Testing contract: `overlay-invite`, `overlay-invite-status` with `data-state`.
 */
export function InviteCreatorButton({ handle }: { handle: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const invite = async () => {
    setState({ kind: 'inviting' });
    try {
      const { draftName } = await ask('invitation.inviteCreator', { handle });
      setState({ kind: 'invited', draftName });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" className="vt-button" data-testid="overlay-invite" disabled={state.kind === 'inviting'} onClick={() => void invite()}>
        {t('inv.overlay.invite')}
      </button>
      {state.kind !== 'idle' && (
        <span className={state.kind === 'failed' ? 'vt-status vt-error' : 'vt-status'} data-testid="overlay-invite-status" data-state={state.kind}>
          {state.kind === 'invited' && t('inv.overlay.invited', { draft: state.draftName })}
          {state.kind === 'failed' && t('inv.overlay.failed', { message: state.message })}
        </span>
      )}
    </>
  );
}
