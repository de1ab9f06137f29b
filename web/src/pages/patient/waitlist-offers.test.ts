import { describe, expect, it } from 'vitest';
import { claimRefusal, openFirst, openOffers, withLiveOffer, type OfferView } from './waitlist-offers.js';

const offer = (id: string, start: string, status: OfferView['status'] = 'OFFERED'): OfferView => ({
  id,
  start,
  end: start.replace(':00:00', ':30:00'),
  expiresAt: '2026-03-02T08:15:00Z',
  status,
  doctorName: 'Olena Kovalenko',
  serviceName: 'Prenatal consultation',
});

const entry = (status: 'WAITING' | 'OFFERED' | 'BOOKED', offers: OfferView[]) => ({
  status,
  service: { name: 'Prenatal consultation' },
  offers: offers.map(({ doctorName, ...rest }) => ({ ...rest, doctor: { name: doctorName } })),
});

describe('offers', () => {
  it('collects live offers once each, a repeat replacing the earlier one', () => {
    const first = offer('o1', '2026-03-05T09:00:00Z');
    const live = withLiveOffer(withLiveOffer([], first), { ...first, expiresAt: '2026-03-02T09:00:00Z' });
    expect(live).toEqual([{ ...first, expiresAt: '2026-03-02T09:00:00Z' }]);
  });

  it('shows a live offer the list does not know yet, and the list’s open ones, soonest first', () => {
    const live = [offer('o2', '2026-03-06T09:00:00Z')];
    const listed = [entry('OFFERED', [offer('o1', '2026-03-05T09:00:00Z')])];
    expect(openOffers(listed, live).map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('drops an offer the list says was claimed, lapsed or taken, even if it came live as open', () => {
    const live = [offer('o1', '2026-03-05T09:00:00Z'), offer('o2', '2026-03-05T10:00:00Z')];
    const listed = [
      entry('BOOKED', [offer('o1', '2026-03-05T09:00:00Z', 'CLAIMED')]),
      entry('WAITING', [offer('o2', '2026-03-05T10:00:00Z', 'EXPIRED')]),
    ];
    expect(openOffers(listed, live)).toEqual([]);
  });
});

describe('entries', () => {
  it('lists the open ones first, each group in join order', () => {
    const list = [
      { id: 'a', status: 'BOOKED' as const },
      { id: 'b', status: 'WAITING' as const },
      { id: 'c', status: 'LEFT' as const },
      { id: 'd', status: 'OFFERED' as const },
    ];
    expect(openFirst(list).map((e) => e.id)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('a refused claim', () => {
  it('says why in the words of its SLOT_TAKEN error', () => {
    const errors = [
      {
        message: 'The offer lapsed 15 minutes after it was made; the slot went to the next patient waiting',
        extensions: { code: 'BUSINESS_RULE_VIOLATION', rule: 'SLOT_TAKEN', offerStatus: 'EXPIRED' },
      },
    ];
    expect(claimRefusal(errors)).toBe(
      'The offer lapsed 15 minutes after it was made; the slot went to the next patient waiting.',
    );
  });

  it('leaves any other refusal to the usual words', () => {
    expect(claimRefusal([{ message: 'No', extensions: { code: 'FORBIDDEN' } }])).toBeUndefined();
    expect(claimRefusal([])).toBeUndefined();
  });
});
