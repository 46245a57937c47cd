/**
 * Runs the in-editor suite (test/electron/suite/) inside a desktop VS Code
 * with @vscode/test-electron.
 *
 * It never downloads VS Code: it uses the executable named by
 * VSCODE_EXECUTABLE, or one found at a usual install path. When there is none
 * it says so and exits 0 without claiming that anything ran. (The headless
 * end-to-end tests in test/e2e/ use code-server instead.)
 *
 *   npm run test:electron
 *   VSCODE_EXECUTABLE=/usr/share/code/code npm run test:electron
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'scripts', 'bundle.mjs'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the repository root');
    dir = parent;
  }
}

/** The Electron executable of an installed VS Code (not the `code` CLI wrapper script). */
function candidates(): string[] {
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return ['/Applications/Visual Studio Code.app', path.join(home, 'Applications', 'Visual Studio Code.app')].flatMap(
        (app) => [path.join(app, 'Contents', 'MacOS', 'Electron'), path.join(app, 'Contents', 'MacOS', 'Code')],
      );
    case 'win32': {
      const local = process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
      const programs = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter((p): p is string => !!p);
      return [
        path.join(local, 'Programs', 'Microsoft VS Code', 'Code.exe'),
        ...programs.map((p) => path.join(p, 'Microsoft VS Code', 'Code.exe')),
      ];
    }
    default:
      return [
        '/usr/share/code/code',
        '/opt/visual-studio-code/code',
        '/snap/code/current/usr/share/code/code',
        '/var/lib/flatpak/app/com.visualstudio.code/current/active/files/extra/vscode/code',
        path.join(home, '.local', 'share', 'flatpak', 'app', 'com.visualstudio.code', 'current', 'active', 'files', 'extra', 'vscode', 'code'),
      ];
  }
}

function findVsCode(): string | undefined {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      console.error(`VSCODE_EXECUTABLE=${fromEnv} does not exist.`);
      process.exit(1);
    }
    return fromEnv;
  }
  return candidates().find((p) => existsSync(p));
}

async function main(): Promise<number> {
  const executable = findVsCode();
  if (!executable) {
    console.log(
      'test:electron: no desktop VS Code found; set VSCODE_EXECUTABLE to its executable ' +
        '(e.g. /usr/share/code/code); nothing was run.',
    );
    return 0;
  }
  const root = repoRoot();
  console.log(`test:electron: using ${executable}`);

  // The extension runs from dist/, so bundle it first (dev build, with source maps).
  const bundle = spawnSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs'), '--dev'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (bundle.status !== 0) return bundle.status ?? 1;

  // A throw-away copy of the seeds as the workspace, and a fresh profile.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'inspection-electron-'));
  const workspace = path.join(tmp, 'workspace');
  cpSync(path.join(root, 'seeds'), workspace, { recursive: true });
  try {
    return await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'test', 'electron', 'suite', 'index.cjs'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
        '--skip-welcome',
        '--skip-release-notes',
      ],
      extensionTestsEnv: { INSPECTION_TEST_WORKSPACE: workspace, INSPECTION_REPO_ROOT: root },
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error('test:electron: the tests failed to run:', err);
    process.exitCode = 1;
  },
);
