import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { pageQr, qrMaxVersion, qrOf, qrPanel, shortenedLink } from './qr-link';

const BASE = 'https://intranet.moi.go.th/war-room/';
const ESSENTIALS =
  '?mode=analyst&layers=vaccination,complaints&province=30&from=2025-01-01&to=2025-03-31';

/** A link of exactly `length` characters: the essentials, then a long category filter. */
function linkOf(length: number): string {
  const head = `${BASE}${ESSENTIALS}&category=`;
  return head + 'x'.repeat(length - head.length);
}

describe('the QR code of a page link', () => {
  it('allows 2 reference pixels and 1 device pixel per module: version 12 at 1080p and above', () => {
    expect(qrMaxVersion(132)).toBe(12);
    expect(qrMaxVersion(264)).toBe(12);
    // A 640 × 360 custom page has a 44-pixel square.
    expect(qrMaxVersion(44)).toBe(6);
    expect(qrMaxVersion(20)).toBe(0);
    expect(qrOf('https://a.b/', 0)).toBeNull();
  });

  it('keeps the whole link up to what uqr accepts in version 12 (287 bytes at ECC M)', () => {
    const longest = linkOf(287);
    expect(longest).toHaveLength(287);
    const whole = pageQr(longest, 12);
    expect(whole.kind).toBe('full');
    expect(whole.kind === 'full' && whole.qr.version).toBe(12);
    expect(() => encode(linkOf(288), { ecc: 'M', border: 0, maxVersion: 12 })).toThrow(
      'Data too long',
    );
    expect(pageQr(linkOf(288), 12)).toMatchObject({ kind: 'short', text: `${BASE}${ESSENTIALS}` });
  });

  it('gives a 4,800-character link (uqr: "Data too long") a QR code of its short form', () => {
    const link = linkOf(4800);
    expect(() => encode(link, { ecc: 'M', border: 0 })).toThrow('Data too long');
    const choice = pageQr(link, 12);
    expect(choice.kind).toBe('short');
    if (choice.kind !== 'short') return;
    expect(choice.text).toBe(`${BASE}${ESSENTIALS}`);
    expect(choice.qr.version).toBeLessThanOrEqual(12);
    expect(qrPanel(link, 132, 'th')).toEqual({
      qr: choice.qr,
      heading: 'เปิดมุมมองนี้',
      note: 'ลิงก์ย่อ (โหมด ชั้นข้อมูล จังหวัด ช่วงวันที่)',
      linkText: `intranet.moi.go.th/war-room/${ESSENTIALS}`,
    });
  });

  it('drops the essentials that do not fit, least important first, keeping the mode', () => {
    // Version 4 at ECC M holds 62 bytes: the address, mode and province, not the dates or layers.
    const link = `https://w.r/?mode=analyst&layers=vaccination,complaints,poverty&province=30&from=2025-01-01&to=2025-03-31`;
    expect(shortenedLink(link, (text) => qrOf(text, 4) !== null)).toBe(
      'https://w.r/?mode=analyst&province=30',
    );
    expect(shortenedLink('not a link', () => true)).toBeNull();
  });

  it('gives no QR code and a note when even the address with its mode does not fit', () => {
    const link = `https://intranet.moi.go.th/${'war-room/'.repeat(40)}?mode=analyst&category=${'x'.repeat(4400)}`;
    expect(pageQr(link, 12)).toEqual({ kind: 'none' });
    const panel = qrPanel(link, 132, 'en');
    expect(panel.qr).toBeNull();
    expect(panel.note).toBe('No QR code: the link is too long');
    expect(panel.linkText).toHaveLength(200);
  });
});
