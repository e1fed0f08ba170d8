/**
 * A small XML reader for LiveSplit's `.lss` files: elements, attributes, text, CDATA, comments,
 * the XML declaration and the five named entities plus numeric ones. Nothing else: a DOCTYPE
 * (and so any entity definition, the way to an "entity expansion" attack) is refused, as are
 * processing instructions other than the declaration.
 *
 * It never throws and never recurses: a stack holds the open elements, and the text, the
 * depth and the number of elements are limited before anything is built, so a hostile or
 * broken file costs at most one pass over its characters. Every refusal names what is wrong
 * and where (line and column).
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded; child elements' text excluded. */
  text: string;
}

export const XML_LIMITS = {
  /** Characters of input: a LiveSplit file with years of attempt history stays far below. */
  maxChars: 8_000_000,
  maxDepth: 64,
  maxElements: 400_000,
  maxAttributes: 64,
} as const;

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; message: string };

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes entities in text or an attribute value; null when one is not recognised. */
function decode(raw: string): string | null {
  if (!raw.includes('&')) return raw;
  let bad = false;
  const out = raw.replace(/&([^;&\s]{0,12});?/g, (all, body: string) => {
    if (!all.endsWith(';')) {
      bad = true;
      return '';
    }
    if (Object.hasOwn(ENTITIES, body)) return ENTITIES[body]!;
    const num = /^#(?:x([0-9a-fA-F]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (num) {
      const code = num[1] !== undefined ? Number.parseInt(num[1], 16) : Number(num[2]);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
        return String.fromCodePoint(code);
    }
    bad = true;
    return '';
  });
  return bad ? null : out;
}

/** Line and column (1-based) of a position, for messages. */
function where(text: string, at: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < at && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return `line ${line}, column ${col}`;
}

export function parseXml(input: unknown): XmlResult {
  try {
    return parse(input);
  } catch (e) {
    // Defensive only: nothing above is meant to throw, but hostile input must never escape.
    return {
      ok: false,
      message: `it could not be read as XML (${String((e as Error)?.message ?? e)})`,
    };
  }
}

