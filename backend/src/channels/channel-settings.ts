// The channels' stored settings (key 'channels'): read with defaults, the SMS account opened for sending, the
// secrets sealed with the configured key (SecretBox) — nothing secret is ever stored or answered in plain.
import { Inject, Injectable } from '@nestjs/common';
import type { SmsProvider, SmsTemplate, SmsTemplateKind } from '@credit/contract/api';
import { APP_CONFIG, type AppConfig } from '../config/app-config.ts';
import type { Db, Tx } from '../database/prisma.service.ts';
import { type ChannelSettingsStored, parseSetting } from '../settings/settings-keys.ts';
import { Settings } from '../settings/settings.service.ts';
import type { SmsAccount } from './channel-request.ts';
import { SecretBox } from './secret-box.ts';

/** Why an SMS was not sent: the office has no (usable) SMS account. */
export const SMS_NOT_CONFIGURED = '未配置短信服务，短信未发送（由管理员在“渠道设置”中配置）';

export interface OpenedSms {
  provider: SmsProvider;
  account: SmsAccount;
  templates: Partial<Record<SmsTemplateKind, SmsTemplate>>;
}

@Injectable()
export class ChannelSettings {
  readonly box: SecretBox;

  constructor(
    private readonly settings: Settings,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.box = new SecretBox(config.channelSecretKey);
  }

  async stored(db?: Db): Promise<ChannelSettingsStored> {
    return (await this.settings.get('channels', db)) ?? parseSetting('channels', {});
  }

  save(tx: Tx, value: ChannelSettingsStored): Promise<void> {
    return this.settings.set(tx, 'channels', value);
  }

  /** The SMS account ready to sign with; null when none is configured (or its secret is missing). */
  async sms(db?: Db): Promise<OpenedSms | null> {
    const sms = (await this.stored(db)).sms;
    if (!sms?.secretSealed) return null;
    return {
      provider: sms.provider,
      account: {
        endpoint: sms.endpoint,
        accessKeyId: sms.accessKeyId,
        accessKeySecret: this.box.open(sms.secretSealed),
        appId: sms.appId,
        region: sms.region,
        signName: sms.signName,
      },
      templates: sms.templates,
    };
  }
}
