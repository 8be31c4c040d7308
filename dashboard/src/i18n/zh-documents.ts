// The catalog's part for the documents (issue 14): the 催报通知 of a unit, the circular as PDF and the 考核结果通知. Merged into zh.ts.

export const documentsMessages = {
  chaseLetter: '催报通知',
  chaseLetterDocx: '催报通知（Word）',
  chaseLetterPdf: '催报通知（PDF）',
  circularPdf: '下载公文（PDF）',
  assessmentNoticeDocx: '考核结果通知（.docx）',
  assessmentNoticePdf: '考核结果通知（PDF）',
};
