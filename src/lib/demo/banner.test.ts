import { describe, expect, it } from 'vitest';
import { readCatalogue } from '../dataset/catalogue';
import { demoBannerText } from './banner';
import { PATHS } from '../paths';

describe('the demo banner', () => {
  const services = [
    { name: 'PressReader', status: 'confirmed' as const },
    { name: 'Filmbib', status: 'confirmed' as const },
    { name: 'Idunn', status: 'unconfirmed' as const },
    { name: 'Kanopy', status: 'example' as const },
    { name: 'Libby', status: 'example' as const },
  ];
  it('says what is real, that subscriptions are invented, and which services are confirmed', () => {
    const text = demoBannerText(services, 'nb');
    expect(text).toContain('Abonnementene er oppdiktet');
    expect(text).toContain(
      'Av de 5 tjenestene er 2 bekreftet i kildene (Filmbib og PressReader), 1 er nevnt der uten å være bekreftet som solgt, og 2 er eksempler uten kilde.',
    );
    expect(demoBannerText(services, 'en')).toContain('Of the 5 services, 2 are confirmed by the sources (Filmbib and PressReader); 1 named');
  });
  it('follows the catalogue: confirming a service changes the banner', () => {
    const catalogue = readCatalogue(PATHS.catalogue).services;
    const confirmed = catalogue.filter((s) => s.status === 'confirmed');
    expect(demoBannerText(catalogue, 'nn')).toContain(`er ${confirmed.length} stadfesta i kjeldene`);
    for (const s of confirmed) expect(demoBannerText(catalogue, 'nn')).toContain(s.name);
    const oneMore = catalogue.map((s) => (s.status === 'unconfirmed' && s.name === 'Idunn' ? { ...s, status: 'confirmed' as const } : s));
    expect(demoBannerText(oneMore, 'nn')).toContain(`er ${confirmed.length + 1} stadfesta i kjeldene`);
  });
});
