import type { PlanSession } from '@seam/plan';
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import type { Controller } from '../state/controller.js';
import { keysOf } from '../state/keys.js';
import { layout, MIN_COLUMNS, MIN_ROWS } from '../state/layout.js';
import type { UiState } from '../state/state.js';
import { bottomLine, costLine, lastLine, titleLine } from '../views/index.js';
import { Line } from './line.js';
import { OverlayBox } from './overlay.js';
import { DetailsPane, GroupsPane, TablesPane } from './panes.js';

/** The whole screen: title, the three panes (or an overlay), the cost, the last edit, the input line. */
export function App({ controller }: { controller: Controller }) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const session = controller.session;
  const { exit } = useApp();
  const { stdout } = useStdout();

  useInput((input, key) => controller.press(keysOf(input, key)));

  // Follow the terminal's size: ink re-lays-out on resize, the state recomputes its pages.
  useEffect(() => {
    const onResize = () => controller.resize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [controller, stdout]);

  useEffect(() => {
    if (state.exit) exit();
  }, [state.exit, exit]);

  return <Screen state={state} session={session} />;
}

/** One frame of the screen for a state: the panes (or an overlay) between the title and the status lines. */
export function Screen({ state, session }: { state: UiState; session: PlanSession }) {
  const l = layout(state.size);
  if (l.tooSmall)
    return (
      <Box flexDirection="column" width={l.width}>
        <Text>
          seam plan needs a terminal of {MIN_COLUMNS}×{MIN_ROWS} at least; this one is {state.size.columns}×
          {state.size.rows}.
        </Text>
        <Text>
          {state.overlay?.kind === 'quit'
            ? 'Unsaved edits: y quit · w write and quit · n stay'
            : 'Enlarge it, or press q to quit.'}
        </Text>
      </Box>
    );
  return (
    <Box flexDirection="column" width={l.width} height={l.height}>
      <Line row={titleLine(state, session)} />
      {state.overlay ? (
        <OverlayBox state={state} session={session} />
      ) : (
        <Box flexDirection="row" height={l.paneHeight}>
          <GroupsPane state={state} session={session} />
          <TablesPane state={state} session={session} />
          <DetailsPane state={state} session={session} />
        </Box>
      )}
      <Line row={costLine(state, session)} />
      <Line row={lastLine(state, session)} />
      <Line row={bottomLine(state)} />
    </Box>
  );
}
