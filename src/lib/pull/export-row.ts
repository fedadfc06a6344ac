/** One row of the subscription export after parsing: what the catalogue, the conflict check and the dataset builder read. */
export interface ExportRow {
  row: number;
  memberName: string;
  memberType: 'public' | 'school';
  libraryNumber: string | null;
  /** Public libraries: the municipalities served, seat first. Schools: the school's municipality. */
  municipalityNumbers: string[];
  organisationNumber: string | null;
  size: number | null;
  /** The catalogue's name for the product, or the export's when the catalogue lacks it. */
  serviceName: string;
  /** As the export gives them (may be empty): a product the catalogue lacks is created from these. */
  vendorName: string;
  productCategory: string;
  year: number;
  periodStart: string;
  periodEnd: string;
  status: 'active' | 'cancelled';
}
