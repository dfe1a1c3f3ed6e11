// A checkbox inside its label, which tells its new state as a boolean.
interface Props {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** The label's layout class (styles.css `.checkbox`, `.row`). */
  className?: string;
  onChange(checked: boolean): void;
}

export function Checkbox({ label, checked, disabled = false, className = 'checkbox', onChange }: Props) {
  return (
    <label className={className}>
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {label}
    </label>
  );
}
