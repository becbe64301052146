import type { PlanSession } from '@seam/plan';
import { Box } from 'ink';
import { layout } from '../state/layout.js';
import { selectedService, type UiState } from '../state/state.js';
import {
  overlayFooter,
  overlayLines,
  overlayTitle,
  pickerChoices,
  pickerRow,
  printable,
} from '../views/index.js';
import { Line, Window } from './line.js';

/** Help, log, confirmations, the quit question and the service picker: drawn over the panes. */
export function OverlayBox({ state, session }: { state: UiState; session: PlanSession }) {
  const overlay = state.overlay!;
  const l = layout(state.size);
  const rows = Math.max(1, l.paneHeight - 4);
  let body: React.ReactNode;
  if (overlay.kind === 'picker') {
    const exclude = overlay.purpose === 'merge' ? selectedService(state, session) : undefined;
    const choices = pickerChoices(session, overlay, exclude);
    const pickerRows = Math.max(1, rows - 2);
    body = (
      <>
        <Line row={[{ text: '> ', tone: 'strong' }, { text: `${printable(overlay.text)}█` }]} />
        <Line row={[{ text: '' }]} />
        {choices.length ? (
          <Window
            focused
            lines={choices.slice(overlay.top, overlay.top + pickerRows).map((c, i) => ({
              key: c,
              text: pickerRow(session, overlay, c, exclude, l.width - 6),
              selected: overlay.top + i === overlay.cursor,
            }))}
          />
        ) : (
          <Line row={[{ text: '  nothing matches', tone: 'dim' }]} />
        )}
      </>
    );
  } else {
    const lines = overlayLines(overlay, state, session);
    const scroll = 'scroll' in overlay ? overlay.scroll : 0;
    body = lines.slice(scroll, scroll + rows).map((text, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: lines of a scrolled text are identified by their place
      <Line key={scroll + i} row={[{ text: ` ${printable(text)}` }]} />
    ));
  }
  return (
    <Box flexDirection="column" width={l.width} height={l.paneHeight} borderStyle="double" overflow="hidden">
      <Line row={[{ text: `▶ ${printable(overlayTitle(overlay))}`, tone: 'strong' }]} />
      <Box flexDirection="column" height={rows} overflow="hidden">
        {body}
      </Box>
      <Line row={[{ text: ` ${overlayFooter(state)}`, tone: 'dim' }]} />
    </Box>
  );
}
