import { Injectable } from '@nestjs/common';
import { type AuthUser, canSeeUnit, scopedUnitId } from '../identity/current-user.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { invalid, notFound } from '../common/errors.ts';
import { Page, type ListQuery } from '../common/list-query.ts';
import type { Db } from '../database/prisma.service.ts';
import { UnitsRepository } from '../units/units.repository.ts';
import { ContactsRepository } from './contacts.repository.ts';
import { type ContactFilter, type CreateContactDto, toContactResponse, type UpdateContactDto } from './contacts.dto.ts';


/** Contacts: the office manages all; a unit's contact person manages their own unit's list. */
@Injectable()
export class ContactsService {
  constructor(
    private readonly repo: ContactsRepository,
    private readonly units: UnitsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(q: ListQuery<ContactFilter>, user: AuthUser) {
    const { items, total } = await this.repo.list(q, scopedUnitId(user));
    return new Page('contacts', items.map(toContactResponse), total, q.skip);
  }

  async get(id: number, user: AuthUser) {
    return toContactResponse(await this.visible(id, user));
  }

  async create(dto: CreateContactDto, user: AuthUser) {
    if (!canSeeUnit(user, dto.unitId)) throw invalid('unitId', '只能为本单位添加联系人');
    const contact = await this.audit.create({
      user,
      resource: 'contacts',
      unitField: 'unitId',
      work: async (tx) => {
        if (!(await this.units.findById(dto.unitId, tx))) throw invalid('unitId', '单位不存在');
        if (dto.primary) await this.repo.clearPrimary(tx, dto.unitId);
        return this.repo.create(tx, dto);
      },
    });
    return toContactResponse(contact);
  }

  async update(id: number, dto: UpdateContactDto, user: AuthUser) {
    const contact = await this.audit.update({
      user,
      resource: 'contacts',
      unitField: 'unitId',
      load: (tx) => this.visibleOrNull(id, user, tx),
      work: async (tx, before) => {
        if (dto.primary) await this.repo.clearPrimary(tx, before.unitId, id);
        return this.repo.update(tx, id, dto);
      },
    });
    return toContactResponse(contact);
  }

  async delete(id: number, user: AuthUser) {
    const contact = await this.audit.delete({
      user,
      resource: 'contacts',
      unitField: 'unitId',
      load: (tx) => this.visibleOrNull(id, user, tx),
      work: (tx) => this.repo.delete(tx, id),
    });
    return toContactResponse(contact);
  }

  private async visibleOrNull(id: number, user: AuthUser, db?: Db) {
    const contact = await this.repo.findById(id, db);
    return contact && canSeeUnit(user, contact.unitId) ? contact : null;
  }

  private async visible(id: number, user: AuthUser) {
    return (await this.visibleOrNull(id, user)) ?? Promise.reject(notFound('联系人'));
  }
}
