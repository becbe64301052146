import type { Segment } from '@seam/plan';
import { Box, Text } from 'ink';
import { memo, type ReactNode } from 'react';

/** One line of segments; colour repeats what the text already says (NO_COLOR loses nothing). */
export const Line = memo(function Line({ row, inverse }: { row: Segment[]; inverse?: boolean }) {
  // An empty Text takes no line: a blank line needs a space.
  if (row.every((s) => s.text === '')) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" {...(inverse ? { inverse: true } : {})}>
      {row.map((s, i) => (
        <Text
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of a line have no identity but their place
          key={i}
          {...(s.tone === 'bad' ? { color: 'red' } : {})}
          {...(s.tone === 'good' ? { color: 'green' } : {})}
          {...(s.tone === 'dim' ? { dimColor: true } : {})}
          {...(s.tone === 'strong' ? { bold: true } : {})}
        >
          {s.text}
        </Text>
      ))}
    </Text>
  );
});

/** A bordered pane: double border and ▶ before the title when focused (seen without colour too). */
export function Pane({
  title,
  focused,
  width,
  height,
  children,
}: {
  title: string;
  focused: boolean;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <Box
      flexDirection="column"
      width={width}
      height={height}
      borderStyle={focused ? 'double' : 'single'}
      {...(focused ? { borderColor: 'cyan' } : {})}
      overflow="hidden"
    >
      <Line
        row={[{ text: `${focused ? '▶' : ' '} ${title}`, ...(focused ? { tone: 'strong' as const } : {}) }]}
      />
      {children}
    </Box>
  );
}

/** The visible window of a list: only `rows` lines are ever rendered, whatever the list's length. */
export function Window({
  lines,
  cursor,
  focused,
}: {
  lines: { key: string; text: string; selected: boolean; marked?: boolean }[];
  cursor?: boolean;
  focused: boolean;
}) {
  return (
    <>
      {lines.map((l) => (
        <Line
          key={l.key}
          row={[{ text: `${l.selected && cursor !== false ? '›' : ' '}${l.marked ? '*' : ' '}${l.text}` }]}
          inverse={l.selected && focused}
        />
      ))}
    </>
  );
}
