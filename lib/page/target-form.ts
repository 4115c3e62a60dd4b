/**
 * Finds and fills the Affiliate Center's Target collaboration form. Fields are recognised by their
 * accessible label (aria-label, aria-labelledby, <label>, the form item's label, placeholder) and
 * role, in English and Chinese; nothing depends on TikTok's class names. Filling never submits.
 */
export const FORM_FIELDS = ['name', 'endDate', 'message', 'email', 'productId', 'commission', 'freeSample', 'autoApprove'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** Checked in this order: the more specific labels first ("Ads commission" is not "Commission"). */
const LABELS: readonly [FormField | null, RegExp][] = [
  ['autoApprove', /auto[-\s]?approv|自动(审核|通过|批准)/i],
  ['freeSample', /free\s*sample|免费(样品|寄样)/i],
  [null, /ads?\s*commission|广告佣金/i],
  ['commission', /commission|佣金/i],
  ['productId', /product\s*id|商品\s*id/i],
  ['email', /e-?mail|邮箱/i],
  ['endDate', /end\s*(date|time)|valid\s*until|expir|截止|结束(日期|时间)/i],
  ['name', /(invitation|collaboration|campaign)\s*name|邀约名称|合作名称|活动名称/i],
  ['message', /message|留言|消息|给达人/i],
];

const CONTROLS =
  'input:not([type=hidden]):not([type=submit]):not([type=button]), textarea, [role=textbox], [role=switch], [role=checkbox], [contenteditable=true]';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The label a person would read for a control. */
export function labelOf(control: Element): string {
  const doc = control.ownerDocument;
  const parts: string[] = [];
  const aria = control.getAttribute('aria-label');
  if (aria) parts.push(aria);
  for (const id of (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) parts.push(text(doc.getElementById(id)));
  if (control.id) {
    for (const label of doc.querySelectorAll('label[for]')) if (label.getAttribute('for') === control.id) parts.push(text(label));
  }
  const wrapping = control.closest('label');
  if (wrapping) parts.push(text(wrapping));
  if (!parts.some(Boolean)) {
    const item = control.closest('[class*=form-item], [class*=FormItem], [class*=form_item], [role=group], fieldset');
    const label = item?.querySelector('label, legend, [class*=label], [class*=Label]');
    if (label) parts.push(text(label));
  }
  const placeholder = control.getAttribute('placeholder');
  if (placeholder) parts.push(placeholder);
  return parts.filter(Boolean).join(' ');
}

export function fieldOfLabel(label: string): FormField | null {
  for (const [field, re] of LABELS) if (re.test(label)) return field;
  return null;
}

/** The recognised controls of the form, per field, in document order. */
export function findFormFields(root: Document | Element, exclude?: Element | null): Map<FormField, Element[]> {
  const found = new Map<FormField, Element[]>();
  for (const control of root.querySelectorAll(CONTROLS)) {
    if (exclude && exclude.contains(control)) continue;
    const field = fieldOfLabel(labelOf(control));
    if (!field) continue;
    const list = found.get(field) ?? [];
    list.push(control);
    found.set(field, list);
  }
  return found;
}

function isToggle(control: Element): boolean {
  const role = control.getAttribute('role');
  return role === 'switch' || role === 'checkbox' || (control instanceof control.ownerDocument.defaultView!.HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'));
}

function isOn(control: Element): boolean {
  const win = control.ownerDocument.defaultView!;
  if (control instanceof win.HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio')) return control.checked;
  return control.getAttribute('aria-checked') === 'true';
}

/**
 * Sets a control the way a React-controlled input accepts it: the native value setter (so React's
 * value tracker sees a change), then `input` and `change` events. Toggles are clicked when they
 * differ. Returns whether the control now holds the value.
 */
export function setControl(control: Element, value: string | boolean): boolean {
  const win = control.ownerDocument.defaultView!;
  if (isToggle(control)) {
    if (typeof value !== 'boolean') return false;
    if (isOn(control) !== value) (control as HTMLElement).click();
    return isOn(control) === value;
  }
  if (typeof value !== 'string') return false;
  (control as HTMLElement).focus?.();
  if (control instanceof win.HTMLInputElement || control instanceof win.HTMLTextAreaElement) {
    const proto = control instanceof win.HTMLTextAreaElement ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) setter.call(control, value);
    else control.value = value;
  } else {
    control.textContent = value;
  }
  control.dispatchEvent(new win.Event('input', { bubbles: true }));
  control.dispatchEvent(new win.Event('change', { bubbles: true }));
  (control as HTMLElement).blur?.();
  return control instanceof win.HTMLInputElement || control instanceof win.HTMLTextAreaElement ? control.value === value : true;
}

export interface FillValues {
  name: string;
  endDate: string;
  message: string;
  email: string;
  productIds: readonly string[];
  commissions: readonly string[];
  freeSample: boolean;
  autoApprove: boolean;
}

export interface FillResult {
  filled: FormField[];
  missing: FormField[];
}

/** Fills every recognised field; lists the fields with a value that the form does not show. */
export function fillForm(fields: Map<FormField, Element[]>, values: FillValues): FillResult {
  const filled: FormField[] = [];
  const missing: FormField[] = [];
  const plan: [FormField, readonly (string | boolean)[]][] = [
    ['name', [values.name]],
    ['endDate', [values.endDate]],
    ['message', [values.message]],
    ['email', [values.email]],
    ['productId', values.productIds],
    ['commission', values.commissions],
    ['freeSample', [values.freeSample]],
    ['autoApprove', values.freeSample ? [values.autoApprove] : []],
  ];
  for (const [field, wanted] of plan) {
    const usable = wanted.filter((v) => v !== '');
    if (usable.length === 0) continue;
    const controls = fields.get(field) ?? [];
    if (controls.length === 0) {
      missing.push(field);
      continue;
    }
    let ok = true;
    usable.forEach((value, i) => {
      const control = controls[i];
      if (control) ok = setControl(control, value) && ok;
    });
    if (ok && controls.length >= usable.length) filled.push(field);
    else missing.push(field);
  }
  return { filled, missing };
}

/**
 * A page to offer the helper on: a Target collaboration URL, or a form with at least two known
 * fields. The fields are only looked for (lazily) when the URL does not tell.
 */
export function looksLikeTargetForm(href: string, fields: Map<FormField, Element[]> | (() => Map<FormField, Element[]>)): boolean {
  if (/target|invitation|collaboration/i.test(new URL(href).pathname)) return true;
  return (typeof fields === 'function' ? fields() : fields).size >= 2;
}
