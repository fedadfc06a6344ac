/** A table as both readers (CSV and XLSX) give it: the header row, then each record with its row number. */
export interface TableRecord {
  /** The row number a spreadsheet shows for this record (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  records: TableRecord[];
}
