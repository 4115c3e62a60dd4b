import type { ReactNode } from 'react';

/** Labelled form controls of the draft editor; values are typed, empty number fields are null. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="vt-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function TextInput(props: { label: string; testId: string; value: string; onChange(value: string): void; type?: string }) {
  return (
    <Field label={props.label}>
      <input type={props.type ?? 'text'} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </Field>
  );
}

export function NumberInput(props: {
  label: string;
  testId: string;
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
}) {
  return (
    <Field label={props.label}>
      <input
        type="number"
        inputMode="decimal"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        step={props.step ?? 'any'}
        value={props.value ?? ''}
        onChange={(e) => {
          const raw = e.target.value.trim();
          const value = raw === '' ? null : Number(raw);
          props.onChange(value === null || Number.isFinite(value) ? value : null);
        }}
      />
    </Field>
  );
}

export function Checkbox(props: { label: string; testId: string; checked: boolean; onChange(value: boolean): void }) {
  return (
    <label className="vt-check">
      <input type="checkbox" data-testid={props.testId} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export function Select<T extends string>(props: {
  label: string;
  testId: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange(value: T | null): void;
  unsetLabel?: string;
}) {
  return (
    <Field label={props.label}>
      <select data-testid={props.testId} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as T))}>
        {props.unsetLabel !== undefined && <option value="">{props.unsetLabel}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
