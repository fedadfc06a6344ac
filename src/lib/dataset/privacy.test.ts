import { describe, expect, it } from 'vitest';
import { addressSecrets, findLeaks, privateValues } from './privacy';
import { readCsvTable } from '../source/read-table';
import { csv, VALID_ROWS } from '../source/test-tables';

const values = privateValues(readCsvTable(csv(VALID_ROWS), 'x.csv'));

describe('privateValues', () => {
  it('collects e-mails, phones, prices and contact names from the export', () => {
    expect(values.emails).toContain('kari.hansen@oslo.kommune.example');
    expect(values.phones).toContain('+47 41234567');
    expect(values.prices).toEqual(new Set(['1234,50', '1299,00', '5432,10']));
    expect(values.names).toEqual(new Set(['Kari Hansen', 'Ola Nilsen', 'Liv Berg']));
  });

  it('does not take organisation numbers or library numbers for phone numbers', () => {
    expect([...values.phones].some((p) => p.includes('974591006') || p.includes('2030100'))).toBe(false);
  });

  it('does not take agreement dates for phone numbers (the open data publishes them)', () => {
    const table = readCsvTable(Buffer.from('Startdato;Telefon\n2026-01-01;+47 41234567\n'), 'x.csv');
    expect([...privateValues(table).phones]).toEqual(['+47 41234567']);
  });
});

describe('findLeaks', () => {
  it('finds values however they are formatted on a page', () => {
    expect(findLeaks('<p>Pris: 1 234,50 kr</p>', values)).toEqual(['1234,50']);
    expect(findLeaks('{"price":"1234.50"}', values)).toEqual(['1234,50']);
    expect(findLeaks('<a href="tel:41234567">ring</a>', values)).toEqual(['+47 41234567']);
    expect(findLeaks('Kontakt Kari Hansen', values)).toEqual(['Kari Hansen']);
  });

  it('finds every e-mail address and name that occurs, those with pattern characters and those inside another too', () => {
    const tricky = {
      emails: new Set(['kari+bib@x.no', 'a.b@c.no']),
      phones: new Set<string>(),
      prices: new Set<string>(),
      names: new Set(['Kari Hansen', 'Anne Kari Hansen', 'Per (vikar) Li']),
    };
    expect(findLeaks('skriv til kari+bib@x.no', tricky)).toEqual(['kari+bib@x.no']);
    expect(findLeaks('Anne Kari Hansen og Per (vikar) Li', tricky).sort()).toEqual(['Anne Kari Hansen', 'Kari Hansen', 'Per (vikar) Li']);
    // A pattern character is itself: "a.b@c.no" is not found in "axb@c.no", nor "Per (vikar) Li" in "Per vikar Li".
    expect(findLeaks('axb@c.no, Per vikar Li', tricky)).toEqual([]);
  });

  it('finds nothing in public text', () => {
    expect(findLeaks('<h1>Oslo bibliotek</h1><p>PressReader, 2025, 717 710 innbyggere</p>', values)).toEqual([]);
  });

  it('ignores map geometry that happens to contain the same digits', () => {
    expect(findLeaks('<svg viewBox="0 0 1234,50 9"><path d="M41234567,1234.50L5432,10"/></svg>', values)).toEqual([]);
  });
});

describe('addressSecrets', () => {
  it("lists the address's path, query and user info, but not the file name the label publishes or short segments", () => {
    expect(addressSecrets('https://u:pass9word1@host.example/s/a91f3c77b2e0d45c/api/download/export.csv?sig=QUERYSIGNATURE').sort()).toEqual(
      ['a91f3c77b2e0d45c', 'pass9word1', 'sig=QUERYSIGNATURE'].sort(),
    );
    expect(addressSecrets('https://host.example/s/path-marker-4e1d/export.csv')).toEqual(['path-marker-4e1d']);
    expect(addressSecrets('https://host.example/share/Eksport%20november.csv')).toEqual([]);
    expect(addressSecrets('https://host.example/download/3f2a9c1b77d04e2a.csv')).toEqual(['3f2a9c1b77d04e2a.csv']);
  });
});
