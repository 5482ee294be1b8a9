import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from './csv'

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+441234', `"'+441234"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (input, output) => expect(csvCell(input)).toBe(output))

  it('quotes commas, quotes and line breaks, and leaves ordinary text alone', () => {
    expect(csvCell('Luxemburg, Rosa')).toBe('"Luxemburg, Rosa"')
    expect(csvCell('She said "join"')).toBe('"She said ""join"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('<img src=x onerror=alert(1)>')).toBe('"<img src=x onerror=alert(1)>"')
    expect(csvCell('a=b')).toBe('"a=b"')
    expect(csvCell(null)).toBe('""')
    expect(csvCell(1500)).toBe('"1500"')
    expect(csvCell(new Date(Date.UTC(2026, 0, 2)))).toBe('"2026-01-02T00:00:00.000Z"')
  })

  it('writes a file with a header row and CRLF line ends', () => {
    expect(toCsv(['name', 'email'], [['Rosa', '=cmd']])).toBe('\uFEFF"name","email"\r\n"Rosa","\'=cmd"\r\n')
  })
})