function parse(input: unknown): XmlResult {
  if (typeof input !== 'string') return { ok: false, message: 'it is not text' };
  if (input.length > XML_LIMITS.maxChars)
    return {
      ok: false,
      message: `it is larger than ${XML_LIMITS.maxChars / 1_000_000} million characters`,
    };
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.includes(String.fromCharCode(0)))
    return { ok: false, message: 'it is a binary file, not XML text' };
  text = text.replace(/\r\n?/g, '\n');
  const fail = (message: string, at: number): XmlResult => ({
    ok: false,
    message: `${message} (${where(text, at)})`,
  });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const chunk = text.slice(i, lt < 0 ? n : lt);
    if (chunk.length > 0) {
      const top = stack.at(-1);
      if (!top) {
        if (chunk.trim() !== '')
          return fail(
            root ? 'there is text after the root element' : 'it does not start with an XML element',
            i,
          );
      } else {
        const decoded = decode(chunk);
        if (decoded === null) return fail('an unknown or unfinished entity (&…;) in the text', i);
        top.text += decoded;
      }
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return fail('a comment is never closed', i);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const end = text.indexOf(']]>', i + 9);
      if (end < 0) return fail('a CDATA section is never closed', i);
      const top = stack.at(-1);
      if (!top) return fail('a CDATA section outside every element', i);
      top.text += text.slice(i + 9, end);
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return fail('a processing instruction is never closed', i);
      const target = /^<\?([A-Za-z0-9_:.-]*)/.exec(text.slice(i, i + 40))?.[1] ?? '';
      if (target.toLowerCase() !== 'xml' || root !== null || stack.length > 0 || i > 0)
        return fail(`an unexpected processing instruction <?${target}`, i);
      i = end + 2;
      continue;
    }
    if (text.startsWith('<!', i))
      return fail('a document type or declaration (<!…>), which a splits file never has', i);
    if (text.startsWith('</', i)) {
      const name = NAME.exec(text.slice(i + 2, i + 202))?.[0];
      const end = text.indexOf('>', i);
      if (!name || end < 0 || text.slice(i + 2 + name.length, end).trim() !== '')
        return fail('a malformed closing tag', i);
      const open = stack.pop();
      if (!open) return fail(`a closing tag </${name}> with no element open`, i);
      if (open.name !== name) return fail(`<${open.name}> is closed by </${name}>`, i);
      i = end + 1;
      continue;
    }
    // An opening tag: name, attributes, then > or />.
    const name = NAME.exec(text.slice(i + 1, i + 201))?.[0];
    if (!name) return fail("a '<' that starts no tag", i);
    if (root !== null && stack.length === 0) return fail('a second root element', i);
    if (stack.length >= XML_LIMITS.maxDepth)
      return fail(`elements nested deeper than ${XML_LIMITS.maxDepth}`, i);
    if (++count > XML_LIMITS.maxElements)
      return fail(`more than ${XML_LIMITS.maxElements} elements`, i);
    const el: XmlElement = { name, attrs: {}, children: [], text: '' };
    let j = i + 1 + name.length;
    let closed = false;
    let selfClosing = false;
    while (j < n) {
      const ws = /^\s*/.exec(text.slice(j, j + 200))![0].length;
      const hadSpace = ws > 0;
      j += ws;
      if (text.startsWith('/>', j)) {
        selfClosing = true;
        closed = true;
        j += 2;
        break;
      }
      if (text[j] === '>') {
        closed = true;
        j += 1;
        break;
      }
      const attr = NAME.exec(text.slice(j, j + 200))?.[0];
      if (!attr || !hadSpace) return fail(`a malformed attribute in <${name}>`, j);
      j += attr.length;
      j += /^\s*/.exec(text.slice(j, j + 200))![0].length;
      if (text[j] !== '=') return fail(`the attribute ${attr} of <${name}> has no value`, j);
      j += 1;
      j += /^\s*/.exec(text.slice(j, j + 200))![0].length;
      const quote = text[j];
      if (quote !== '"' && quote !== "'")
        return fail(`the value of ${attr} in <${name}> is not quoted`, j);
      const end = text.indexOf(quote, j + 1);
      if (end < 0) return fail(`the value of ${attr} in <${name}> is never closed`, j);
      const raw = text.slice(j + 1, end);
      if (raw.includes('<')) return fail(`a '<' in the value of ${attr} in <${name}>`, j);
      const value = decode(raw);
      if (value === null) return fail(`an unknown entity in the value of ${attr} in <${name}>`, j);
      if (Object.hasOwn(el.attrs, attr)) return fail(`the attribute ${attr} is given twice`, j);
      if (Object.keys(el.attrs).length >= XML_LIMITS.maxAttributes)
        return fail(`more than ${XML_LIMITS.maxAttributes} attributes in <${name}>`, j);
      // Own data property even for a name like __proto__.
      Object.defineProperty(el.attrs, attr, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      j = end + 1;
    }
    if (!closed) return fail(`the tag <${name}> is never closed`, i);
    const parent = stack.at(-1);
    if (parent) parent.children.push(el);
    else root = el;
    if (!selfClosing) stack.push(el);
    i = j;
  }
  if (stack.length > 0) return fail(`<${stack.at(-1)!.name}> is never closed`, n);
  if (!root) return { ok: false, message: 'it is empty: there is no XML element in it' };
  return { ok: true, root };
}

/** The first child element named `name`, if any. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => c.name === name);

/** Every child element named `name`. */
export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el ? el.children.filter((c) => c.name === name) : [];

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(NOT_IN_XML, '');
}

/** Characters XML 1.0 cannot hold at all, even escaped (control characters but tab and newlines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const NOT_IN_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
