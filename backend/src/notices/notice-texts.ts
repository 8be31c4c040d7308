// The Chinese texts of the four notices: what is due or overdue, since when, and what to do. Pure functions
// of the obligations and the day; the mail adds the greeting, the link to the desk and the office's details.
import { daysBetween, type LocalDate, shanghaiDate, weekday } from '../domain/dates.ts';
import { chineseDate, periodLabel } from '../domain/labels.ts';

/** One obligation as a notice lists it. */
export interface ChaseLine {
  id: number;
  unitId: number;
  unitName: string;
  streamName: string;
  period: string;
  dueAt: Date;
}

export interface NoticeText {
  title: string;
  body: string;
}

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

const dueDateOf = (o: ChaseLine): LocalDate => shanghaiDate(o.dueAt);
const what = (o: ChaseLine) => `${o.streamName}（${periodLabel(o.period)}）`;
const numbered = (lines: string[]) => lines.map((l, i) => `${i + 1}. ${l}`).join('\n');

function overdueLine(o: ChaseLine, day: LocalDate): string {
  const due = dueDateOf(o);
  return `${what(o)}，应于${chineseDate(due)}前报送，已逾期${daysBetween(due, day)}天`;
}

const ASSESSMENT_NOTE = '逾期未报情况将计入季度通报和年度目标考核。';

export function reminderText(unitName: string, lines: ChaseLine[]): NoticeText {
  const items = lines.map((o) => {
    const due = dueDateOf(o);
    return `${what(o)}，截止时间：${chineseDate(due)}（星期${WEEKDAYS[weekday(due)]}）24时前`;
  });
  return {
    title: `【报送提醒】${unitName}有${lines.length}项报送即将截止`,
    body: [
      `${unitName}以下${lines.length}项报送即将到截止时间，目前尚未报送：`,
      '',
      numbered(items),
      '',
      '请在截止时间前登录信用办督查考核平台报送；本期确无数据的，请选择“无数据”并填写情况说明。',
    ].join('\n'),
  };
}

export function overdueText(unitName: string, lines: ChaseLine[], day: LocalDate): NoticeText {
  return {
    title: `【逾期通知】${unitName}有${lines.length}项报送已逾期`,
    body: [
      `截至${chineseDate(day)}，${unitName}以下${lines.length}项报送已超过截止时间，尚未报送（或被退回后未重新报送）：`,
      '',
      numbered(lines.map((o) => overdueLine(o, day))),
      '',
      '请尽快登录信用办督查考核平台补报。因故未能按时报送的，请在平台提交未报说明，经信用办审核采纳后按“已说明”处理。',
      ASSESSMENT_NOTE,
    ].join('\n'),
  };
}

export function escalationText(
  unitName: string,
  lines: ChaseLine[],
  day: LocalDate,
  escalateWorkdays: number,
  leaderKnown: boolean,
): NoticeText {
  return {
    title: `【逾期督办】${unitName}有${lines.length}项报送逾期超过${escalateWorkdays}个工作日`,
    body: [
      `${unitName}以下${lines.length}项报送截止后已超过${escalateWorkdays}个工作日仍未报送，现提请分管领导督促办理：`,
      '',
      numbered(lines.map((o) => overdueLine(o, day))),
      '',
      '请督促本单位信用工作联系人尽快登录信用办督查考核平台补报，或提交未报说明。',
      ASSESSMENT_NOTE,
      ...(leaderKnown ? [] : ['', '（该单位尚未登记分管领导的电子邮箱，本通知仅送信用办。请在“联系人”中补充。）']),
    ].join('\n'),
  };
}

/** A summary names at most this many units (the mail stays readable at province scale); the rest are counted. */
export const SUMMARY_MAX_UNITS = 200;

export function summaryText(dueDate: LocalDate, missing: ChaseLine[], day: LocalDate, escalateWorkdays: number): NoticeText {
  const byUnit = new Map<number, ChaseLine[]>();
  for (const o of missing) byUnit.set(o.unitId, [...(byUnit.get(o.unitId) ?? []), o]);
  const units = [...byUnit.values()];
  if (units.length === 0) {
    return {
      title: `【催报汇总】${chineseDate(dueDate)}截止的报送已全部报送`,
      body: `截至${chineseDate(day)}，截止日期在${chineseDate(dueDate)}及以前的报送均已报送或已处理，没有未报单位。`,
    };
  }
  const rows = units
    .slice(0, SUMMARY_MAX_UNITS)
    .map((ls) => `${ls[0].unitName}（${ls.length}项）：${ls.map(what).join('；')}`);
  const more = units.length - rows.length;
  // The title says what the list holds: every report due on or before the day, the oldest named.
  const oldest = missing.reduce((a, b) => (b.dueAt < a.dueAt ? b : a));
  const scope =
    dueDateOf(oldest) < dueDate
      ? `${chineseDate(dueDate)}及以前截止的报送（最早${oldest.period === 'ONCE' ? `于${chineseDate(dueDateOf(oldest))}截止` : `为${periodLabel(oldest.period)}`}）`
      : `${chineseDate(dueDate)}截止的报送`;
  return {
    title: `【催报汇总】${scope}：${units.length}个单位共${missing.length}项尚未报送`,
    body: [
      `截至${chineseDate(day)}，截止日期在${chineseDate(dueDate)}及以前的报送中，以下${units.length}个单位共${missing.length}项尚未报送：`,
      '',
      numbered(rows),
      ...(more > 0 ? [`……另有${more}个单位，完整名单请在平台“应报事项”中按“逾期未报”筛选查看。`] : []),
      '',
      `已向上述单位发送逾期通知；逾期超过${escalateWorkdays}个工作日的，另行提请其分管领导督办。`,
    ].join('\n'),
  };
}
