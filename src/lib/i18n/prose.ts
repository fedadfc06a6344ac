/**
 * The longer texts of the about page and the accessibility statement, per language. Kept apart
 * from strings.ts because they are prose, not interface labels; the page markup is written once.
 */
import type { Lang } from './lang';

export interface ProseSection {
  /** Anchor other pages link to (e.g. "hvite-flekker"). */
  id?: string;
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
        'Betalte tjenester og grunntilbud: en tjeneste er betalt når biblioteket kjøper den gjennom Bibliotek24, også når fylket støtter kjøpet. Tjenester staten betaler (Filmbib, som Bibliotek24 har registrert ved alle folkebibliotek) og tjenester som er gratis på bibliotekets eget nett (Lovdata Pro), er et grunntilbud som ikke sier noe om hva biblioteket har valgt. «Bibliotek med minst én betalt tjeneste», befolkningsdekningen, bredden, kartet og de hvite flekkene teller derfor bare betalte tjenester. Grunntilbudet vises for seg («alle folkebibliotek tilbyr Filmbib»), og kartet kan ta det med («Ta med tjenester staten betaler og gratistjenester», gratis=med i adressen).',
        'Bibliotek med minst én betalt tjeneste = antall bibliotek (folkebibliotek og skoler) med minst ett aktivt abonnement på en betalt tjeneste i år.',
        'Bredde er hvor mange betalte tjenester et bibliotek har i år. Kommunene rangeres etter bredden til folkebiblioteket sitt. På kartet er bredden til en kommune antall ulike betalte tjenester hos folkebiblioteket og skolene i kommunen; den laveste klassen er «Ingen betalt tjeneste», og kommunene i den er nevnt med navn og folketall under kartet.',
        'Jevnbyrdige bibliotek er bibliotek av samme type i samme fylke. Når bibliotekets størrelse er kjent (innbyggere for folkebibliotek, elever og ansatte for skoler) og nok av de andre har kjent størrelse, brukes de fem som ligner mest i størrelse, målt som forholdstall. Ellers, som for de fleste skolene fordi skoleregisteret sjelden har elevtall, er alle bibliotekene av samme type i fylket jevnbyrdige. Siden sier hvilken regel som er brukt.',
        'Hele tilbudet: for hver tjeneste som tilbys bibliotek av samme type viser bibliotekets side om biblioteket har den, hvor mange av de jevnbyrdige som har den (antall av antall), og andelen av bibliotekene av samme type i fylket som har den (antall med tjenesten delt på antall bibliotek av typen i fylket).',
        'Nye og oppsagte abonnementer finnes ved å sammenligne årets aktive abonnementer med fjorårets.',
      ] },
      { id: 'hvite-flekker', heading: 'Hvite flekker', paragraphs: [
        'En kommune er en hvit flekk når folkebiblioteket som betjener den, ikke har noen betalt tjeneste i år (eller ingen folkebibliotek betjener den). Grunntilbudet teller ikke.',
        'Innbyggere i hvite flekker = summen av folketallet i disse kommunene (SSB).',
        'Endring fra året før = antall hvite kommuner i år minus antall i forrige avtaleår, og det samme for innbyggerne. Samme regel gjelder i hvert fylke.',
        'Skoler uten betalt tjeneste = videregående skoler i fylket uten noe aktivt abonnement på en betalt tjeneste i år, av alle videregående skoler i fylket.',
      ] },
      { id: 'tjenestene', heading: 'Hva vi vet om tjenestene', paragraphs: [
        'Hver tjeneste i katalogen har en finansiering, en fakturering der en kilde sier den, en målgruppe, kilder og en status. Bekreftet betyr at en kilde (Prosjekt Digins sluttrapport eller Bibliotek24s egne sider) viser at tjenesten er en del av tilbudet. Ikke bekreftet betyr at kildene nevner tjenesten, men ikke som solgt gjennom Bibliotek24. Eksempel betyr at ingen kilde nevner den: slike tjenester finnes bare for at eksempeldataene skal ha en realistisk bredde, og er merket der de vises.',
        'Eksempeldataene følger årshjulet: bibliotekene bestiller om høsten for neste kalenderår. Antall betalte abonnementer per avtaleår er de publiserte: 973 for 2023, 1 077 for 2024 (Bibliotek24s egen oppsummering av tilknytningsperioden 2023; sluttrapporten oppgir 1 034) og 1 079 for 2025. Filmbib-registreringene er ikke salg og kommer i tillegg.',
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
        'Betalte tenester og grunntilbod: ei teneste er betalt når biblioteket kjøper ho gjennom Bibliotek24, også når fylket støttar kjøpet. Tenester staten betaler (Filmbib, som Bibliotek24 har registrert ved alle folkebibliotek) og tenester som er gratis på det eigne nettet til biblioteket (Lovdata Pro), er eit grunntilbod som ikkje seier noko om kva biblioteket har valt. «Bibliotek med minst éi betalt teneste», folkesetnadsdekninga, breidda, kartet og dei kvite flekkane tel derfor berre betalte tenester. Grunntilbodet blir vist for seg («alle folkebibliotek tilbyr Filmbib»), og kartet kan ta det med («Ta med tenester staten betaler og gratistenester», gratis=med i adressa).',
        'Bibliotek med minst éi betalt teneste = talet på bibliotek (folkebibliotek og skular) med minst eitt aktivt abonnement på ei betalt teneste i år.',
        'Breidd er kor mange betalte tenester eit bibliotek har i år. Kommunane blir rangerte etter breidda til folkebiblioteket sitt. På kartet er breidda til ein kommune talet på ulike betalte tenester hos folkebiblioteket og skulane i kommunen; den lågaste klassen er «Inga betalt teneste», og kommunane i den er nemnde med namn og folketal under kartet.',
        'Jamngode bibliotek er bibliotek av same type i same fylke. Når storleiken til biblioteket er kjend (innbyggjarar for folkebibliotek, elevar og tilsette for skular) og nok av dei andre har kjend storleik, blir dei fem som liknar mest i storleik brukte, målt som forholdstal. Elles, som for dei fleste skulane fordi skuleregisteret sjeldan har elevtal, er alle biblioteka av same type i fylket jamngode. Sida seier kva regel som er brukt.',
        'Heile tilbodet: for kvar teneste som blir tilboden bibliotek av same type, viser sida til biblioteket om biblioteket har ho, kor mange av dei jamngode som har ho (tal av tal), og delen av biblioteka av same type i fylket som har ho (talet med tenesta delt på talet på bibliotek av typen i fylket).',
        'Nye og oppseide abonnement blir funne ved å samanlikne årets aktive abonnement med fjorårets.',
      ] },
      { id: 'hvite-flekker', heading: 'Kvite flekkar', paragraphs: [
        'Ein kommune er ein kvit flekk når folkebiblioteket som tener han, ikkje har nokon betalt teneste i år (eller når ingen folkebibliotek tener han). Grunntilbodet tel ikkje.',
        'Innbyggjarar i kvite flekkar = summen av folketalet i desse kommunane (SSB).',
        'Endring frå året før = talet på kvite kommunar i år minus talet i førre avtaleår, og det same for innbyggjarane. Same regel gjeld i kvart fylke.',
        'Skular utan betalt teneste = vidaregåande skular i fylket utan noko aktivt abonnement på ei betalt teneste i år, av alle vidaregåande skular i fylket.',
      ] },
      { id: 'tjenestene', heading: 'Kva vi veit om tenestene', paragraphs: [
        'Kvar teneste i katalogen har ei finansiering, ei fakturering der ei kjelde seier ho, ei målgruppe, kjelder og ein status. Stadfesta tyder at ei kjelde (sluttrapporten frå Prosjekt Digin eller dei eigne sidene til Bibliotek24) viser at tenesta er ein del av tilbodet. Ikkje stadfesta tyder at kjeldene nemner tenesta, men ikkje som seld gjennom Bibliotek24. Døme tyder at inga kjelde nemner ho: slike tenester finst berre for at eksempeldataa skal ha ei realistisk breidd, og er merkte der dei blir viste.',
        'Eksempeldataa følgjer årshjulet: biblioteka bestiller om hausten for neste kalenderår. Talet på betalte abonnement per avtaleår er dei publiserte: 973 for 2023, 1 077 for 2024 (Bibliotek24 si eiga oppsummering av tilknytingsperioden 2023; sluttrapporten oppgir 1 034) og 1 079 for 2025. Filmbib-registreringane er ikkje sal og kjem i tillegg.',
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
        'Paid services and the baseline: a service is paid when the library buys it through Bibliotek24, also when the county supports the purchase. Services the state pays for (Filmbib, which Bibliotek24 registered at every public library) and services free on the library’s own network (Lovdata Pro) are a baseline that says nothing about what a library chose. “Libraries with at least one paid service”, population reach, breadth, the map and the white spots therefore count paid services only. The baseline is shown apart (“all public libraries offer Filmbib”), and the map can include it (“Include services the state pays for and free services”, gratis=med in the address).',
        'Libraries with at least one paid service = the number of libraries (public libraries and schools) with at least one active subscription to a paid service this year.',
        'Breadth is how many paid services a library has this year. Municipalities are ranked by the breadth of their public library. On the map a municipality’s breadth is the number of different paid services at its public library and its schools; the lowest class is “No paid service”, and its municipalities are named, with their population, under the map.',
        'Peers are libraries of the same kind in the same county. When the library’s size is known (inhabitants for public libraries, students and staff for schools) and enough of the others’ are, the five closest in size, measured as a ratio, are used. Otherwise, as for most schools because the school register rarely has pupil numbers, every library of the same kind in the county is a peer. The page says which rule was used.',
        'The whole offer: for every service offered to libraries of its kind, a library’s page shows whether it has it, how many of its peers have it (count of count), and the share of the county’s libraries of the same kind that have it (the number with the service divided by the number of libraries of that kind in the county).',
        'New and cancelled subscriptions are found by comparing this year’s active subscriptions with last year’s.',
      ] },
      { id: 'hvite-flekker', heading: 'White spots', paragraphs: [
        'A municipality is a white spot when the public library serving it has no paid service this year (or no public library serves it). The baseline does not count.',
        'Inhabitants in white spots = the sum of the population of those municipalities (Statistics Norway).',
        'Change from the year before = the number of white-spot municipalities this year minus the number in the previous agreement year, and the same for inhabitants. The same rule applies in each county.',
        'Schools without a paid service = upper-secondary schools in the county with no active subscription to a paid service this year, out of all upper-secondary schools in the county.',
      ] },
      { id: 'tjenestene', heading: 'What we know about the services', paragraphs: [
        'Every service in the catalogue has a funding, a billing where a source gives it, an audience, sources and a status. Confirmed means a source (Prosjekt Digin’s final report or Bibliotek24’s own pages) shows the service is part of the offer. Unconfirmed means the sources name the service, but not as sold through Bibliotek24. Example means no source names it: such services exist only to give the demo data a realistic breadth, and are marked wherever they are shown.',
        'The demo data follows the yearly cycle: libraries order in the autumn for the next calendar year. Paid subscriptions per agreement year are the published ones: 973 for 2023, 1,077 for 2024 (Bibliotek24’s own summary of the 2023 joining period; the final report gives 1,034) and 1,079 for 2025. Filmbib registrations are not sales and come on top.',
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
