import { useId, type ReactNode } from 'react';
import type { LintSeverity } from '@/lib/invitations/lint';

/** A lint problem shown beside its field, in the merchant's language. */
export interface FieldProblem {
  id: string;
  severity: LintSeverity;
  text: string;
}

/** What a control needs to be described by its problems (`aria-describedby`, `aria-invalid`). */
function describedBy(id: string, problems: readonly FieldProblem[] | undefined) {
  if (!problems?.length) return {};
  return { 'aria-describedby': id, 'aria-invalid': problems.some((p) => p.severity === 'error') };
}

/**
 * The problems of one field, right under it. Testing contract: `[data-testid=field-problems]` with
 * `data-field`, one `[data-problem-id]` (the lint id) per problem, `data-severity`.
 */
export function FieldProblems({ id, field, problems }: { id: string; field: string; problems: readonly FieldProblem[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <ul className="vt-field-problems" id={id} data-testid="field-problems" data-field={field}>
      {problems.map((p) => (
        <li key={p.id} data-problem-id={p.id} data-severity={p.severity} className={`vt-lint-${p.severity}`}>
          {p.text}
        </li>
      ))}
    </ul>
  );
}

/** Labelled form controls of the draft editor; values are typed, empty number fields are null. */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="vt-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

interface Described {
  /** The field's name in lint issues (`sellerEmail`, `brief.productLink`). */
  field?: string;
  problems?: readonly FieldProblem[];
}

export function TextInput(props: Described & { label: string; testId: string; value: string; onChange(value: string): void; type?: string }) {
  const id = useId();
  return (
    <div className="vt-field-wrap">
      <Field label={props.label}>
        <input type={props.type ?? 'text'} data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value)} {...describedBy(id, props.problems)} />
      </Field>
      <FieldProblems id={id} field={props.field ?? props.testId} problems={props.problems} />
    </div>
  );
}

export function TextArea(props: Described & { label: string; testId: string; value: string; onChange(value: string): void; rows?: number }) {
  const id = useId();
  return (
    <div className="vt-field-wrap">
      <Field label={props.label}>
        <textarea data-testid={props.testId} rows={props.rows ?? 3} value={props.value} onChange={(e) => props.onChange(e.target.value)} {...describedBy(id, props.problems)} />
      </Field>
      <FieldProblems id={id} field={props.field ?? props.testId} problems={props.problems} />
    </div>
  );
}

export function NumberInput(
  props: Described & {
    label: string;
    testId: string;
    value: number | null;
    onChange(value: number | null): void;
    min?: number;
    max?: number;
    step?: number;
  },
) {
  const id = useId();
  return (
    <div className="vt-field-wrap">
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
          {...describedBy(id, props.problems)}
        />
      </Field>
      <FieldProblems id={id} field={props.field ?? props.testId} problems={props.problems} />
    </div>
  );
}

export function Checkbox(props: Described & { label: string; testId: string; checked: boolean; onChange(value: boolean): void }) {
  const id = useId();
  return (
    <div className="vt-field-wrap">
      <label className="vt-check">
        <input type="checkbox" data-testid={props.testId} checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} {...describedBy(id, props.problems)} />
        <span>{props.label}</span>
      </label>
      <FieldProblems id={id} field={props.field ?? props.testId} problems={props.problems} />
    </div>
  );
}

export function Select<T extends string>(
  props: Described & {
    label: string;
    testId: string;
    value: T | null;
    options: readonly { value: T; label: string }[];
    onChange(value: T | null): void;
    unsetLabel?: string;
  },
) {
  const id = useId();
  return (
    <div className="vt-field-wrap">
      <Field label={props.label}>
        <select
          data-testid={props.testId}
          value={props.value ?? ''}
          onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as T))}
          {...describedBy(id, props.problems)}
        >
          {props.unsetLabel !== undefined && <option value="">{props.unsetLabel}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <FieldProblems id={id} field={props.field ?? props.testId} problems={props.problems} />
    </div>
  );
}
