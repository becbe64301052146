/**
 * Names come from a catalog and are hostile: no control character may reach a terminal, a diagram
 * or a page. Each C0/C1 control becomes its visible `\xNN` spelling.
 */
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u001f\u007f-\u009f]/gu,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}
