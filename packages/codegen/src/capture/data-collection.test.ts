import { describe, expect, it } from 'vitest';
import { dataCollectionId, signalDataCollection } from './connector.js';

describe('tables as Debezium names them in a signal', () => {
  it('sends a plain name as an escaped pattern, and any other as the quoted id Debezium parses', () => {
    expect(signalDataCollection({ schema: 'public', name: 'orders' })).toBe('public\\.orders');
    // Matched as a pattern, `public.order items` would be parsed back unquoted and skipped.
    expect(signalDataCollection({ schema: 'public', name: 'order items' })).toBe('public."order items"');
    expect(signalDataCollection({ schema: 'public', name: 'or"ders.v2' })).toBe('public."or""ders.v2"');
    expect(dataCollectionId({ schema: 'Shop €', name: 'seam_signal_a' })).toBe('"Shop €".seam_signal_a');
  });
});
