import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { conflict, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import { UnitsRepository } from './units.repository.ts';
import { type CreateUnitDto, toUnitResponse, type UnitFilter, type UpdateUnitDto } from './units.dto.ts';


@Injectable()
export class UnitsService {
  constructor(
    private readonly repo: UnitsRepository,
    private readonly audit: AuditTrail,
    private readonly clock: Clock,
  ) {}

  async list(q: ListQuery<UnitFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('units', items.map(toUnitResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    const unit = canSeeUnit(user, id) ? await this.repo.findById(id) : null;
    if (!unit) throw notFound('单位');
    return toUnitResponse(unit);
  }

  async create(dto: CreateUnitDto, user: AuthUser) {
    const unit = await this.audit.create({
      user,
      resource: 'units',
      unitField: 'id',
      work: async (tx) =>
        this.repo.create(tx, {
          ...dto,
          creditCode: dto.creditCode?.toUpperCase() ?? null,
          sortOrder: dto.sortOrder ?? (await this.repo.nextSortOrder(tx)),
          createdAt: this.clock.now(),
        }),
    });
    return toUnitResponse(unit);
  }

  async update(id: number, dto: UpdateUnitDto, user: AuthUser) {
    const unit = await this.audit.update({
      user,
      resource: 'units',
      unitField: 'id',
      load: (tx) => this.repo.findById(id, tx),
      work: (tx) => this.repo.update(tx, id, { ...dto, creditCode: dto.creditCode?.toUpperCase() ?? dto.creditCode }),
    });
    return toUnitResponse(unit);
  }

  async delete(id: number, user: AuthUser) {
    const unit = await this.audit.delete({
      user,
      resource: 'units',
      unitField: 'id',
      load: (tx) => this.repo.findById(id, tx),
      work: async (tx) => {
        if ((await this.repo.historyCount(tx, id)) > 0) {
          throw conflict('该单位已有报送记录或用户，不能删除；如不再报送，请将其设为停用');
        }
        await this.repo.delete(tx, id);
      },
    });
    return toUnitResponse(unit);
  }
}
