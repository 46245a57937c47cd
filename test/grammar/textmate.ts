/**
 * Loads the extension's TextMate grammar with vscode-textmate and the
 * Oniguruma WebAssembly build, exactly as VS Code does, and tokenizes text.
 *
 * VS Code's own Markdown grammar (`text.html.markdown`) ships inside VS Code,
 * not in node_modules, so the tests resolve that scope to a small stand-in
 * (fixtures/markdown-stub.tmLanguage.json) with the same block shapes and
 * scope names.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import type { IGrammar, StateStack } from 'vscode-textmate';

function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'syntaxes'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root (a folder with package.json and syntaxes/)');
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();
export const GRAMMAR_PATH = path.join(REPO_ROOT, 'syntaxes', 'inspection-report.tmLanguage.json');
export const FIXTURES = path.join(REPO_ROOT, 'test', 'grammar', 'fixtures');
export const SNAPSHOTS = path.join(REPO_ROOT, 'test', 'grammar', 'snapshots');
export const ROOT_SCOPE = 'text.html.markdown.inspection';

const grammarFiles: Record<string, string> = {
  [ROOT_SCOPE]: GRAMMAR_PATH,
  'text.html.markdown': path.join(FIXTURES, 'markdown-stub.tmLanguage.json'),
};

let loading: Promise<IGrammar> | undefined;

/** The extension's grammar, loaded once. */
export function loadGrammar(): Promise<IGrammar> {
  loading ??= (async () => {
    const wasm = readFileSync(path.join(REPO_ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const file = grammarFiles[scopeName];
        if (!file) return null;
        return textmate.parseRawGrammar(readFileSync(file, 'utf8'), file);
      },
    });
    const grammar = await registry.loadGrammar(ROOT_SCOPE);
    if (!grammar) throw new Error(`grammar ${ROOT_SCOPE} did not load`);
    return grammar;
  })();
  return loading;
}

export interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  /** Scopes from outermost to innermost, without the root scope. */
  scopes: string[];
}

/** Tokenizes a whole document, line by line, carrying the rule stack across lines. */
export function tokenize(grammar: IGrammar, text: string): Token[][] {
  const lines = text.split(/\r?\n/);
  let stack: StateStack = textmate.INITIAL;
  const out: Token[][] = [];
  lines.forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    stack = result.ruleStack;
    out.push(
      result.tokens
        .map((t) => ({
          line,
          start: t.startIndex,
          end: Math.min(t.endIndex, lineText.length),
          text: lineText.slice(t.startIndex, t.endIndex),
          scopes: t.scopes.filter((s) => s !== ROOT_SCOPE),
        }))
        .filter((t) => t.end > t.start),
    );
  });
  return out;
}

/** True when one of the token's scopes equals `scope` or starts with `scope.`. */
export function hasScope(token: Token, scope: string): boolean {
  return token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

/**
 * The tokens of one line that cover the substring `needle` (its first
 * occurrence at or after `from`), merged: the scopes every covering token shares.
 */
export function scopesAt(tokens: Token[], lineText: string, needle: string, from = 0): string[] {
  const start = lineText.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in "${lineText}"`);
  const end = start + needle.length;
  const covering = tokens.filter((t) => t.start < end && t.end > start);
  if (covering.length === 0) return [];
  return covering[0]!.scopes.filter((s) => covering.every((t) => t.scopes.includes(s)));
}

/** How a snapshot shows tokens. */
export interface RenderOptions {
  /** Keep only these tokens (lines without any are left out). Default: every token of every line. */
  filter?: (t: Token) => boolean;
  /** Which of a token's scopes to print. Default: all but the root scope. */
  scopes?: (t: Token) => string[];
  /** Cut the echoed source lines to this many characters. */
  maxLine?: number;
}

/** A readable, stable rendering of tokens for snapshot files. */
export function renderTokens(lines: Token[][], sourceLines: string[], options: RenderOptions = {}): string {
  const { filter, scopes = (t: Token) => t.scopes, maxLine = Infinity } = options;
  const out: string[] = [];
  lines.forEach((tokens, i) => {
    const kept = filter ? tokens.filter(filter) : tokens;
    if (kept.length === 0 && filter) return;
    const source = sourceLines[i] ?? '';
    out.push(`${String(i + 1).padStart(4)}| ${source.length > maxLine ? `${source.slice(0, maxLine)}…` : source}`);
    for (const t of kept) {
      out.push(`    ${t.start}-${t.end} ${JSON.stringify(t.text)}: ${scopes(t).join(' ') || '(root)'}`);
    }
  });
  return out.join('\n') + '\n';
}
