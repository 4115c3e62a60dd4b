import type { ChipView } from '@/lib/scout/chip-view';
import { GRADE_BOUNDS } from '@/lib/scoring/constants';
import { closedHost } from './closed-host';
import { CHIP_CSS } from './scout-css';

export interface ChipActions {
  open(handle: string): void;
  select(handle: string, selected: boolean): void;
  /** Accessible name of the checkbox ("Select @x") and of the chip. */
  selectLabel(handle: string): string;
  chipLabel(view: ChipView): string;
}

/** Score band for the chip's border, on the grades' bounds: B or better good, below D low. */
function bandOf(view: ChipView): string {
  if (view.score === null || view.provisional) return 'none';
  return view.score >= GRADE_BOUNDS.B ? 'good' : view.score >= GRADE_BOUNDS.D ? 'mid' : 'low';
}

/**
 * How much of a chip that follows a scrolling box the box shows (scout-session.ts): all of it (not
 * clipped), part of it (clipped to the box, `--vt-clip`), or none (not painted at all).
 */
export type ChipShown = 'whole' | 'part' | 'none';

export interface ScoreChip {
  host: HTMLElement;
  /**
   * Moves the chip by (dx, dy) from where its alignment put it (scout-session.ts): a list that
   * scrolls without moving the host. Only the chip's own elements are restyled, not the host; a
   * chip the box does not show is neither moved nor painted.
   */
  shift(dx: number, dy: number, shown: ChipShown): void;
}

/**
 * The chip beside one creator: a checkbox (for "add selected"), the verdict as a button (opens the
 * creator in the side panel) and the evidence, built and shown when the chip is first hovered or focused. Every
 * text goes in as a text node; nothing is parsed as HTML.
 */
export function createScoreChip(doc: Document, view: ChipView, actions: ChipActions): ScoreChip {
  const { host, container } = closedHost(doc, 'vettok-chip', CHIP_CSS);
  const chip = doc.createElement('div');
  chip.className = 'chip';
  chip.dataset['testid'] = 'scout-chip';
  chip.dataset['handle'] = view.handle;
  chip.dataset['score'] = view.score === null ? '' : String(view.score);
  chip.dataset['provisional'] = String(view.provisional);
  chip.dataset['tier'] = view.tier ?? '';
  chip.dataset['flag'] = view.topFlag?.id ?? '';
  chip.dataset['pitfall'] = view.topFlag?.pitfall ?? '';
  chip.dataset['severity'] = view.topFlag?.severity ?? '';
  chip.dataset['band'] = bandOf(view);

  const box = doc.createElement('input');
  box.type = 'checkbox';
  box.dataset['testid'] = 'scout-select';
  box.setAttribute('aria-label', actions.selectLabel(view.handle));
  box.addEventListener('change', () => actions.select(view.handle, box.checked));

  // The evidence is built the first time it is shown: a page of 30 chips would otherwise build some
  // 400 nodes nobody may ever look at (docs/performance.md).
  let evidence: HTMLElement | null = null;
  const buildEvidence = () => {
    const panel = doc.createElement('div');
    panel.className = 'evidence';
    panel.id = 'evidence';
    panel.setAttribute('role', 'tooltip');
    panel.dataset['testid'] = 'scout-evidence';
    for (const line of view.evidence) {
      const row = doc.createElement('div');
      row.textContent = line;
      panel.append(row);
    }
    chip.append(panel);
    return panel;
  };

  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset['testid'] = 'scout-open';
  button.textContent = view.label;
  button.setAttribute('aria-label', actions.chipLabel(view));
  button.setAttribute('aria-describedby', 'evidence');
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    actions.open(view.handle);
  });

  // The open chip's evidence sits above its neighbours' chips.
  const show = () => {
    evidence ??= buildEvidence();
    evidence.hidden = false;
    host.setAttribute('data-open', '');
  };
  const hide = () => {
    if (evidence) evidence.hidden = true;
    host.removeAttribute('data-open');
  };
  chip.addEventListener('mouseenter', show);
  chip.addEventListener('mouseleave', hide);
  chip.addEventListener('focusin', show);
  chip.addEventListener('focusout', hide);
  // Clicks on the chip stay with Vettok: the card's own link underneath is not followed.
  chip.addEventListener('click', (event) => event.stopPropagation());

  chip.append(box, button);
  container.className = 'frame';
  container.append(chip);
  let wasShown: ChipShown = 'whole';
  const shift = (dx: number, dy: number, shown: ChipShown) => {
    if (shown !== wasShown) {
      container.classList.toggle('part', shown === 'part');
      container.classList.toggle('none', shown === 'none');
      wasShown = shown;
    }
    if (shown !== 'none') chip.style.translate = `${dx}px ${dy}px`;
  };
  return { host, shift };
}
