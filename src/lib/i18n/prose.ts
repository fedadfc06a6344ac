/**
 * The longer texts of the about page and the accessibility statement, per language. Kept apart
 * from strings.ts because they are prose, not interface labels; the page markup is written once.
 */
import type { Lang } from './lang';

export interface ProseSection {
  heading: string;
  paragraphs: string[];
}

export const ABOUT: Record<Lang, { lead: string; sections: ProseSection[] }> = {
  nb: {
    lead: 'Hvem har hva? viser hvilke digitale innholdstjenester folkebibliotekene og de fylkeskommunale videregående skolene tilbyr gjennom innkjøpssamarbeidet Bibliotek24.',
    sections: [
      { heading: 'Kildene', paragraphs: [
        'Abonnementene kommer fra en eksport av Bibliotek24s bestillingssystem: én rad per bibliotek, tjeneste og avtaleår. Priser og kontaktpersoner i eksporten blir aldri lest inn.',
        'Kommuner, fylker og folketall kommer fra Kartverket og SSB (inndelingen fra 2024). Skolene kommer fra Utdanningsdirektoratets Nasjonalt skoleregister. Tjenestene, leverandørene og beskrivelsene er ført opp for hånd.',
        'Så lenge nettstedet er bygd fra eksempeldata, er abonnementene oppdiktet, og hver side sier det.',
      ] },
      { heading: 'Slik regnes tallene ut', paragraphs: [
        '«I år» er avtaleåret som løper den dagen dataene ble hentet. Et abonnement teller når det er aktivt i avtaleåret; oppsagte teller ikke.',
        'Dekning er andelen av bibliotekene som tjenesten er for, som har den. En tjeneste bare for videregående skoler måles mot skolene, en for folkebibliotek mot folkebibliotekene.',
        'Befolkningsdekning er andelen av innbyggerne som har tjenesten på folkebiblioteket sitt: summen av innbyggerne i kommunene som folkebibliotekene med tjenesten betjener, delt på folketallet i hele landet. Skoler teller ikke her.',
        'Bredde er hvor mange tjenester et bibliotek har i år. Kommunene rangeres etter bredden til folkebiblioteket sitt.',
        'Sammenlignbare bibliotek er bibliotek av samme type i samme fylke som ligner mest i størrelse (innbyggere for folkebibliotek, elever og ansatte for skoler), målt som forholdstall. Listen over hva de har som biblioteket mangler, tar med tjenester som minst halvparten av dem har.',
        'Nye og oppsagte abonnementer finnes ved å sammenligne årets aktive abonnementer med fjorårets.',
        'Hvite flekker er bibliotek uten noen betalt tjeneste i år. Tjenester som staten eller fylkeskommunen betaler for, teller ikke.',
      ] },
    ],
  },
  nn: {
    lead: 'Hvem har hva? viser kva for digitale innhaldstenester folkebiblioteka og dei fylkeskommunale vidaregåande skulane tilbyr gjennom innkjøpssamarbeidet Bibliotek24.',
    sections: [
      { heading: 'Kjeldene', paragraphs: [
        'Abonnementa kjem frå ein eksport av bestillingssystemet til Bibliotek24: éi rad per bibliotek, teneste og avtaleår. Prisar og kontaktpersonar i eksporten blir aldri lesne inn.',
        'Kommunar, fylke og folketal kjem frå Kartverket og SSB (inndelinga frå 2024). Skulane kjem frå Nasjonalt skoleregister hos Utdanningsdirektoratet. Tenestene, leverandørane og skildringane er førte opp for hand.',
        'Så lenge nettstaden er bygd frå eksempeldata, er abonnementa oppdikta, og kvar side seier det.',
      ] },
      { heading: 'Slik blir tala rekna ut', paragraphs: [
        '«I år» er avtaleåret som går den dagen dataa vart henta. Eit abonnement tel når det er aktivt i avtaleåret; oppseide tel ikkje.',
        'Dekning er delen av biblioteka som tenesta er for, som har ho. Ei teneste berre for vidaregåande skular blir målt mot skulane, ei for folkebibliotek mot folkebiblioteka.',
        'Folkesetnadsdekning er delen av innbyggjarane som har tenesta på folkebiblioteket sitt: summen av innbyggjarane i kommunane som folkebiblioteka med tenesta tener, delt på folketalet i heile landet. Skular tel ikkje her.',
        'Breidd er kor mange tenester eit bibliotek har i år. Kommunane blir rangerte etter breidda til folkebiblioteket sitt.',
        'Samanliknbare bibliotek er bibliotek av same type i same fylke som liknar mest i storleik (innbyggjarar for folkebibliotek, elevar og tilsette for skular), målt som forholdstal. Lista over kva dei har som biblioteket manglar, tek med tenester som minst halvparten av dei har.',
        'Nye og oppseide abonnement blir funne ved å samanlikne årets aktive abonnement med fjorårets.',
        'Kvite flekkar er bibliotek utan nokon betalt teneste i år. Tenester som staten eller fylkeskommunen betaler for, tel ikkje.',
      ] },
    ],
  },
  en: {
    lead: 'Hvem har hva? (“Who has what?”) shows which digital content services Norway’s public libraries and county-run upper-secondary school libraries offer through the purchasing consortium Bibliotek24.',
    sections: [
      { heading: 'Sources', paragraphs: [
        'Subscriptions come from an export of Bibliotek24’s ordering system: one row per library, service and agreement year. Prices and contact persons in the export are never read.',
        'Municipalities, counties and population come from Kartverket and Statistics Norway (the 2024 division). Schools come from the Norwegian Directorate for Education’s school register. Services, vendors and descriptions are kept by hand.',
        'As long as the site is built from demo data, the subscriptions are made up, and every page says so.',
      ] },
      { heading: 'How the figures are computed', paragraphs: [
        '“This year” is the agreement year running on the day the data was retrieved. A subscription counts when it is active in the agreement year; cancelled ones do not.',
        'Coverage is the share of the libraries a service is meant for that have it. A service for schools only is measured against the schools, one for public libraries against the public libraries.',
        'Population reach is the share of inhabitants who can use a service through their public library: the inhabitants of the municipalities served by the public libraries that have it, divided by the population of Norway. Schools do not count here.',
        'Breadth is how many services a library has this year. Municipalities are ranked by the breadth of their public library.',
        'Comparable libraries are libraries of the same kind in the same county closest in size (inhabitants for public libraries, students and staff for schools), measured as a ratio. The list of what they have and the library lacks includes services at least half of them have.',
        'New and cancelled subscriptions are found by comparing this year’s active subscriptions with last year’s.',
        'White spots are libraries with no paid service this year. Services paid for by the state or the county do not count.',
      ] },
    ],
  },
};

