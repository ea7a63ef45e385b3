import { describe, expect, it } from 'vitest';
import { categoryName } from './categories';

describe('categoryName', () => {
  it('names known codes in Thai and English', () => {
    expect(categoryName('drunk_driving', 'th')).toBe('เมาแล้วขับ');
    expect(categoryName('drunk_driving', 'en')).toBe('Drunk driving');
    expect(categoryName('officials_conduct', 'th')).toBe('พฤติกรรมเจ้าหน้าที่');
  });

  it('shows an unknown code readably rather than failing', () => {
    expect(categoryName('new_category', 'th')).toBe('new category');
  });
});
