/** Number and date formatting for the Norwegian interface (nb-NO: "5 550 203", "37 %"). */
const integer = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 });

export function formatInteger(n: number): string {
  return integer.format(n);
}

export function formatPercent(share: number): string {
  return percent.format(share);
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('nb-NO', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Oslo' });
}
