import type { MoveAction } from '../runner/action.js';
import type { MoveContext } from './context.js';
import { type HandoverOptions, handoverAction } from './handover.js';

/**
 * `seam move reverse`: rolls a switch back; the monolith becomes the writer again (the handover
 * from the service). Refused on a move that never switched.
 */
export function reverseAction(options: HandoverOptions = {}): MoveAction<MoveContext> {
  return handoverAction(
    {
      name: 'reverse',
      from: ['switched'],
      during: 'reversing',
      to: 'running',
      writer: 'service',
      refusal: (s) =>
        s && (s.phase === 'running' || s.phase === 'copying')
          ? `The move of ${s.service} has not switched (phase ${s.phase}): the monolith is the writer already, there is nothing to reverse. \`seam move status --service ${s.service}\` names the next step.`
          : s
            ? `The move of ${s.service} is ${s.phase}: \`seam move status --service ${s.service}\` names the next step.`
            : undefined,
    },
    options,
  );
}

export const reverseMoveAction = reverseAction();
