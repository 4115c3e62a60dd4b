import type { Plugin } from 'vite';

/**
 * Build plugins for the content scripts that render the creator card (wxt.config.ts applies them to
 * those entrypoints only). Both cut what V8 compiles on every creator page (docs/performance.md).
 */

/**
 * V8's explicit compile hint as the bundle's first line: the whole script runs on load, so every
 * function is compiled once, eagerly, instead of being pre-parsed with the script and parsed again
 * on its first call.
 */
export const compileHint: Plugin = {
  name: 'vettok:compile-hint',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

/** The card's text catalogues: flat `export const name = { 'key': 'text', … }` modules per language. */
const CATALOGUE = /[\\/]lib[\\/]i18n[\\/][a-z-]+\.(en|zh-CN)\.ts$/;

interface Node {
  type: string;
  [key: string]: unknown;
}

/**
 * Each text catalogue becomes `JSON.parse('…')`: a string literal costs V8 next to nothing to parse
 * and compile, where an object literal of a hundred texts is parsed and compiled in full — for both
 * languages, though the card shows one. Anything but string keys and string texts fails the build
 * rather than lose a text.
 */
export const cataloguesAsJson: Plugin = {
  name: 'vettok:catalogues-as-json',
  enforce: 'post',
  transform(code, id) {
    if (!CATALOGUE.test(id)) return null;
    const program = this.parse(code) as unknown as { body: Node[] };
    const out: string[] = [];
    for (const statement of program.body) {
      const declaration = statement['declaration'] as Node | null | undefined;
      if (statement.type === 'ImportDeclaration') continue;
      if (statement.type !== 'ExportNamedDeclaration' || declaration?.type !== 'VariableDeclaration') throw new Error(`${id}: only exported constants are expected in a catalogue`);
      for (const declarator of declaration['declarations'] as Node[]) {
        const name = (declarator['id'] as Node)['name'] as string;
        const object = declarator['init'] as Node;
        if (object.type !== 'ObjectExpression') throw new Error(`${id}: ${name} is not an object literal`);
        const texts: Record<string, string> = {};
        for (const property of object['properties'] as Node[]) {
          const key = property['key'] as Node | undefined;
          const value = property['value'] as Node | undefined;
          const keyText = key?.type === 'Identifier' ? key['name'] : key?.['value'];
          if (property.type !== 'Property' || property['computed'] || typeof keyText !== 'string' || value?.type !== 'Literal' || typeof value['value'] !== 'string') {
            throw new Error(`${id}: ${name} holds something other than string texts`);
          }
          texts[keyText] = value['value'];
        }
        out.push(`export const ${name} = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(texts))});`);
      }
    }
    return { code: out.join('\n'), map: null };
  },
};
