// The office's channel settings (the SMS account, the office's robots, the contacts' defaults, the quiet hours),
// a unit's group robots, and the test message. Secrets go in sealed and never come out: answers say `hasSecret`
// and show a masked webhook; the audit log says '已更新' where a secret was given.
import type { ChannelSettingsInput, ChannelTestInput, RobotInput } from '@credit/contract/api';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import { AuditTrail } from '../audit-events/audit-trail.service.ts';
import { Clock } from '../clock/clock.ts';
import { type FieldErrors, invalid, notFound, ValidationFailed } from '../common/errors.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { TransactionRunner } from '../database/transaction-runner.ts';
import { type AuthUser, canSeeUnit } from '../identity/current-user.ts';
import type { ChannelSettingsStored } from '../settings/settings-keys.ts';
import { smsContent, TEST_POST } from './channel-content.ts';
import { ChannelOutbox } from './channel-outbox.service.ts';
import { robotTarget } from './channel-queue.ts';
import { ChannelSettings, SMS_NOT_CONFIGURED } from './channel-settings.ts';
import {
  channelStatus,
  DEFAULT_SMS_ENDPOINTS,
  DEFAULT_SMS_REGIONS,
  isWebUrl,
  robotErrors,
  SECRET_UPDATED,
  templateErrors,
  toChannelMessage,
  toRobotResponse,
  toSmsResponse,
} from './channels.dto.ts';
import { ChannelsRepository, type QueuedMessage } from './channels.repository.ts';
import { webhookHint } from './secret-box.ts';

const NO_TEST_TEMPLATE = '未配置“测试消息”短信模板，短信未发送';
const MOBILE = /^1\d{10}$/;

