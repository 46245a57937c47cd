/**
 * What the analysis is compared with, on the same text in the same process:
 * - a bare remark-parse + remark-gfm parse (the parser the core uses, run once over the whole text);
 * - a markdown-it parse (the parser VS Code's Markdown support uses);
 * - vscode-markdown-languageservice 0.4 (VS Code's own Markdown language service): document symbols
 *   and diagnostics on a fresh document, with a minimal in-memory workspace and a markdown-it parser,
 *   the way its own tests set it up. This is "the peer's full pass".
 */
import MarkdownIt from 'markdown-it';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CancellationToken } from 'vscode-languageserver-protocol';
import * as md from 'vscode-markdown-languageservice';

const remark = unified().use(remarkParse).use(remarkGfm).freeze();

export function remarkGfmParse(text: string): unknown {
  return remark.parse(text);
}

// VS Code's Markdown language server uses markdown-it with HTML enabled.
const markdownIt = new MarkdownIt({ html: true });

export function markdownItParse(text: string): unknown {
  return markdownIt.parse(text, {});
}

const noEvent = () => ({ dispose() {} });

/** An empty in-memory workspace: the document under test is the only one the service sees. */
const workspace: md.IWorkspace = {
  get workspaceFolders() {
    return [];
  },
  onDidChangeMarkdownDocument: noEvent,
  onDidCreateMarkdownDocument: noEvent,
  onDidDeleteMarkdownDocument: noEvent,
  async getAllMarkdownDocuments() {
    return [];
  },
  hasMarkdownDocument() {
    return false;
  },
  async openMarkdownDocument() {
    return undefined;
  },
  async stat() {
    return undefined;
  },
  async readDirectory() {
    return [];
  },
};

const parser: md.IMdParser = {
  slugifier: md.githubSlugifier,
  async tokenize(doc) {
    return markdownIt.parse(doc.getText(), {});
  },
};

const logger: md.ILogger = {
  get level() {
    return md.LogLevel.Off;
  },
  log() {},
};

const diagnosticOptions: md.DiagnosticOptions = {
  validateReferences: md.DiagnosticLevel.warning,
  validateFragmentLinks: md.DiagnosticLevel.warning,
  validateFileLinks: md.DiagnosticLevel.warning,
  validateMarkdownFileLinkFragments: md.DiagnosticLevel.warning,
  validateUnusedLinkDefinitions: md.DiagnosticLevel.warning,
  validateDuplicateLinkDefinitions: md.DiagnosticLevel.warning,
  ignoreLinks: [],
};

let docCounter = 0;

/**
 * The peer's full pass: a new language service and a document it has never
 * seen (so nothing is cached), then document symbols and diagnostics.
 */
export async function markdownLanguageServicePass(text: string): Promise<{ symbols: number; diagnostics: number }> {
  const service = md.createLanguageService({ workspace, parser, logger });
  try {
    const doc = TextDocument.create(`file:///bench/peer-${++docCounter}.md`, 'markdown', 1, text);
    const symbols = await service.getDocumentSymbols(doc, { includeLinkDefinitions: true }, CancellationToken.None);
    const diagnostics = await service.computeDiagnostics(doc, diagnosticOptions, CancellationToken.None);
    return { symbols: symbols.length, diagnostics: diagnostics.length };
  } finally {
    service.dispose();
  }
}
