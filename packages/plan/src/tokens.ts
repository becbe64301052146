/** A command line split into words: whitespace separates, "double" or 'single' quotes group, \ escapes. */
export interface Tokens {
  words: string[];
  /** The line ends inside a word (no trailing space): completion works on the last word. */
  open: boolean;
}

export function tokenize(line: string): Tokens {
  const words: string[] = [];
  let word: string | null = null;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < line.length) word += line[++i]!;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i]!;
    } else if (/\s/u.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return { words, open: word !== null };
}

/** A word as it must be typed to come back unchanged from tokenize(). */
export function quoteWord(word: string): string {
  if (word !== '' && /^[\w.:/@%+=,-]+$/u.test(word)) return word;
  return `"${word.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
