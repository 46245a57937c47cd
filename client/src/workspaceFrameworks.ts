/**
 * The workspace's own framework files, for Inspection: New Report…: YAML and
 * JSON files that validate as frameworks (bounded in number and size).
 */
import * as vscode from 'vscode';
import type { FrameworkData } from '../../server/src/core/framework/schema.js';

export interface WorkspaceFramework {
  uri: vscode.Uri;
  data: FrameworkData;
}

const MAX_FILES = 200;
const MAX_BYTES = 256 * 1024;

type Loader = (text: string, uri: string) => { framework?: { data: FrameworkData } };

export async function workspaceFrameworks(load: Loader): Promise<WorkspaceFramework[]> {
  if (!vscode.workspace.workspaceFolders?.length) return [];
  const uris = await vscode.workspace.findFiles('**/*.{yaml,yml,json}', '**/{node_modules,.git,out,dist,.cache,.vscode-test}/**', MAX_FILES);
  const found: WorkspaceFramework[] = [];
  for (const uri of uris) {
    if (/(^|\/)package(-lock)?\.json$/.test(uri.path)) continue;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_BYTES) continue;
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const fw = load(text, uri.toString()).framework;
      if (fw) found.push({ uri, data: fw.data });
    } catch {
      // Not readable: not offered.
    }
  }
  return found.sort((a, b) => a.uri.path.localeCompare(b.uri.path));
}
