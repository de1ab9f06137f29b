import { describe, expect, it } from 'vitest';
import { doctorNames } from './catalog.js';

const olena = { id: 'd1', name: 'Olena Kovalenko' };
const andriy = { id: 'd2', name: 'Andriy Shevchenko' };

describe('the catalogue', () => {
  it('names every doctor of every department by id', () => {
    const names = doctorNames([{ doctors: [olena, andriy] }, { doctors: [{ id: 'd3', name: 'Iryna Bondarenko' }] }]);
    expect(names.get('d2')).toBe('Andriy Shevchenko');
    expect(names.get('d3')).toBe('Iryna Bondarenko');
    expect(names.get('nobody')).toBeUndefined();
  });
});
