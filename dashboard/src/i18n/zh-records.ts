// The catalog's part for the records (信用信息归集): the 信用信息库 resource, the data file of a filing and
// its quality summary. Merged into zh.ts; the records' own column headers come from GET /api/records/kinds.

export const recordsResource = {
  name: '信用信息库',
  fields: {
    id: '编号', kind: '类别', subjectName: '行政相对人（主体）名称', creditCode: '统一社会信用代码', idNumber: '证件号码',
    documentNumber: '文书号', decisionDate: '决定日期', publishedOn: '公示日期', timely: '按时公示',
    unitId: '报送单位', unitName: '报送单位', streamName: '报送事项', submissionId: '所属报送', sheet: '工作表', row: '行号',
    source: '来源', data: '记录内容', q: '搜索（名称、代码、文书号）', from: '决定日期起', to: '决定日期止',
  },
};

export const recordKindLabels = {
  CF_LEGAL: '附件1 法人行政处罚', XK_LEGAL: '附件2 法人行政许可', CF_NATURAL: '附件3 自然人行政处罚',
  XK_NATURAL: '附件4 自然人行政许可', HHB: '红黑榜', XYDM: '信用代码',
};

export const recordsMessages = {
  dataFileTitle: '数据文件', template: '下载模板', upload: '上传数据文件', checking: '正在校验 %{name}…',
  uploadHint: '请使用下载的模板填写；支持 xlsx 或 csv（UTF-8 或 GB18030），不超过 25 MB',
  figures: '%{file}：共 %{rows} 行数据，合规 %{valid} 条，有错误 %{invalid} 条，迟报 %{late} 条',
  sheet: '工作表', rows: '数据行数', valid: '合规记录', level: '类型', row: '行', column: '列', message: '说明',
  error: '错误', warning: '提示', issuesTitle: '错误 %{errors} 条，提示 %{warnings} 条',
  firstShown: '此处列出前 %{shown} 条，共 %{total} 条；全部问题见标注错误的文件',
  markedFile: '下载标注错误的文件', fileValid: '提交合规记录', reupload: '修改后重新上传',
  noValid: '该文件没有合规的记录，请修改后重新上传',
  qualityTitle: '数据质量（报送的数据文件）', export: '导出（国家标准模板）', sourceRow: '%{sheet} 第 %{row} 行',
};
