// The words of the audit log (操作日志): what was done, to what, and the fields of the records its before and
// after hold. The API answers them (GET /api/audit-events), so no page ever shows a field's code name.

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = Object.freeze({
  CREATE: '新增', UPDATE: '修改', DELETE: '删除', LOGIN: '登录', LOGOUT: '退出登录', CHANGE_PASSWORD: '修改密码',
  ACCEPT: '通过', RETURN: '退回', REJECT: '不予采纳', EXEMPT: '免报', PUBLISH: '发布', FINALISE: '定稿',
  REOPEN: '重新打开', WITHDRAW: '撤回', RUN: '执行', READ: '阅读', GENERATE: '生成', SWEEP: '清理',
  RESTORE_ADMIN: '恢复管理员', CHASE: '催报', PRELIMINARY: '初评公示', CONFIRM: '确认', REFUSE: '不予确认',
  UPHOLD: '申诉成立', TEST: '发送测试消息',
});

export const AUDIT_RESOURCE_LABELS: Readonly<Record<string, string>> = Object.freeze({
  auth: '登录认证', users: '用户', units: '单位', contacts: '联系人', streams: '报送事项', assignments: '报送责任',
  obligations: '应报事项', submissions: '报送', reviews: '审核', explanations: '未报说明', exemptions: '免报',
  attachments: '附件', 'scoring-rules': '评分规则', notices: '通知', circulars: '季度通报', assessments: '年度目标考核',
  'assessment-adjustments': '考核加减分', settings: '系统设置', 'notice-jobs': '催报任务', 'record-imports': '数据文件',
  records: '信用信息', 'assessment-schemes': '考核方案', 'assessment-exclusions': '考核容缺', bonuses: '加分申报',
  appeals: '考核申诉', robots: '群机器人',
});

/** Fields the log never shows: secrets, internal counters, and the record's own id (the log names it). */
export const AUDIT_HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id', 'passwordHash', 'tokenVersion', 'content', 'sha256', 'jwtSecret', 'dedupeKey', 'duplicateKey',
]);

export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = Object.freeze({
  // units, contacts, users
  name: '名称', sortOrder: '排序', creditCode: '统一社会信用代码', address: '地址', active: '启用', unitId: '单位',
  post: '职务', phone: '办公电话', mobile: '手机', email: '电子邮箱', primary: '主要负责人', leader: '分管领导',
  username: '用户名', role: '角色', displayName: '姓名', password: '密码',
  // streams, assignments, obligations
  code: '事项代码', cadence: '报送频次', dueDay: '截止日', dueDate: '截止日期', holidayPolicy: '遇节假日',
  correctionWorkdays: '更正期限（工作日）', requiresCounts: '须填报统计数', recordKinds: '记录类别', since: '起始日期',
  description: '说明', streamId: '报送事项', validFrom: '生效日期', validTo: '终止日期', obligationId: '应报事项',
  period: '报送期间', periodStart: '期间开始', dueAt: '截止时间', dueShiftedFrom: '顺延前截止日', reportMonth: '统计月份',
  state: '状态', timelinessAt: '计时时间', latestSubmissionId: '最新报送', assignmentId: '报送责任',
  // filings, reviews, explanations, exemptions, attachments
  version: '版本', kind: '类型', legalPersonLicenses: '法人行政许可', legalPersonPenalties: '法人行政处罚',
  naturalPersonLicenses: '自然人行政许可', naturalPersonPenalties: '自然人行政处罚', counts: '统计数', reason: '理由',
  filedAt: '报送时间', recordedByOffice: '信用办补录', filedById: '报送人', submissionId: '报送', decision: '处理结果',
  reviewerId: '审核人', decidedAt: '处理时间', correctionUntil: '更正截止时间', category: '原因类别', text: '说明内容',
  status: '状态', decisionReason: '处理意见', decidedById: '处理人', createdById: '操作人', createdAt: '创建时间',
  updatedAt: '更新时间', fileName: '文件名', mimeType: '文件类型', size: '大小（字节）', uploadedById: '上传人',
  attachments: '附件', importId: '数据文件', receivedAt: '收到时间',
  // circulars, assessments, scoring rules
  year: '年度', quarter: '季度', title: '标题', body: '正文', number: '文号', issuedOn: '成文日期', issuingBody: '印发机关',
  asOf: '截至', publishedAt: '发布时间', publishedById: '发布人', replacesId: '更正的通报', correctionReason: '更正理由',
  finalisedAt: '定稿时间', finalisedById: '定稿人', reopenedAt: '重新打开时间', reopenedById: '重新打开人',
  reopenReason: '重新打开理由', points: '分值', latePerReport: '迟报每次扣分', missingPerReport: '逾期未报每次扣分',
  excusedPerReport: '已说明每次扣分', noContact: '未指定负责人扣分', rules: '评分规则', summary: '摘要',
  // notices, settings, jobs
  notices: '通知数', forDate: '催报日期', reminderWorkdays: '截止前提醒（工作日）', escalateWorkdays: '逾期未报后报告领导（工作日）',
  sender: '发件人', maxAttempts: '最多发送次数', areaCode: '行政区划代码', rows: '行数', valid: '有效行数', removed: '清理数量',
  created: '新增数量', obligations: '应报事项数', units: '单位数',
  // channels (issue 17)
  sms: '短信服务', officeRobots: '信用办群机器人', defaults: '默认接收渠道', quietHours: '免打扰时段', robots: '群机器人',
  accessKeySecret: '短信密钥', secrets: '机器人密钥', preferences: '接收渠道', channel: '渠道', target: '接收方',
  webhookHint: '机器人推送地址', hasSecret: '已设置密钥', keyword: '关键词', pausedUntil: '暂停至',
});

