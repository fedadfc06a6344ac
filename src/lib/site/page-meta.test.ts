import { describe, expect, it } from 'vitest';
import { libraryLabels, municipalityLabels } from './page-meta';

const counties = [
  { number: '15', name: 'Møre og Romsdal' },
  { number: '18', name: 'Nordland' },
  { number: '42', name: 'Agder' },
];
const municipalities = [
  { number: '1515', name: 'Herøy', countyNumber: '15' },
  { number: '1818', name: 'Herøy', countyNumber: '18' },
  { number: '4219', name: 'Evje og Hornnes', countyNumber: '42' },
  { number: '4204', name: 'Kristiansand', countyNumber: '42' },
];
const lib = (id: string, name: string, municipalityNumber: string, countyNumber: string, organisationNumber: string | null = null) => ({
  id,
  name,
  municipalityNumber,
  countyNumber,
  organisationNumber,
  libraryNumber: null,
});

describe('libraryLabels', () => {
  const labels = libraryLabels({
    counties: counties as never,
    municipalities: municipalities as never,
    libraries: [
      lib('fb-1515', 'Herøy bibliotek', '1515', '15'),
      lib('fb-1818', 'Herøy bibliotek', '1818', '18'),
      lib('vgs-1', 'Setesdal vgs', '4219', '42', '874573892'),
      lib('vgs-2', 'Setesdal vgs', '4219', '42', '974573997'),
      lib('vgs-3', 'Tangen vgs', '4204', '42', '1'),
      lib('vgs-4', 'Tangen vgs', '4219', '42', '2'),
      lib('fb-4204', 'Kristiansand folkebibliotek', '4204', '42'),
    ] as never,
  });
  it('keeps a unique name as it is', () => expect(labels.get('fb-4204')).toBe('Kristiansand folkebibliotek'));
  it('adds the county to same-named libraries', () => {
    expect(labels.get('fb-1515')).toBe('Herøy bibliotek (Møre og Romsdal)');
    expect(labels.get('fb-1818')).toBe('Herøy bibliotek (Nordland)');
  });
  it('adds the municipality when the county is the same, and the organisation number when that is too', () => {
    expect(labels.get('vgs-3')).toBe('Tangen vgs (Kristiansand, Agder)');
    expect(labels.get('vgs-1')).toBe('Setesdal vgs (Agder, 874573892)');
  });
  it('gives every library a label of its own', () => expect(new Set(labels.values()).size).toBe(labels.size));
});

describe('municipalityLabels', () => {
  it('adds the county to same-named municipalities only', () => {
    const labels = municipalityLabels({ counties, municipalities } as never);
    expect(labels.get('1515')).toBe('Herøy (Møre og Romsdal)');
    expect(labels.get('1818')).toBe('Herøy (Nordland)');
    expect(labels.get('4204')).toBe('Kristiansand');
  });
});
