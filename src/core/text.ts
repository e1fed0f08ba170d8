/**
 * Two questions about text written by someone else (mission authors, file names, keys).
 *
 * `showsSomething`: would this text put anything on screen? A title made only of spaces,
 * zero-width characters or other invisible code points passes a "non-empty" check but leaves a
 * blank line in the tracker, so the validator asks this instead.
 *
 * `escapeControls`: the text made safe to print on one line. Control characters, line and
 * paragraph separators and bidirectional overrides are written as `\n`, `\u2028`, …, so a key
 * or a file name cannot forge an extra output line or reorder what a terminal shows.
 */

/**
 * A code point that draws something on its own: anything but whitespace, separators, controls,
 * format characters (zero-width spaces and joiners, bidi marks, soft hyphen, tags), unassigned
 * and private-use code points, combining marks, and the Hangul and Braille blank fillers.
 */
const VISIBLE = /[^\s\p{C}\p{M}\p{Z}\u115F\u1160\u2800\u3164\uFFA0]/u;

export function showsSomething(text: string): boolean {
  return VISIBLE.test(text);
}

/** C0 and C1 controls, DEL, the line and paragraph separators and the bidi controls. */
const CONTROL = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) =>
    Object.hasOwn(SHORT, c) ? SHORT[c]! : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
