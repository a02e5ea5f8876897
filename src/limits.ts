/**
 * Every limit butie sets on its input, in one place (documented, with measurements, in docs/limits.md).
 * Each one bounds time or memory; going past it is a located error, never a crash or a hang.
 */
export const LIMITS = {
  /**
   * Bytes of one YAML or JSON input file or of standard input. The YAML parser needs about 3 s per MB of
   * flow-style text, so this bounds the time to read any one file; a real profile is a few kilobytes.
   */
  fileBytes: 1024 * 1024,
  /**
   * Levels of nesting of one YAML or JSON text (flow brackets, or block indentation and `- ` items), checked on
   * the raw text before parsing: the parsers recurse per level and V8 aborts the process at about 900.
   */
  nestingDepth: 64,
  /** Bytes of one spreadsheet given to `batch` (.xlsx is unpacked whole in memory; CSV and NDJSON stream). */
  spreadsheetBytes: 50 * 1024 * 1024,
  /**
   * Bytes a workbook's parts read whole may unpack to (a 50 KB .xlsx can hide a 50 MB cell: a zip bomb): all
   * of an .xls/.ods SheetJS reads; of an .xlsx, its shared strings, styles and sheet list (its sheet streams).
   */
  unpackedBytes: 256 * 1024 * 1024,
  /** Bytes of one row's XML in a streamed .xlsx sheet (bounds what is held between two rows). */
  rowBytes: 64 * 1024 * 1024,
  /** Cells with a value of one streamed .xlsx sheet, all held until the sheet is read (merges come last). */
  sheetCells: 20_000_000,
  /** Strings in a spreadsheet's shared-string table (10 million took 1.47 GB). */
  sharedStrings: 1_000_000,
  /** Columns of one CSV or spreadsheet row (one million took 123 s); Excel itself stops at 16,384 (XFD). */
  columns: 2_000,
  /** Characters of one CSV or spreadsheet cell: Excel's own limit. */
  cellChars: 32_767,
  /** Characters of one line of a CSV file, read before it is split into cells (bounds one record's memory). */
  lineChars: 4 * 1024 * 1024,
  /** Digits of a `--param` value (100,000 digits took more than 300 s). */
  paramChars: 100,
  /** Characters of one expression of a rule file. */
  expressionChars: 4_000,
  /** Operators, names and literals in one expression. */
  expressionNodes: 500,
  /** Nesting depth of one expression (parentheses, calls, operators). */
  expressionDepth: 200,
  /** Cases of one `firstMatch`, and tiers of one `tiers`. */
  cases: 1_000,
  /** Characters of one title, label or condition text (zh or en) of a rule file. */
  textChars: 500,
  /** Entries of one list field of a profile (e.g. `employer.hires`). */
  records: 10_000,
  /** Characters of a user's value quoted back in a message (then `…(+n)`). */
  echoChars: 80,
  /** Characters of a name for which "did you mean" is computed. */
  suggestChars: 64,
  /** Significant digits of a profile number, and the largest |exponent| (1e±20). */
  numberDigits: 30,
  numberExponent: 20,
} as const;