@Injectable()
export class ChannelsService {
  constructor(
    private readonly repo: ChannelsRepository,
    private readonly settings: ChannelSettings,
    private readonly outbox: ChannelOutbox,
    private readonly audit: AuditTrail,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getSettings() {
    const [view, counts] = await Promise.all([this.view(), this.repo.countByStatus()]);
    return { ...view, status: channelStatus(counts) };
  }

  async defaults() {
    const stored = await this.settings.stored();
    return { defaults: stored.defaults, quietHours: stored.quietHours, smsAvailable: Boolean(stored.sms?.secretSealed) };
  }

  async updateSettings(dto: ChannelSettingsInput, user: AuthUser) {
    const errors: FieldErrors = {};
    if (dto.sms) {
      Object.assign(errors, templateErrors(dto.sms.templates, 'sms.templates'));
      if (dto.sms.endpoint !== undefined && !isWebUrl(dto.sms.endpoint)) errors['sms.endpoint'] = '接口地址应为 http:// 或 https:// 开头的网址';
      if (!dto.sms.accessKeyId.trim()) errors['sms.accessKeyId'] = '请填写访问密钥编号';
      if (!dto.sms.signName.trim()) errors['sms.signName'] = '请填写短信签名';
      if (dto.sms.provider === 'TENCENT' && !dto.sms.appId?.trim()) errors['sms.appId'] = '腾讯云短信须填写短信应用编号';
    }
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
    await this.audit.update({
      user,
      resource: 'settings',
      load: (tx) => this.view(tx),
      work: async (tx) => {
        const stored = await this.settings.stored(tx);
        const next: ChannelSettingsStored = {
          sms: dto.sms === undefined ? stored.sms : this.nextSms(dto.sms, stored.sms),
          defaults: dto.defaults ?? stored.defaults,
          quietHours: dto.quietHours ?? stored.quietHours,
        };
        await this.settings.save(tx, next);
        if (dto.officeRobots) await this.applyRobots(tx, null, dto.officeRobots, 'officeRobots');
        return { ...(await this.view(tx)), ...this.secretMarkers(dto) };
      },
    });
    return this.getSettings();
  }

  async robots(unitId: number, user: AuthUser) {
    await this.visibleUnit(unitId, user);
    return (await this.repo.robots(unitId)).map(toRobotResponse);
  }

  async updateRobots(unitId: number, inputs: RobotInput[], user: AuthUser) {
    const after = await this.audit.update({
      user,
      resource: 'robots',
      unitField: 'unitId',
      load: async (tx) => ((await this.canReach(unitId, user, tx)) ? this.robotsView(unitId, tx) : null),
      work: async (tx) => {
        await this.applyRobots(tx, unitId, inputs, 'robots');
        return { ...(await this.robotsView(unitId, tx)), ...(inputs.some((r) => r.secret || r.webhookUrl) ? { secrets: SECRET_UPDATED } : {}) };
      },
    });
    return after.robots;
  }

  /** Queues one test message and attempts it right away (quiet hours do not apply); answers it with its status. */
  async sendTest(dto: ChannelTestInput, user: AuthUser) {
    const now = this.clock.now();
    const row = await this.testRow(dto);
    const id = await this.transactions.run(async (tx) => {
      const created = await this.repo.createOne(tx, row, now);
      await this.audit.record(tx, { user, action: 'TEST', resource: 'settings', recordId: 'channels', after: { channel: row.channel, target: row.recipientName ?? row.target } });
      return created;
    });
    if (row.status === 'PENDING') await this.outbox.attemptNow(id);
    const [message] = await this.repo.messages({ id });
    return toChannelMessage(message);
  }

  /** A notice's SMS and posts with their attempts (the office's view of a notice). */
  async messagesOf(noticeId: number) {
    return (await this.repo.messages({ noticeId })).map(toChannelMessage);
  }

  private async testRow(dto: ChannelTestInput): Promise<QueuedMessage> {
    const base = { noticeId: null, recipientName: null, robotId: null, status: 'PENDING' as const, lastError: null, segments: null, nextAttemptAt: this.clock.now() };
    if (dto.channel === 'ROBOT') {
      const robot = await this.repo.findRobot(dto.robotId);
      if (!robot) throw invalid('robotId', '该机器人不存在');
      return { ...base, channel: robot.kind, target: robotTarget(robot.id), robotId: robot.id, recipientName: robot.name ?? robot.webhookHint, content: { ...TEST_POST, mentionMobiles: [] } };
    }
    const mobile = dto.mobile.replace(/[\s-]/g, '');
    if (!MOBILE.test(mobile)) throw invalid('mobile', '手机号应为 11 位数字');
    const sms = (await this.settings.stored()).sms;
    const row = { ...base, channel: 'SMS' as const, target: mobile, content: {} };
    if (!sms?.secretSealed) return { ...row, status: 'SKIPPED', lastError: SMS_NOT_CONFIGURED };
    const template = sms.templates.test;
    if (!template) return { ...row, status: 'SKIPPED', lastError: NO_TEST_TEMPLATE };
    const content = smsContent('test', template, { unitName: null, obligation: null, link: this.config.publicUrl.replace(/\/+$/, '') }, sms.signName);
    return { ...row, content: { ...content }, segments: content.segments };
  }

  private nextSms(input: NonNullable<ChannelSettingsInput['sms']> | null, stored: ChannelSettingsStored['sms']): ChannelSettingsStored['sms'] {
    if (input === null) return null;
    const sameProvider = stored?.provider === input.provider;
    const secretSealed = input.accessKeySecret ? this.settings.box.seal(input.accessKeySecret) : (stored?.secretSealed ?? null);
    if (!secretSealed) throw invalid('sms.accessKeySecret', '请填写访问密钥');
    return {
      provider: input.provider,
      endpoint: input.endpoint?.trim() || (sameProvider ? stored.endpoint : DEFAULT_SMS_ENDPOINTS[input.provider]),
      accessKeyId: input.accessKeyId.trim(),
      secretSealed,
      appId: input.appId === undefined ? (sameProvider ? stored.appId : null) : input.appId,
      region: input.region?.trim() || (sameProvider ? stored.region : DEFAULT_SMS_REGIONS[input.provider]),
      signName: input.signName.trim(),
      templates: input.templates,
    };
  }

  /** Makes the scope's robots the list given: with `id` updated (omitted webhook / secret kept), without created. */
  private async applyRobots(tx: Tx, unitId: number | null, inputs: RobotInput[], field: string): Promise<void> {
    const existing = await this.repo.robots(unitId, tx);
    const errors = robotErrors(inputs, new Set(existing.map((r) => r.id)), field);
    if (Object.keys(errors).length > 0) throw new ValidationFailed(errors);
    const sealed = (r: RobotInput) => ({
      kind: r.kind,
      ...(r.name !== undefined ? { name: r.name?.trim() || null } : {}),
      ...(r.keyword !== undefined ? { keyword: r.keyword?.trim() || null } : {}),
      ...(r.webhookUrl !== undefined ? { webhookEnc: this.settings.box.seal(r.webhookUrl.trim()), webhookHint: webhookHint(r.webhookUrl.trim()) } : {}),
      ...(r.secret !== undefined ? { secretEnc: r.secret ? this.settings.box.seal(r.secret) : null } : {}),
    });
    const keep = inputs.filter((r) => r.id !== undefined).map((r) => ({ id: r.id!, ...sealed(r) }));
    const create = inputs
      .filter((r) => r.id === undefined)
      .map((r) => ({ name: null, keyword: null, secretEnc: null, ...sealed(r) }) as Parameters<ChannelsRepository['replaceRobots']>[3][number]);
    await this.repo.replaceRobots(tx, unitId, keep, create);
  }

  private secretMarkers(dto: ChannelSettingsInput) {
    return {
      ...(dto.sms?.accessKeySecret ? { accessKeySecret: SECRET_UPDATED } : {}),
      ...(dto.officeRobots?.some((r) => r.secret || r.webhookUrl) ? { secrets: SECRET_UPDATED } : {}),
    };
  }

  private async view(db?: Db) {
    const [stored, robots] = await Promise.all([this.settings.stored(db), this.repo.robots(null, db)]);
    return {
      id: 'channels' as const,
      sms: toSmsResponse(stored.sms),
      officeRobots: robots.map(toRobotResponse),
      defaults: stored.defaults,
      quietHours: stored.quietHours,
    };
  }

  private async robotsView(unitId: number, db: Db) {
    return { id: unitId, unitId, robots: (await this.repo.robots(unitId, db)).map(toRobotResponse) };
  }

  private async canReach(unitId: number, user: AuthUser, db?: Db): Promise<boolean> {
    return canSeeUnit(user, unitId) && (await this.repo.unitExists(unitId, db));
  }

  private async visibleUnit(unitId: number, user: AuthUser): Promise<void> {
    if (!(await this.canReach(unitId, user))) throw notFound('单位');
  }
}
