/**
 * What the command-line tools print, and the guard around each tool's `main`.
 *
 * Everything printed may hold text from outside (file names, JSON keys, argument values), so
 * every line goes through `escapeControls`: a key or a file name holding a newline cannot forge
 * a second `FILE: PATH: message` line. A tool never ends in a stack trace: whatever escapes its
 * `main` is printed as one line and the exit code is 1.
 */
import { escapeControls } from '../core/text';

/** One problem as the tools print it: `FILE: PATH: message`, on one line. */
export function problemLine(file: string, path: string, message: string): string {
  return oneLine(`${file}: ${path}: ${message}`);
}

export function oneLine(text: string): string {
  return escapeControls(text);
}

/** A value from outside as a message quotes it: escaped, and cut short when it is long. */
export function shown(value: string): string {
  const cut = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return `'${escapeControls(cut)}'`;
}

/** Runs a tool's `main` and sets the exit code; an unexpected error becomes one line. */
export function runTool(name: string, main: () => number): void {
  try {
    process.exitCode = main();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    console.error(oneLine(`${name}: internal error: ${message.split('\n')[0]}`));
    process.exitCode = 1;
  }
}
