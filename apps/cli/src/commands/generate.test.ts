// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Kafka Connect config-provider references, not templates
import { describe, expect, it } from 'vitest';
import { passwordRef } from './generate.js';

describe('--connect-password', () => {
  it('turns provider shapes into references and refuses anything that may be a password', () => {
    expect(passwordRef('env:SEAM_SOURCE_PASSWORD')).toBe('${env:SEAM_SOURCE_PASSWORD}');
    expect(passwordRef('file:/etc/kafka/seam.properties:password')).toBe(
      '${file:/etc/kafka/seam.properties:password}',
    );
    expect(passwordRef('${vault:secret/seam:password}')).toBe('${vault:secret/seam:password}');
    expect(passwordRef('none')).toBeNull();
    expect(passwordRef(undefined)).toBeUndefined();
    for (const bad of ['hunter2', 'abc:def', 'env:has space', 'file:relative:key', '${unclosed']) {
      expect(() => passwordRef(bad), bad).toThrow(/config-provider reference/);
    }
  });
});
