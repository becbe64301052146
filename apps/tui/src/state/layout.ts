/** The smallest terminal the UI draws in; below it, one line says so. */
export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

export interface Size {
  columns: number;
  rows: number;
}

export interface Layout {
  /** Too small to draw: show a message instead. */
  tooSmall: boolean;
  /** Lines drawn: one less than the terminal's, so that ink never clears the whole screen per frame. */
  height: number;
  width: number;
  /** Outer widths of the three panes (borders included). */
  widths: [number, number, number];
  /** Outer height of the panes. */
  paneHeight: number;
  /** Rows of a list inside a pane (border, title line and column header taken off). */
  listRows: number;
  /** Lines of text in the details pane (border and title line taken off). */
  textRows: number;
  /** Short labels in the cost and hint lines. */
  compact: boolean;
}

/** Lines outside the panes: the title bar, the cost line, the last-edit line and the input/message line. */
const CHROME = 4;

export function layout(size: Size): Layout {
  const columns = Math.max(1, size.columns);
  const rows = Math.max(1, size.rows);
  const height = rows - 1;
  const paneHeight = Math.max(3, height - CHROME);
  const left = columns >= 140 ? 34 : columns >= 100 ? Math.floor(columns * 0.26) : 22;
  const middle = columns >= 140 ? 48 : columns >= 100 ? Math.floor(columns * 0.34) : 28;
  return {
    tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS,
    height,
    width: columns,
    widths: [left, middle, columns - left - middle],
    paneHeight,
    listRows: Math.max(1, paneHeight - 4),
    textRows: Math.max(1, paneHeight - 3),
    compact: columns < 110,
  };
}

/** The first row to show so that `cursor` stays visible, moving the window as little as possible. */
export function scrollTop(cursor: number, top: number, rows: number, length: number): number {
  let t = top;
  if (cursor < t) t = cursor;
  if (cursor >= t + rows) t = cursor - rows + 1;
  return Math.max(0, Math.min(t, Math.max(0, length - rows)));
}

/** Case-insensitive substring filter; a leading `!` keeps what does not match. */
export function matcher(filter: string): (text: string) => boolean {
  const inverse = filter.startsWith('!');
  const needle = (inverse ? filter.slice(1) : filter).toLowerCase();
  if (!needle) return () => true;
  return (text) => text.toLowerCase().includes(needle) !== inverse;
}
