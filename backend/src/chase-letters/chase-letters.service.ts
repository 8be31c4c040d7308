// The 催报通知 for one unit (DESIGN.md §2.6): what it owes now (逾期未报, and returned reports not filed again),
// the deadline to file (three working days on, unless the office names one) and the office's contact; as
// .docx in the house style, and as PDF from it.
import { Injectable } from '@nestjs/common';
import { Clock } from '../clock/clock.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import type { Download } from '../common/downloads.ts';
import { addWorkdays } from '../domain/calendar.ts';
import { shanghaiDate } from '../domain/dates.ts';
import { chineseDate, periodLabel } from '../domain/labels.ts';
import { PdfConverter } from '../documents/pdf-converter.ts';
import { officeContact } from '../documents/office-contact.ts';
import { Settings } from '../settings/settings.service.ts';
import { chaseLetterTitle, renderChaseLetterDocx } from './chase-letter-docx.ts';
import { ChaseLettersRepository } from './chase-letters.repository.ts';

/** Working days the letter gives to file, unless the office names the deadline. */
export const CHASE_LETTER_WORKDAYS = 3;

@Injectable()
export class ChaseLettersService {
  constructor(
    private readonly clock: Clock,
    private readonly repo: ChaseLettersRepository,
    private readonly settings: Settings,
    private readonly pdfs: PdfConverter,
  ) {}

  async docx(unitId: number, deadline: string | undefined): Promise<Download> {
    const now = this.clock.now();
    const today = shanghaiDate(now);
    const due = deadline ?? addWorkdays(today, CHASE_LETTER_WORKDAYS);
    if (due < today) throw invalid('deadline', '报送期限不能早于今天');
    const unit = await this.repo.unit(unitId);
    if (!unit) throw notFound('单位');
    const rows = await this.repo.items(unitId, now);
    if (rows.length === 0) throw conflict(`${unit.name}目前没有逾期未报或被退回待重报的报送任务，无需催报`);
    const office = await this.settings.office();
    const issuingBody = office.issuingBody ?? office.signature;
    const content = await renderChaseLetterDocx({
      issuingBody,
      numberText: '',
      unitName: unit.name,
      dateLabel: chineseDate(today),
      deadlineLabel: chineseDate(due),
      items: rows.map((r) => ({
        streamName: r.stream_name,
        periodLabel: periodLabel(r.period),
        dueLabel: chineseDate(shanghaiDate(r.due_at)),
        returned: r.status === 'RETURNED',
        returnReason: r.return_reason,
        daysOverdue: r.days_overdue,
      })),
      contact: officeContact(office),
      madeAt: new Date(`${today}T00:00:00+08:00`),
    });
    return { fileName: `${chaseLetterTitle(unit.name)}（${today}）.docx`, content };
  }

  async pdf(unitId: number, deadline: string | undefined): Promise<Download> {
    const { fileName, content } = await this.docx(unitId, deadline);
    return { fileName: fileName.replace(/\.docx$/, '.pdf'), content: await this.pdfs.toPdf(content) };
  }
}
