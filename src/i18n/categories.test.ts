import { describe, expect, it } from 'vitest';
import { categoryName } from './categories';

describe('categoryName', () => {
  it('names known codes in Thai and English', () => {
    expect(categoryName('drunk_driving', 'th')).toBe('เมาแล้วขับ');
    expect(categoryName('drunk_driving', 'en')).toBe('Drunk driving');
    expect(categoryName('officials_conduct', 'th')).toBe('พฤติกรรมเจ้าหน้าที่');
  });

  it('names "unknown" so it reads for a vehicle as well as a cause', () => {
    expect(categoryName('unknown', 'th')).toBe('ไม่ทราบ');
  });

  it('names every vehicle and complaint status of the data in Thai and English', () => {
    const codes = ['motorcycle', 'car', 'pickup', 'truck', 'bus', 'bicycle', 'pedestrian'];
    codes.push('received', 'in_progress', 'closed');
    for (const code of codes) {
      // A missing name would show the code itself (with spaces).
      expect(categoryName(code, 'th')).toMatch(/[\u0E00-\u0E7F]/);
      expect(categoryName(code, 'en')).not.toBe(code.replace(/_/g, ' '));
    }
    expect(categoryName('pickup', 'th')).toBe('รถกระบะ');
    expect(categoryName('in_progress', 'th')).toBe('กำลังดำเนินการ');
  });

  it('shows an unknown code readably rather than failing', () => {
    expect(categoryName('new_category', 'th')).toBe('new category');
  });

  it("shows codes named like Object's members as text, never a member", () => {
    for (const code of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      expect(categoryName(code, 'en')).toBe(code.replace(/_/g, ' '));
      expect(categoryName(code, 'th')).toBe(code.replace(/_/g, ' '));
    }
  });
});