export const ACCESSIBILITY: Record<Lang, { lead: string; sections: ProseSection[] }> = {
  nb: {
    lead: 'Nettstedet skal oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løsninger krever.',
    sections: [
      { heading: 'Slik er nettstedet laget', paragraphs: [
        'Sidene er ren HTML med overskrifter i rekkefølge, en lenke for å hoppe til innholdet og synlig fokus. De kan brukes med tastatur, på 320 piksler bredde og med 200 % forstørrelse, og følger systemets mørke modus.',
        'Alt kartet viser, står også i en tabell. Diagrammer har en tabell med de samme tallene. Sidene virker uten JavaScript; da mangler bare filtrering og sortering.',
      ] },
      { heading: 'Kjente mangler', paragraphs: [
        'Matrisen over bibliotek og tjenester i et fylke er bred og må rulles sideveis på små skjermer.',
      ] },
      { heading: 'Tilbakemelding', paragraphs: [
        'Finner du noe som ikke virker for deg, si fra til Bibliotek24. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).',
      ] },
    ],
  },
  nn: {
    lead: 'Nettstaden skal oppfylle krava i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løysingar krev.',
    sections: [
      { heading: 'Slik er nettstaden laga', paragraphs: [
        'Sidene er rein HTML med overskrifter i rekkjefølgje, ei lenkje for å hoppe til innhaldet og synleg fokus. Dei kan brukast med tastatur, på 320 pikslar breidd og med 200 % forstørring, og følgjer den mørke modusen til systemet.',
        'Alt kartet viser, står også i ein tabell. Diagram har ein tabell med dei same tala. Sidene verkar utan JavaScript; då manglar berre filtrering og sortering.',
      ] },
      { heading: 'Kjende manglar', paragraphs: [
        'Matrisa over bibliotek og tenester i eit fylke er brei og må rullast sidelengs på små skjermar.',
      ] },
      { heading: 'Tilbakemelding', paragraphs: [
        'Finn du noko som ikkje verkar for deg, sei frå til Bibliotek24. Du kan også klage til Tilsynet for universell utforming av IKT (uutilsynet.no).',
      ] },
    ],
  },
  en: {
    lead: 'The site aims to meet WCAG 2.1 level AA, as the Norwegian regulation on universal design of ICT requires.',
    sections: [
      { heading: 'How the site is made', paragraphs: [
        'Pages are plain HTML with headings in order, a skip link and visible focus. They work with a keyboard, at 320 pixels wide and at 200% zoom, and follow the system’s dark mode.',
        'Everything the map shows is also in a table. Charts come with a table of the same figures. Pages work without JavaScript; only filtering and sorting are then missing.',
      ] },
      { heading: 'Known issues', paragraphs: [
        'The matrix of libraries and services in a county is wide and has to be scrolled sideways on small screens.',
      ] },
      { heading: 'Feedback', paragraphs: [
        'If something does not work for you, tell Bibliotek24. You can also complain to the Norwegian Authority for Universal Design of ICT (uutilsynet.no).',
      ] },
    ],
  },
};
