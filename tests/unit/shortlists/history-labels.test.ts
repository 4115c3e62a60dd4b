import { describe, expect, it } from 'vitest';
import { visitLabels } from '../../../lib/shortlists/history-labels';

const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute);

describe('labels of the visits on the followers chart', () => {
  it('are dates alone when every visit has a day of its own', () => {
    expect(visitLabels([at(1, 9), at(3, 9)], 'en', 'UTC')).toEqual(['11/1/26', '11/3/26']);
    expect(visitLabels([at(1, 9), at(3, 9)], 'zh-CN', 'UTC')).toEqual(['2026/11/1', '2026/11/3']);
  });

  it('are distinct when two visits share a day: those two carry their time', () => {
    const labels = visitLabels([at(1, 9), at(1, 15, 30), at(4, 8)], 'en', 'UTC');
    expect(new Set(labels).size).toBe(3);
    expect(labels[0]).toMatch(/9:00/);
    expect(labels[1]).toMatch(/3:30/);
    expect(labels[2]).toBe('11/4/26');
    const zh = visitLabels([at(1, 9), at(1, 15, 30)], 'zh-CN', 'UTC');
    expect(zh).toEqual(['2026/11/1 09:00', '2026/11/1 15:30']);
  });

  it('are read in the merchant\'s time zone: 23:30 UTC is the next day in Shanghai', () => {
    expect(visitLabels([at(1, 23, 30), at(2, 1)], 'zh-CN', 'Asia/Shanghai')).toEqual(['2026/11/2 07:30', '2026/11/2 09:00']);
  });

  it('tell apart visits in the same minute by their seconds', () => {
    const labels = visitLabels([at(1, 9), at(1, 9) + 20_000], 'en', 'UTC');
    expect(new Set(labels).size).toBe(2);
  });
});
