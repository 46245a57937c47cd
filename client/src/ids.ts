/** Identifiers shared by the manifest (package.json) and the code. */
export const LANGUAGE_ID = 'inspection-report';
/** Also the settings prefix: vscode-languageclient reads `<id>.trace.server`. */
export const CLIENT_ID = 'inspectionReport';
export const CLIENT_NAME = 'Inspection Report';

export const COMMANDS = {
  newReport: 'inspectionReport.newReport',
  nextCriterion: 'inspectionReport.nextCriterion',
  previousCriterion: 'inspectionReport.previousCriterion',
  goToCriterion: 'inspectionReport.goToCriterion',
  nextInconsistency: 'inspectionReport.nextInconsistency',
  previousInconsistency: 'inspectionReport.previousInconsistency',
  openPreview: 'inspectionReport.openPreview',
  openPreviewToSide: 'inspectionReport.openPreviewToSide',
  restartServer: 'inspectionReport.restartServer',
  showOutput: 'inspectionReport.showOutput',
  openDashboard: 'inspectionReport.openDashboard',
  exportHtml: 'inspectionReport.exportHtml',
  exportDocx: 'inspectionReport.exportDocx',
  showClaims: 'inspectionReport.showClaims',
  checkAllReports: 'inspectionReport.checkAllReports',
} as const;

/**
 * Commands the extension registers for the server's use, not for the palette:
 * the server names this one in code lenses when the client says it exists
 * (initializationOptions.showReferencesCommand).
 */
export const INTERNAL_COMMANDS = {
  showReferences: 'inspectionReport.showReferences',
} as const;

export const STATUS_ITEM_ID = 'inspectionReport.criterion';
