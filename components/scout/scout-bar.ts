import { closedHost } from './closed-host';
import { BAR_CSS } from './scout-css';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface BarState {
  total: number;
  visible: number;
  selected: number;
  lists: readonly { listId: string; listName: string }[];
  lastListId: string | null;
  /** A message after an action, and whether it can be undone. */
  status: { text: string; undo: boolean } | null;
  busy: boolean;
}

export interface BarActions {
  addVisible(listId: string | null): void;
  addSelected(listId: string | null): void;
  undo(): void;
}

/**
 * The small bar at the bottom of a list page: how many creators Vettok read here, the list to add
 * to, "add all visible", "add selected", and the outcome with its undo. Fixed in place (it moves
 * nothing on the page); every text is a text node.
 */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

export function createScoutBar(doc: Document, t: Translate, actions: BarActions) {
  const { host, container } = closedHost(doc, 'vettok-scout-bar', BAR_CSS);
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.dataset['testid'] = 'scout-bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', t('scout.bar.label'));

  const title = doc.createElement('strong');
  const count = doc.createElement('span');
  count.dataset['testid'] = 'scout-count';
  const select = doc.createElement('select');
  select.dataset['testid'] = 'scout-list';
  select.setAttribute('aria-label', t('scout.bar.list'));
  const addVisible = doc.createElement('button');
  addVisible.type = 'button';
  addVisible.dataset['testid'] = 'scout-add-visible';
  const addSelected = doc.createElement('button');
  addSelected.type = 'button';
  addSelected.dataset['testid'] = 'scout-add-selected';
  const status = doc.createElement('div');
  status.className = 'status';
  status.dataset['testid'] = 'scout-status';
  status.setAttribute('role', 'status');
  const statusText = doc.createElement('span');
  const undo = doc.createElement('button');
  undo.type = 'button';
  undo.dataset['testid'] = 'scout-undo';
  undo.textContent = t('scout.bar.undo');
  status.append(statusText, ' ', undo);
  title.textContent = t('scout.bar.label');

  const chosen = () => (select.value === '' ? null : select.value);
  addVisible.addEventListener('click', () => actions.addVisible(chosen()));
  addSelected.addEventListener('click', () => actions.addSelected(chosen()));
  undo.addEventListener('click', () => actions.undo());
  bar.append(title, count, select, addVisible, addSelected, status);
  container.append(bar);

  let listsShown = '';
  return {
    host,
    render(state: BarState) {
      // Only what changed is written: the bar re-renders as chips scroll in and out of view, and every
      // write would make the browser lay the page out again in that frame.
      setText(count, t('scout.bar.count', { count: state.total }));
      setText(addVisible, t('scout.bar.addVisible', { count: state.visible }));
      setText(addSelected, t('scout.bar.addSelected', { count: state.selected }));
      if (addVisible.disabled !== (state.busy || state.visible === 0)) addVisible.disabled = state.busy || state.visible === 0;
      if (addSelected.disabled !== (state.busy || state.selected === 0)) addSelected.disabled = state.busy || state.selected === 0;
      const key = JSON.stringify([state.lists, state.lastListId]);
      if (key !== listsShown) {
        listsShown = key;
        const keep = select.value;
        select.replaceChildren();
        const last = doc.createElement('option');
        last.value = '';
        last.textContent = t('scout.bar.lastList');
        select.append(last);
        for (const list of state.lists) {
          const option = doc.createElement('option');
          option.value = list.listId;
          option.textContent = list.listName;
          select.append(option);
        }
        select.value = state.lists.some((l) => l.listId === keep) ? keep : '';
      }
      if (status.hidden !== (state.status === null)) status.hidden = state.status === null;
      setText(statusText, state.status?.text ?? '');
      if (undo.hidden !== !state.status?.undo) undo.hidden = !state.status?.undo;
      const shown = state.status ? (state.status.undo ? 'added' : 'done') : '';
      if (status.dataset['state'] !== shown) status.dataset['state'] = shown;
    },
  };
}
