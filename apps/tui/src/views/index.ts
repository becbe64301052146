// The text of every part of the screen, as plain data (rows of toned segments): the ink components
// only lay it out, and the reducer reads the same lengths for its scrolling limits.
export * from './bars.js';
export * from './details.js';
export * from './lists.js';
export * from './overlays.js';
export * from './text.js';
