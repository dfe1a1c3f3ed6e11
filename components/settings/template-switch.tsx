// A template's on/off switch (issue 10 §1): a checkbox with the switch role, named "<template> enabled".
// Disabled only while it is off and Autotask or every distributor is not connected: a template needs
// Autotask and at least one distributor.
import { useId } from 'react';

export function TemplateSwitch({
  name,
  enabled,
  connected,
  busy,
  onChange,
}: {
  name: string;
  enabled: boolean;
  connected: boolean;
  busy: boolean;
  onChange(enabled: boolean): void;
}) {
  const id = useId();
  const blocked = !enabled && !connected;
  return (
    <div className="template-switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        aria-label={`${name} enabled`}
        checked={enabled}
        disabled={blocked || busy}
        aria-describedby={blocked ? `${id}-why` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{enabled ? 'On' : 'Off'}</label>
      {blocked ? (
        <span id={`${id}-why`} className="help-text">
          Connect Autotask and a distributor to switch it on.
        </span>
      ) : null}
    </div>
  );
}
