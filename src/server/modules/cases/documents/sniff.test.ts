import { describe, expect, it } from 'vitest';
import { sniffDocument } from './sniff';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('document sniffing', () => {
  it('recognises PDF, PNG, JPEG and Office files by their first bytes', () => {
    expect(sniffDocument(new TextEncoder().encode('%PDF-1.7\n'))?.mediaType).toBe('application/pdf');
    expect(sniffDocument(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.extension).toBe('png');
    expect(sniffDocument(bytes(0xff, 0xd8, 0xff, 0xe0))?.extension).toBe('jpg');
    const docx = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new TextEncoder().encode('....word/document.xml'),
    ]);
    expect(sniffDocument(docx)?.extension).toBe('docx');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(sniffDocument(new TextEncoder().encode('<script>alert(1)</script>'))).toBeUndefined();
    expect(sniffDocument(bytes(0x4d, 0x5a, 0x90))).toBeUndefined(); // a Windows executable
    expect(sniffDocument(bytes(0x50, 0x4b, 0x03, 0x04, 0x00))).toBeUndefined(); // a plain zip
  });
});
