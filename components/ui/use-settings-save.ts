// Saving a template's settings form (Create Orders, Product Sync) through the background: the form's
// submit handler, and whether to show "… settings saved." or the error's hint. Shared so that both
// forms leave the template's switch alone the same way.
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { AppErrorData } from '../../lib/errors/app-error';
import { toAppError } from './use-request';

export function useSettingsSave<S extends { enabled: boolean }, V extends { settings: S }>({
  draft,
  send,
  onSaved,
}: {
  draft: S;
  /** The template's `…saveSettings` call. */
  send(settings: Omit<S, 'enabled'>): Promise<V>;
  /** The background's answer; the form takes `view.settings` as its new draft. */
  onSaved(view: V): void;
}) {
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saved, setSaved] = useState(false);
  const save = async () => {
    setError(null);
    setSaved(false);
    try {
      // `enabled` is the template's switch (templates.setEnabled): a settings form never changes it, so
      // a form loaded before Disconnect cannot switch the template back on, nor a switch click be undone.
      const { enabled: _switch, ...settings } = draft;
      onSaved(await send(settings));
      setSaved(true);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  /** An edit after a save: "saved" no longer describes the form. */
  const clearSaved = () => setSaved(false);
  return { onSubmit, saved, error, clearSaved };
}
