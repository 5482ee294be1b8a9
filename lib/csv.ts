// CSV for spreadsheets: every cell quoted, and cells a spreadsheet would run as a formula defused.

// =, +, - and @ start a formula in Excel, LibreOffice and Google Sheets; tab and CR can hide one.
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: a leading ' stops formula evaluation; quotes are doubled; the cell is always quoted. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return `"${text.replace(/"/g, '""')}"`
}

export const csvRow = (cells: unknown[]) => cells.map(csvCell).join(',')

/** A whole file: CRLF line ends (RFC 4180), with a byte-order mark so Excel reads UTF-8. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return '\uFEFF' + [csvRow(header), ...rows.map(csvRow)].join('\r\n') + '\r\n'
}