const BOOLEAN = { true: '是', false: '否' };

/** The words of coded values, by field (a field's values are codes of one list). */
export const AUDIT_VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  role: { ADMIN: '管理员', LEADER: '领导小组成员', UNIT: '单位联系人' },
  cadence: { MONTHLY: '每月', QUARTERLY: '每季度', YEARLY: '每年', ONCE: '一次性' },
  holidayPolicy: { NEXT_WORKDAY: '顺延至下一个工作日', NONE: '不顺延' },
  kind: {
    DATA: '报送数据', NO_DATA: '本期无数据', REMINDER: '到期提醒', OVERDUE: '逾期未报通知', ESCALATION: '逾期报告领导',
    SUMMARY: '催报汇总',
  },
  decision: { ACCEPT: '通过', RETURN: '退回', REJECT: '不予采纳' },
  status: { PENDING: '待处理', ACCEPTED: '已采纳', REJECTED: '不予采纳', DRAFT: '草稿', PUBLISHED: '已发布', OPEN: '进行中', FINALISED: '已定稿' },
  state: {
    OPEN: '未报送', SUBMITTED: '待审核', ACCEPTED: '已通过', RETURNED: '已退回', EXCUSED: '已说明', EXEMPT: '免报',
    DRAFT: '草稿', PUBLISHED: '已发布',
  },
  category: {
    STAFF_CHANGE: '人员变动', SYSTEM_FAILURE: '系统故障', DATA_NOT_READY: '数据尚未形成', NOT_NOTIFIED: '未收到通知',
    FORCE_MAJEURE: '不可抗力', OTHER: '其他原因',
  },
  recordKinds: {
    CF_LEGAL: '附件1 法人行政处罚', XK_LEGAL: '附件2 法人行政许可', CF_NATURAL: '附件3 自然人行政处罚',
    XK_NATURAL: '附件4 自然人行政许可', HHB: '红黑榜', XYDM: '信用代码',
  },
  boolean: BOOLEAN,
});

/** Fields holding a calendar day (stored as midnight UTC): shown as the day, never as a time. */
export const AUDIT_DAY_FIELDS: ReadonlySet<string> = new Set([
  'validFrom', 'validTo', 'dueDate', 'since', 'issuedOn', 'forDate', 'periodStart', 'reportMonth', 'dueShiftedFrom',
  'decisionDate', 'publishedOn',
]);

/** A field's label; a field the table does not know yet is named 其他字段, never by its code name. */
export const auditFieldLabel = (field: string): string => AUDIT_FIELD_LABELS[field] ?? '其他字段';
export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? '其他操作';
export const auditResourceLabel = (resource: string): string => AUDIT_RESOURCE_LABELS[resource] ?? '其他对象';
