import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { RegistryEvents } from '../common/registry-events.ts';
import { conflict, invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import type { Db } from '../database/prisma.service.ts';
import { fromDbDate, fromDbDateOrNull, toDbDate } from '../database/db-dates.ts';
import { StreamsRepository } from '../streams/streams.repository.ts';
import { UnitsRepository } from '../units/units.repository.ts';
import { AssignmentsRepository } from './assignments.repository.ts';
import {
  type AssignmentFilter,
  type CreateAssignmentDto,
  toAssignmentResponse,
  type UpdateAssignmentDto,
} from './assignments.dto.ts';


/** Which unit owes which stream, from when to when. History is kept: end an assignment, don't delete it. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly repo: AssignmentsRepository,
    private readonly units: UnitsRepository,
    private readonly streams: StreamsRepository,
    private readonly audit: AuditTrail,
    private readonly events: RegistryEvents,
  ) {}

  async list(q: ListQuery<AssignmentFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('assignments', items.map(toAssignmentResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const a = await this.repo.findById(id);
    if (!a || !canSeeUnit(user, a.unitId)) throw notFound('报送责任');
    return toAssignmentResponse(a);
  }

  async create(dto: CreateAssignmentDto, user: AuthUser) {
    const a = await this.audit.create({
      user,
      resource: 'assignments',
      unitField: 'unitId',
      work: async (tx) => {
        if (!(await this.units.findById(dto.unitId, tx))) throw invalid('unitId', '单位不存在');
        if (!(await this.streams.findById(dto.streamId, tx))) throw invalid('streamId', '报送事项不存在');
        const from = toDbDate(dto.validFrom);
        const to = dto.validTo ? toDbDate(dto.validTo) : null;
        await this.refuseOverlap(tx, { unitId: dto.unitId, streamId: dto.streamId, from, to });
        return this.repo.create(tx, { unitId: dto.unitId, streamId: dto.streamId, validFrom: from, validTo: to });
      },
    });
    await this.events.changed({ unitIds: [a.unitId], streamIds: [a.streamId] });
    return toAssignmentResponse(a);
  }

  async update(id: number, dto: UpdateAssignmentDto, user: AuthUser) {
    const a = await this.audit.update({
      user,
      resource: 'assignments',
      unitField: 'unitId',
      load: (tx) => this.repo.findById(id, tx),
      work: async (tx, before) => {
        const validFrom = dto.validFrom ?? fromDbDate(before.validFrom);
        const validTo = dto.validTo === undefined ? fromDbDateOrNull(before.validTo) : dto.validTo;
        if (validTo && validTo < validFrom) throw invalid('validTo', '结束日期不能早于开始日期');
        const from = toDbDate(validFrom);
        const to = validTo ? toDbDate(validTo) : null;
        await this.refuseOverlap(tx, { unitId: before.unitId, streamId: before.streamId, from, to, exceptId: id });
        return this.repo.update(tx, id, { validFrom: from, validTo: to });
      },
    });
    await this.events.changed({ unitIds: [a.unitId], streamIds: [a.streamId] });
    return toAssignmentResponse(a);
  }

  async delete(id: number, user: AuthUser) {
    const a = await this.audit.delete({
      user,
      resource: 'assignments',
      unitField: 'unitId',
      load: (tx) => this.repo.findById(id, tx),
      work: async (tx) => {
        if ((await this.repo.countObligations(tx, id)) > 0) {
          throw conflict('该报送责任已产生应报记录，不能删除；请设置结束日期');
        }
        await this.repo.delete(tx, id);
      },
    });
    return toAssignmentResponse(a);
  }

  private async refuseOverlap(db: Db, a: Parameters<AssignmentsRepository['findOverlap']>[1]) {
    const other = await this.repo.findOverlap(db, a);
    if (other) {
      throw conflict('该单位在这段时间内已承担此报送事项', { validFrom: '与已有的报送责任时间重叠' });
    }
  }
}
