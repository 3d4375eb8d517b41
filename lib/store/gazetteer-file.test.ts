import { describe, expect, it } from 'vitest';
import { decodeGazetteer, encodeGazetteer } from './gazetteer-file';

describe('gazetteer file', () => {
  it('round-trips towns and divisions, including empty division codes and names with dots and spaces', () => {
    const data = {
      cities: [
        { name: 'Al Mayadin', country: 'SY', admin1: '04' },
        { name: "St. John's", country: 'CA', admin1: '05' },
        { name: 'Mayadin', country: 'SY', admin1: '04' },
        { name: 'Nowhere', country: 'XK', admin1: '' },
      ],
      admin1: [
        { code: 'SY.04', name: 'Deir ez-Zor' },
        { code: 'CA.05', name: 'Newfoundland and Labrador' },
      ],
    };
    const decoded = decodeGazetteer(encodeGazetteer(data));
    expect(decoded.admin1).toEqual(data.admin1);
    // Grouped by division: order within a group is kept.
    expect(decoded.cities).toEqual([data.cities[0], data.cities[2], data.cities[1], data.cities[3]]);
  });
});
