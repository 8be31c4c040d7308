// The catalog's part for the assessment as offices run it (issue 15): the year's scheme editor with its preview,
// 初评公示 and 定稿, 容缺, the unit's 我的考核 (bonus claims and appeals), the office's 加分申报 and 申诉复核 queues.
// Merged into zh.ts: the resources under `resources`, the messages as app.assessments2.
import { APPEAL_STATUS_LABELS, BONUS_STATUS_LABELS, GRADE_LABELS } from '@credit/contract/labels';

export const assessments2Resources = {
  bonuses: {
    name: '加分申报',
    fields: {
      id: '编号', year: '考核年度', unitId: '单位', unitName: '单位', category: '加分项目', categoryName: '加分项目',
      points: '申报分值', reason: '申报理由', status: '状态', statusLabel: '状态', decisionReason: '确认意见',
      decidedAt: '确认时间', createdAt: '申报时间',
    },
  },
  appeals: {
    name: '申诉复核',
    fields: {
      id: '编号', year: '考核年度', unitId: '单位', unitName: '单位', subject: '申诉事项', points: '涉及分值',
      reason: '申诉理由', status: '状态', statusLabel: '状态', decisionReason: '复核意见', decidedAt: '复核时间',
      createdAt: '申诉时间',
    },
  },
};

export const assessments2Messages = {
  grade: { ...GRADE_LABELS },
  bonusStatus: { ...BONUS_STATUS_LABELS },
  appealStatus: { ...APPEAL_STATUS_LABELS },
  status: { OPEN: '未定稿（实时计算）', PRELIMINARY: '初评公示中', FINALISED: '已定稿' },
  kind: { PER_ITEM: '逐项扣分', RATE_THRESHOLD: '比率区间', BONUS: '加分', NOT_APPLICABLE: '容缺', MANUAL: '人工调整' },
  cause: {
    LATE: '迟报（每件）', MISSING: '逾期未报（每件）', EXCUSED: '未按时报送、说明已采纳（每件）', NO_CONTACT: '未指定负责人',
    RECORD_LATE: '迟报的信用记录（每条）', RECORD_INVALID: '不合规的信用记录（每条）',
  },
  metric: { onTimeRate: '按时率', submittedRate: '报送率', complianceRate: '合规率', lateRecordRate: '迟报率' },
  // The state line and the year's actions
  appealWindow: '初评公示中，申诉期至 %{deadline}',
  appealClosed: '初评公示中，申诉期已于 %{deadline} 截止',
  openAppeals: '%{count} 件申诉待复核',
  scheme: '考核方案', simpleRules: '排名评分规则',
  simpleRulesHelp: '这四项用于报送情况排名的得分；年度考核按“考核方案”计分（未保存方案时按这四项计分）。',
  publish: '发布初评', publishTitle: '发布%{year}年度考核初评结果',
  publishHelp: '发布后得分冻结为初评结果并通知各单位；各单位可在申诉期内对扣分或未予确认的加分提出申诉。',
  appealWorkdays: '申诉期（工作日）', published: '初评结果已发布',
  finaliseTitle: '%{year}年度考核定稿', noAppeals: '确认无单位申诉（提前结束申诉期）',
  finaliseWaiting: '申诉期尚未结束：如已确认没有单位申诉，可勾选下方选项后定稿。',
  // The scheme editor
  editorTitle: '%{year}年度考核方案', editorDefault: '本年度尚未保存考核方案，以下为按排名评分规则生成的默认方案。',
  categories: '考核类别', addCategory: '添加类别', categoryId: '类别编号', categoryName: '类别名称', maxPoints: '分值',
  weight: '权重', deductionCap: '扣分上限', rules: '评分规则', addRuleOf: '添加规则（%{kind}）', ruleKind: '规则类型', ruleId: '规则编号',
  ruleName: '规则名称', ruleCategory: '所属类别', itemCause: '扣分事由', pointsEach: '每项分值', cap: '上限',
  metricLabel: '指标', bands: '区间', addBand: '添加区间', atLeast: '不低于（%）', atMost: '不高于（%）', bandPoints: '扣分',
  bonusCap: '加分总上限', grades: '等次', addGrade: '添加等次', gradeLabel: '等次', minScore: '最低分',
  quotaPercent: '名额比例（%）', remove: '删除', noLimit: '留空为不限', saved: '考核方案已保存',
  fixErrors: '方案有误，请按提示修改', preview: '预览（按编辑中的方案计算）', previewing: '正在计算…',
  previewError: '方案有误，无法预览', currentScore: '现行得分', newScore: '新方案得分', currentGrade: '现行等次',
  newGrade: '新方案等次', change: '变化', unit: '单位', rank: '名次',
  // The result of a unit
  whyLine: '满分 %{full} 分，扣 %{deductions} 分，加分 %{bonus} 分，计算得分 %{computed} 分；人工调整 %{adjustments} 分；最终得分 %{score} 分。',
  categoriesTitle: '分类得分', categoryScore: '%{name} %{score} 分', categoryScoreNA: '%{name} %{score} 分（容缺）',
  bonusLine: '加分 %{points} 分', scoreLine: '最终得分 %{score} 分（第 %{rank} 名）', gradeLine: '等次：%{grade}', bonusTotal: '加分', rowsTitle: '得分明细',
  rowKind: '类型', rowCategory: '类别', rowRule: '规则', rowLabel: '事项', rowPoints: '分值',
  capped: '已达上限', waived: '申诉成立，已免扣', noRows: '没有扣分或加分', notApplicable: '容缺',
  exclusions: '容缺项', addExclusion: '设为容缺', exclusionTitle: '设为容缺：%{unit}', exclusionReason: '容缺理由',
  exclusionCategory: '类别', exclusionAdded: '已设为容缺', removeExclusion: '撤销容缺', exclusionRemoved: '已撤销容缺',
  noExclusions: '没有容缺项',
  // 我的考核
  myTitle: '我的考核', year: '考核年度', declare: '申报加分', declareTitle: '申报加分', bonusRule: '加分项目',
  bonusPoints: '申报分值', bonusPointsHelp: '最多 %{max} 分', bonusReason: '申报理由（做法、成效、佐证材料）',
  declared: '已提交加分申报，等待信用办确认', noBonusRules: '本年度考核方案没有加分项目',
  myBonuses: '我的加分申报', myAppeals: '我的申诉', noBonuses: '暂无加分申报', noAppealsYet: '暂无申诉',
  appeal: '申诉', evidence: '证明材料（可选）', appealTitle: '申诉：%{subject}', appealReason: '申诉理由（至少 10 个字）', appealed: '已提交申诉，等待信用办复核',
  appealHelp: '初评公示期间，可对扣分或未予确认的加分提出申诉。',
  // The queues
  confirm: '确认', refuse: '不予确认', refuseTitle: '不予确认加分', refuseReason: '不予确认的理由',
  confirmed: '已确认加分', refused: '已不予确认', uphold: '申诉成立', reject: '申诉不成立', upholdTitle: '申诉成立',
  rejectTitle: '申诉不成立', decisionReason: '复核意见', upholdReason: '复核意见（可不填）', upheld: '已认定申诉成立',
  rejected: '已认定申诉不成立',
};
