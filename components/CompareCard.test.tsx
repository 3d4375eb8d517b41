// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardClaim, CardView, CorrectionRequest, ReadClaim, RpcResult } from '@/lib/messaging/protocol';
import { CompareCard } from './CompareCard';

afterEach(cleanup);

const claim: ReadClaim = {
  id: 'c_a', doc: 'd', kind: 'figure', quote: 'at least 12 people were killed', quoteStart: 0, quoteEnd: 30, numberText: 'at least 12', numberStart: 0, numberEnd: 11,
  low: 12, high: null, approx: false, outcome: 'killed', victims: 'people', source: 'regional health officials', via: null, stance: 'asserted', place: 'Velmora', date: null, eventType: 'shelling',
};
const card = (p: Partial<CardClaim>): CardClaim => ({
  id: 'x', kind: 'figure', quote: 'q', numberText: 'n', low: null, high: null, approx: false, outcome: 'killed', victims: null, source: null, via: null, stance: 'asserted',
  date: '2031-04-08', outlet: null, url: null, quoteUrl: null, alsoIn: [], ...p,
});
const view: CardView = {
  claim: card({ id: 'c_a', low: 12, outlet: 'The Harbour Post' }),
  incident: { id: 'i_1', label: 'Velmora, 2031-04-08', dateStart: '2031-04-08', dateEnd: '2031-04-08', reasons: ['same place: Velmora'] },
  sources: [
    { name: 'regional health officials', outcome: 'killed', latest: card({ id: 'c_a', low: 12 }), earlier: [], isThis: true },
    { name: 'local rescuers', outcome: 'killed', latest: card({ id: 'c_b', low: 26, high: 26, outlet: 'Northern Ledger', quoteUrl: 'http://x.example/a#:~:text=26' }), earlier: [], isThis: false },
    { name: 'defence ministry', outcome: 'killed', latest: card({ id: 'c_c', low: 4, high: 4, outlet: 'Daily Meridian' }), earlier: [], isThis: false },
  ],
  denials: [card({ id: 'c_d', kind: 'denial', quote: 'The army denied shelling the market', source: 'The army', outcome: null })],
  ranges: [{ outcome: 'killed', low: 4, high: 26, sources: 3 }],
};

function background(compare: RpcResult<CardView | null>) {
  return {
    compare: vi.fn(async () => compare),
    correct: vi.fn(async (_req: CorrectionRequest): Promise<RpcResult<CardView | null>> => ({ ok: true, value: { ...view, claim: { ...view.claim, low: 14, high: 14 } } })),
  };
}

describe('CompareCard', () => {
  it('shows this claim, the other sources with links, the denials and a chart', async () => {
    const bg = background({ ok: true, value: view });
    render(<CompareCard claim={claim} background={bg} keyboard={false} onClose={() => {}} />);
    await screen.findByText('2 other sources');
    expect(screen.getByRole('dialog', { name: 'Velmora, 2031-04-08' })).toBeTruthy();
    expect(screen.getByText('26 killed')).toBeTruthy();
    expect(screen.getByText('4 killed')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'open at quote' }).getAttribute('href')).toBe('http://x.example/a#:~:text=26');
    expect(screen.getByText(/The army denied shelling the market/)).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/local rescuers: 26; defence ministry: 4/);
  });

  it('sends corrections and closes on Escape and on Hide', async () => {
    const bg = background({ ok: true, value: view });
    const onClose = vi.fn();
    render(<CompareCard claim={claim} background={bg} keyboard onClose={onClose} />);
    await screen.findByText('2 other sources');
    fireEvent.click(screen.getByRole('button', { name: 'Wrong number' }));
    fireEvent.input(screen.getByLabelText('Low'), { target: { value: '14' } });
    fireEvent.input(screen.getByLabelText('High'), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(bg.correct).toHaveBeenCalledWith({ kind: 'wrong-number', claimId: 'c_a', low: 14, high: 14 }));
    fireEvent.click(screen.getByRole('button', { name: 'Not the same incident' }));
    await waitFor(() => expect(bg.correct).toHaveBeenCalledWith({ kind: 'not-this-incident', claimId: 'c_a' }));
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
  });

  it('says so when the background fails', async () => {
    render(<CompareCard claim={claim} background={background({ ok: false, error: { code: 'storage-full', message: 'Storage is full.' } })} keyboard={false} onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toBe('Storage is full.');
  });
});
