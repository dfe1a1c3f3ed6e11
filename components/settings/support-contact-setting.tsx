// Options → "Support contact" (issue 10 §6): where technicians should send a support report — an
// e-mail address or a web address, empty by default. The support report and the Help page show it.
import { useId, useState } from 'react';
import { useApi } from '../ui/api';
import { ErrorHint } from '../ui/error-hint';
import { toAppError, useRequest } from '../ui/use-request';
import type { AppErrorData } from '../../lib/errors/app-error';
import { supportContactSchema } from '../../lib/settings/support-contact';

export function SupportContactSetting() {
  const api = useApi();
  const id = useId();
  const { state } = useRequest(() => api('settings.get', {}), [api]);
  const [draft, setDraft] = useState<string | undefined>();
  const [invalid, setInvalid] = useState<string | undefined>();
  const [error, setError] = useState<AppErrorData>();
  const [saved, setSaved] = useState<string | undefined>();

  if (state.status === 'loading') return <p className="muted">Loading settings…</p>;
  if (state.status === 'failed') return <ErrorHint error={state.error} />;
  const value = draft ?? saved ?? state.value.supportContact ?? '';

  async function save() {
    setError(undefined);
    const parsed = supportContactSchema.safeParse(value);
    if (!parsed.success) {
      setInvalid(parsed.error.issues[0]?.message);
      return;
    }
    setInvalid(undefined);
    try {
      const next = await api('settings.update', { supportContact: parsed.data });
      setSaved(next.supportContact ?? '');
      setDraft(undefined);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  }

  return (
    <form
      className="field"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id}>Support contact</label>
      <div className="row">
        <input
          id={id}
          type="text"
          inputMode="email"
          placeholder="support@your-msp.example or https://…"
          value={value}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={`${id}-help${invalid ? ` ${id}-invalid` : ''}`}
          onChange={(event) => {
            setDraft(event.target.value);
            setSaved(undefined);
          }}
        />
        <button type="submit">Save contact</button>
      </div>
      <p id={`${id}-help`} className="help-text">
        Where support reports should be sent (your service desk&apos;s e-mail address or ticket form). The
        support report and the Help page show it. Leave empty for none.
      </p>
      {invalid ? (
        <p id={`${id}-invalid`} className="result-failed" role="alert">
          {invalid}
        </p>
      ) : null}
      {saved !== undefined ? (
        <p role="status" className="status-ok">
          {saved ? `Saved: reports go to ${saved}` : 'Saved: no support contact'}
        </p>
      ) : null}
      {error ? <ErrorHint error={error} /> : null}
    </form>
  );
}
