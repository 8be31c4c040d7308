// The 催报通知 (DESIGN.md §2.6) in the house style of the circular (documents/house-style.ts): 版头, the title,
// the unit as 主送, each overdue or returned report with its due date and the days overdue, the deadline to
// file, the office's contact, 署名 and date kept with the last paragraph.
import type { FileChild } from 'docx';
import { bodyParagraph, letterhead, packHouseDocument, signature } from '../documents/house-style.ts';

export interface ChaseLetterItem {
  streamName: string;
  /** '2026年9月' and the like. */
  periodLabel: string;
  /** '2026年10月12日'. */
  dueLabel: string;
  returned: boolean;
  returnReason: string | null;
  daysOverdue: number;
}

export interface ChaseLetterDocument {
  issuingBody: string;
  numberText: string;
  unitName: string;
  /** '2026年11月27日': the day the letter is made (the state it reports). */
  dateLabel: string;
  deadlineLabel: string;
  items: readonly ChaseLetterItem[];
  /** '联系电话：2605859；地址：…' or null. */
  contact: string | null;
  madeAt: Date;
}

export const chaseLetterTitle = (unitName: string) => `关于督促${unitName}报送社会信用信息的通知`;

function itemText(item: ChaseLetterItem, index: number): string {
  const what = `${index + 1}. ${item.streamName}（${item.periodLabel}），应于${item.dueLabel}前报送`;
  const late = item.daysOverdue > 0 ? `，已逾期${item.daysOverdue}天` : '';
  if (!item.returned) return `${what}，至今未报送${late}。`;
  const reason = item.returnReason?.trim() ? `（退回原因：${item.returnReason.trim().replace(/[。.]$/, '')}）` : '';
  return `${what}，报送材料经审核退回${reason}，尚未重新报送${late}。`;
}

export function chaseLetterText(doc: ChaseLetterDocument): string[] {
  const overdue = doc.items.filter((i) => !i.returned).length;
  const returned = doc.items.length - overdue;
  const counts = [overdue ? `逾期未报${overdue}项` : null, returned ? `退回待重报${returned}项` : null].filter(Boolean).join('、');
  return [
    `截至${doc.dateLabel}，你单位有${counts}社会信用信息报送任务尚未完成，具体如下：`,
    ...doc.items.map(itemText),
    `请你单位高度重视，于${doc.deadlineLabel}前通过信用办督查考核平台完成报送（被退回的请按审核意见修改后重新报送）。逾期仍未报送的，将在季度通报中予以通报，并按年度目标考核办法扣分。`,
    ...(doc.contact ? [`${doc.contact}。`] : []),
  ];
}

export async function renderChaseLetterDocx(doc: ChaseLetterDocument): Promise<Buffer> {
  const text = chaseLetterText(doc);
  const title = chaseLetterTitle(doc.unitName);
  const children: FileChild[] = [
    ...letterhead(doc.issuingBody, doc.numberText, title),
    bodyParagraph('addressee', `${doc.unitName}：`),
    ...text.map((t, i) => bodyParagraph('paragraph', t, i === text.length - 1)),
    ...signature(doc.issuingBody, doc.dateLabel),
  ];
  return packHouseDocument({ creator: doc.issuingBody, title, madeAt: doc.madeAt, children });
}
