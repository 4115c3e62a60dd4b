import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { fieldOfLabel, fillForm, findFormFields, labelOf, looksLikeTargetForm } from '../../../lib/page/target-form';

function page(html: string) {
  const win = new Window({ url: 'https://affiliate.tiktok.com/connection/target-invitation/create' });
  win.document.write(`<!doctype html><body>${html}</body>`);
  return win.document as unknown as Document;
}

const FORM = `
<form id="f">
  <label for="n">Invitation name</label><input id="n">
  <div class="arco-form-item"><label>End date</label><input type="date"></div>
  <label>Message to creators <textarea></textarea></label>
  <input aria-label="Seller contact email">
  <span id="pl">Product ID</span><input aria-labelledby="pl">
  <input placeholder="Ads commission rate">
  <input placeholder="Commission rate (%)">
  <label><input type="checkbox"> Free samples</label>
  <button type="button" role="switch" aria-checked="false" aria-label="Auto-approve sample requests"></button>
</form>`;

describe('Target collaboration form', () => {
  it.each([
    ['Invitation name', 'name'],
    ['邀约名称', 'name'],
    ['Collaboration end date', 'endDate'],
    ['截止日期', 'endDate'],
    ['Message', 'message'],
    ['给达人的留言', 'message'],
    ['联系邮箱', 'email'],
    ['商品 ID', 'productId'],
    ['佣金率', 'commission'],
    ['Shop Ads commission', null],
    ['广告佣金率', null],
    ['免费样品', 'freeSample'],
    ['自动审核', 'autoApprove'],
    ['Search creators', null],
  ])('%s → %s', (label, field) => {
    expect(fieldOfLabel(label)).toBe(field);
  });

  it('recognises every field by label and role, and fills them with input/change events', () => {
    const doc = page(FORM);
    const fields = findFormFields(doc);
    expect([...fields.keys()].sort()).toEqual(['autoApprove', 'commission', 'email', 'endDate', 'freeSample', 'message', 'name', 'productId']);
    expect(labelOf(fields.get('name')![0]!)).toBe('Invitation name');

    const events: string[] = [];
    doc.getElementById('f')!.addEventListener('input', (e) => events.push(`input:${(e.target as HTMLElement).tagName}`));
    doc.getElementById('f')!.addEventListener('change', () => events.push('change'));
    const switchEl = doc.querySelector('[role=switch]')!;
    switchEl.addEventListener('click', () => switchEl.setAttribute('aria-checked', String(switchEl.getAttribute('aria-checked') !== 'true')));

    const result = fillForm(fields, {
      name: 'Summer', endDate: '2026-12-31', message: 'Hi there', email: 'shop@example.com',
      productIds: ['123'], commissions: ['15'], freeSample: true, autoApprove: true,
    });
    expect(result).toEqual({ filled: ['name', 'endDate', 'message', 'email', 'productId', 'commission', 'freeSample', 'autoApprove'], missing: [] });
    expect((doc.getElementById('n') as HTMLInputElement).value).toBe('Summer');
    expect(doc.querySelector('textarea')!.value).toBe('Hi there');
    expect((doc.querySelector('input[type=date]') as HTMLInputElement).value).toBe('2026-12-31');
    expect((doc.querySelector('input[placeholder^=Ads]') as HTMLInputElement).value).toBe('');
    expect((doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked).toBe(true);
    expect(switchEl.getAttribute('aria-checked')).toBe('true');
    expect(events.filter((e) => e.startsWith('input:')).length).toBeGreaterThanOrEqual(6);
  });

  it('reports what the form does not show', () => {
    const doc = page('<label>Invitation name <input></label>');
    const result = fillForm(findFormFields(doc), {
      name: 'x', endDate: '2026-12-31', message: 'm', email: '', productIds: [], commissions: [], freeSample: false, autoApprove: false,
    });
    expect(result).toEqual({ filled: ['name'], missing: ['endDate', 'message', 'freeSample'] });
  });

  it('offers itself on target-collaboration URLs or recognisable forms only', () => {
    const empty = new Map();
    expect(looksLikeTargetForm('https://affiliate.tiktok.com/connection/target-invitation/create', empty)).toBe(true);
    expect(looksLikeTargetForm('https://affiliate.tiktok.com/connection/creator/detail?cid=1', empty)).toBe(false);
  });
});
