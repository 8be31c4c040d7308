// The plan's statistics tables and the roster as .xlsx, titled and ordered as the plan names them:
// 附件5 <区>“双公示”数据情况统计表, 附件6 <区>“双公示”增量统计表, 负责人名单和联系方式; the district and the
// issuing body come from the office settings.
import { addTableSheet, newWorkbook, type SheetColumn, workbookBuffer } from '../common/xlsx.ts';
import { periodLabel } from '../domain/labels.ts';
import type { RosterUnit, SgsCountsRow } from './reports.dto.ts';

/** Who the tables are of and by (the office settings' districtName, issuingBody and short name). */
export interface ReportOffice {
  districtName: string;
  issuingBody: string;
  name: string;
}

export const sgsSummaryTitle = (o: ReportOffice) => `${o.districtName}“双公示”数据情况统计表`;
export const sgsIncrementTitle = (o: ReportOffice) => `${o.districtName}“双公示”增量统计表`;
export const rosterTitle = (o: ReportOffice) => `${o.districtName}社会信用体系建设工作负责人名单和联系方式`;

const total = (r: SgsCountsRow) =>
  r.legal_person_penalties + r.legal_person_licenses + r.natural_person_penalties + r.natural_person_licenses;

/** The four tables in the plan's order (附件1–4), their total, and the months still without accepted data. */
const SGS_COLUMNS: SheetColumn<SgsCountsRow>[] = [
  { header: '序号', width: 6, value: (_r, i) => i + 1 },
  { header: '单位名称', width: 20, value: (r) => r.unit_name },
  { header: '法人行政处罚', width: 13, value: (r) => r.legal_person_penalties, sum: true },
  { header: '法人行政许可', width: 13, value: (r) => r.legal_person_licenses, sum: true },
  { header: '自然人行政处罚', width: 14, value: (r) => r.natural_person_penalties, sum: true },
  { header: '自然人行政许可', width: 14, value: (r) => r.natural_person_licenses, sum: true },
  { header: '合计', width: 10, value: total, sum: true },
  {
    header: '备注',
    width: 36,
    value: (r) => (r.unaccepted.length ? `尚无审核通过的报送：${r.unaccepted.map(periodLabel).join('、')}` : null),
  },
];

const SGS_NOTE = '数据来源：各单位报送并经信用办审核通过的“双公示”信息月度统计（附件1–4）；报送情况说明（未产生信息）的月份计为0。单位：条。';

export function sgsSummaryWorkbook(rows: readonly SgsCountsRow[], fromMonth: string, toMonth: string, office: ReportOffice, createdAt: Date) {
  const wb = newWorkbook(office.issuingBody, createdAt);
  addTableSheet(wb, {
    name: '数据情况统计表',
    attachment: '附件5',
    title: sgsSummaryTitle(office),
    subtitle: `统计期间：${periodLabel(fromMonth)}至${periodLabel(toMonth)}（累计）`,
    columns: SGS_COLUMNS,
    rows,
    totals: { label: '合计', values: { 单位名称: `${rows.length}个单位` } },
    note: SGS_NOTE,
  });
  return workbookBuffer(wb);
}

export function sgsIncrementWorkbook(rows: readonly SgsCountsRow[], fromMonth: string, toMonth: string, office: ReportOffice, createdAt: Date) {
  const wb = newWorkbook(office.issuingBody, createdAt);
  addTableSheet(wb, {
    name: '增量统计表',
    attachment: '附件6',
    title: sgsIncrementTitle(office),
    subtitle: `统计期间：${fromMonth === toMonth ? periodLabel(fromMonth) : `${periodLabel(fromMonth)}至${periodLabel(toMonth)}`}（本期新增）`,
    columns: SGS_COLUMNS,
    rows,
    totals: { label: '合计', values: { 单位名称: `${rows.length}个单位` } },
    note: SGS_NOTE,
  });
  return workbookBuffer(wb);
}

interface RosterLine {
  index: number;
  unitName: string;
  contact: RosterUnit['contacts'][number] | null;
}

const role = (c: NonNullable<RosterLine['contact']>) =>
  [c.leader ? '分管领导' : '', c.primary ? '主要联系人' : ''].filter(Boolean).join('、') || '联系人';

export function rosterWorkbook(units: readonly RosterUnit[], asOfLabel: string, office: ReportOffice, createdAt: Date) {
  const lines = units.flatMap((u, i): RosterLine[] =>
    u.contacts.length ? u.contacts.map((contact) => ({ index: i + 1, unitName: u.name, contact })) : [{ index: i + 1, unitName: u.name, contact: null }],
  );
  const contacts = units.reduce((n, u) => n + u.contacts.length, 0);
  const missing = units.filter((u) => u.contacts.length === 0).length;
  const wb = newWorkbook(office.issuingBody, createdAt);
  addTableSheet(wb, {
    name: '负责人名单',
    title: rosterTitle(office),
    subtitle: `截至${asOfLabel}`,
    columns: [
      { header: '序号', width: 6, value: (l) => l.index },
      { header: '单位名称', width: 20, value: (l) => l.unitName },
      { header: '姓名', width: 12, value: (l) => l.contact?.name ?? '（未报送）' },
      { header: '职务', width: 16, value: (l) => l.contact?.post ?? null },
      { header: '类别', width: 16, value: (l) => (l.contact ? role(l.contact) : null) },
      { header: '办公电话', width: 16, value: (l) => l.contact?.phone ?? null },
      { header: '手机', width: 15, value: (l) => l.contact?.mobile ?? null },
      { header: '电子邮箱', width: 26, value: (l) => l.contact?.email ?? null },
    ],
    rows: lines,
    totals: { label: '合计', values: { 单位名称: `${units.length}个单位`, 姓名: `${contacts}人`, 类别: `${missing}个单位未报送` } },
    note: `依据实施方案：各单位把负责人名单和联系方式报送${office.name}。`,
  });
  return workbookBuffer(wb);
}
