// What a unit is told when the office decides about it (issue 17, DESIGN.md §2.9): a filing returned (with the
// reason and what to do) or accepted, an explanation decided, a bonus or an appeal decided, a circular or the
// preliminary assessment published. Plain functions: the title, and a body that stands alone in a mail.
import { chineseDate, periodLabel, pointsLabel } from '../domain/labels.ts';
import type { LocalDate } from '../domain/dates.ts';

export interface DecisionText {
  title: string;
  body: string;
}

const reasonLine = (reason: string | null | undefined) => (reason?.trim() ? `意见：${reason.trim().replace(/[。.]$/, '')}。` : '');

export function filingReturned(x: { unitName: string; streamName: string; period: string; version: number; reason: string | null; correctionUntil: LocalDate | null }): DecisionText {
  const what = `${x.streamName} ${periodLabel(x.period)}`;
  const until = x.correctionUntil ? `请于${chineseDate(x.correctionUntil)}前按审核意见修改后重新报送。` : '请按审核意见修改后尽快重新报送。';
  return { title: `【退回】${what}的报送被退回，请修改后重新报送`, body: `${x.unitName}：你单位报送的${what}（第${x.version}版）经审核退回。${reasonLine(x.reason)}${until}` };
}

export function filingAccepted(x: { unitName: string; streamName: string; period: string; version: number; late: boolean }): DecisionText {
  const what = `${x.streamName} ${periodLabel(x.period)}`;
  return { title: `【审核通过】${what}的报送已审核通过`, body: `${x.unitName}：你单位报送的${what}（第${x.version}版）已审核通过，记为${x.late ? '迟报' : '按时报送'}。` };
}

export function explanationDecided(x: { unitName: string; streamName: string; period: string; accepted: boolean; reason: string | null }): DecisionText {
  const what = `${x.streamName} ${periodLabel(x.period)}`;
  return x.accepted
    ? { title: `【未报说明】${what}的说明已采纳`, body: `${x.unitName}：你单位关于${what}的未报说明已采纳，该事项按“说明已采纳”计。${reasonLine(x.reason)}` }
    : { title: `【未报说明】${what}的说明不予采纳`, body: `${x.unitName}：你单位关于${what}的未报说明不予采纳，该事项仍按逾期未报计，请尽快补报。${reasonLine(x.reason)}` };
}

export function bonusDecided(x: { unitName: string; year: number; item: string; points: number; confirmed: boolean; reason: string | null }): DecisionText {
  return x.confirmed
    ? { title: `【加分申报】${x.year}年度“${x.item}”已确认`, body: `${x.unitName}：你单位申报的${x.year}年度加分项目“${x.item}”（${pointsLabel(x.points)}分）已确认，计入年度目标考核。${reasonLine(x.reason)}` }
    : { title: `【加分申报】${x.year}年度“${x.item}”不予确认`, body: `${x.unitName}：你单位申报的${x.year}年度加分项目“${x.item}”不予确认。${reasonLine(x.reason)}如有异议，可在初评公示期间提出申诉。` };
}

export function appealDecided(x: { unitName: string; year: number; subject: string; points: number; upheld: boolean; reason: string | null }): DecisionText {
  const verdict = x.upheld ? '申诉成立' : '申诉不成立';
  const effect = x.upheld ? `相应的${pointsLabel(x.points)}分已调整。` : '维持初评结果。';
  return { title: `【申诉复核】${x.year}年度考核申诉：${verdict}`, body: `${x.unitName}：你单位对“${x.subject}”提出的申诉经复核，${verdict}，${effect}${reasonLine(x.reason)}` };
}

export function circularPublished(x: { unitName: string; title: string; number: string; issuedOn: LocalDate }): DecisionText {
  return { title: `【通报】${x.title}（${x.number}）已印发`, body: `${x.unitName}：${x.number}《${x.title}》已于${chineseDate(x.issuedOn)}印发，请登录平台查阅并对照整改。` };
}

export function preliminaryPublished(x: { unitName: string; year: number; score: number; gradeLabel: string; rank: number; units: number; deadline: LocalDate }): DecisionText {
  return {
    title: `【初评公示】${x.year}年度目标考核初评结果已公示`,
    body: `${x.unitName}：${x.year}年度社会信用体系建设工作目标考核初评结果已公示。你单位得分${pointsLabel(x.score)}分，等次“${x.gradeLabel}”，在${x.units}个单位中排名第${x.rank}位。如有异议，请于${chineseDate(x.deadline)}前通过平台提出申诉。`,
  };
}
