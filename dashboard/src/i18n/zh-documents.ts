// The catalog's part for the documents (issue 14): the 催报通知 of a unit and the circular as PDF. Merged into zh.ts.

export const documentsMessages = {
  chaseLetter: '催报通知',
  chaseLetterDocx: '催报通知（Word）',
  chaseLetterPdf: '催报通知（PDF）',
  circularPdf: '下载公文（PDF）',
};
