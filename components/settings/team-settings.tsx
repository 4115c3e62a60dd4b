import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import { originPattern, TeamFormSchema, type TeamForm } from '@/lib/team/model/connection';
import { useI18n } from '../i18n';
import { teamStatusText } from '../team/team-status-line';
import { useTeamStatus } from '../team/use-team-status';
import { useErrorText } from '../use-send';

const EMPTY: TeamForm = { url: '', database: '', user: '', password: '', seatName: '' };
type Fields = keyof TeamForm;
const FIELDS: readonly { name: Fields; type: string }[] = [
  { name: 'url', type: 'url' },
  { name: 'database', type: 'text' },
  { name: 'user', type: 'text' },
  { name: 'password', type: 'password' },
  { name: 'seatName', type: 'text' },
];

/**
 * Settings → Team: the team's CouchDB server, database, this seat's user and password and its
 * display name. Connecting first asks the browser for that server's origin only; the password
 * stays in this browser's storage.local.
 */
export function TeamSettings() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const status = useTeamStatus();
  const [form, setForm] = useState<TeamForm>(EMPTY);
  const [connected, setConnected] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);

  const load = useCallback(
    () =>
      send('team.get', {})
        .then(({ team }) => {
          setConnected(team?.connected ?? false);
          if (team) setForm((f) => ({ ...f, url: team.url, database: team.database, user: team.user, seatName: team.seatName }));
        })
        .catch((error: unknown) => setMessage(errorText(error))),
    [errorText],
  );
  useEffect(() => void load(), [load]);

  async function connect() {
    const parsed = TeamFormSchema.safeParse(form);
    if (!parsed.success) {
      setMessage(t('team.form.invalid', { field: t(`team.field.${String(parsed.error.issues[0]?.path[0] ?? 'url')}`) }));
      return;
    }
    // The permission prompt must come straight from the click: nothing is awaited before it.
    const granted = await browser.permissions.request({ origins: [originPattern(parsed.data.url)] });
    if (!granted) {
      setMessage(t('team.error.no-permission'));
      return;
    }
    setMessage(null);
    try {
      await send('team.connect', { form: parsed.data });
      setForm((f) => ({ ...f, password: '' }));
      await load();
    } catch (error) {
      setMessage(errorText(error));
    }
  }

  return (
    <section className="vt-team-settings" data-testid="team-settings">
      <h3>{t('team.title')}</h3>
      <p className="vt-muted">{t('team.intro')}</p>
      {FIELDS.map(({ name, type }) => (
        <label key={name} className="vt-field">
          <span>{t(`team.field.${name}`)}</span>
          <input
            type={type}
            value={form[name]}
            autoComplete={name === 'password' ? 'current-password' : 'off'}
            placeholder={name === 'password' && connected ? t('team.field.passwordKept') : undefined}
            onChange={(e) => setForm({ ...form, [name]: e.target.value })}
            data-testid={`team-${name}`}
          />
        </label>
      ))}
      <div className="vt-actions">
        <button type="button" className="vt-button vt-primary" onClick={() => void connect()} data-testid="team-connect">
          {t('team.connect')}
        </button>
        {connected && (
          <button
            type="button"
            className="vt-button"
            onClick={() => void send('team.disconnect', {}).then(load).catch((error: unknown) => setMessage(errorText(error)))}
            data-testid="team-disconnect"
          >
            {t('team.disconnect')}
          </button>
        )}
        {connected !== null && (
          <button type="button" className="vt-button vt-danger" onClick={() => setConfirmLeave(true)} data-testid="team-leave">
            {t('team.leave')}
          </button>
        )}
      </div>
      {confirmLeave && (
        <div className="vt-confirm" role="alertdialog" data-testid="team-leave-confirm">
          <p>{t('team.leave.confirm')}</p>
          <button
            type="button"
            className="vt-button vt-danger"
            onClick={() => {
              setConfirmLeave(false);
              void send('team.leave', {})
                .then(({ removedLists }) => {
                  setForm(EMPTY);
                  setMessage(t('team.left', { count: removedLists }));
                  return load();
                })
                .catch((error: unknown) => setMessage(errorText(error)));
            }}
            data-testid="team-leave-yes"
          >
            {t('team.leave.yes')}
          </button>
          <button type="button" className="vt-button" onClick={() => setConfirmLeave(false)}>
            {t('action.cancel')}
          </button>
        </div>
      )}
      {status && (
        <p data-testid="team-settings-status" data-state={status.state} data-error={status.error ?? ''}>
          {teamStatusText(status, t)}
          {status.detail && status.state === 'error' ? <span className="vt-muted"> ({status.detail})</span> : null}
        </p>
      )}
      {message && (
        <p className="vt-error" role="alert" data-testid="team-message">
          {message}
        </p>
      )}
    </section>
  );
}
