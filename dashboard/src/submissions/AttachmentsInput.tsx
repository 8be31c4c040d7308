import { useInput, useTranslate } from 'react-admin';
import { AttachmentPicker } from '../common/AttachmentPicker';
import type { UploadedAttachment } from '../common/api';

/** Attachments of a filing, in the filing form: the picker bound to the form's `attachments`. */
export const AttachmentsInput = ({ source = 'attachments' }: { source?: string }) => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source, defaultValue: [] });
  return (
    <AttachmentPicker
      value={field.value as UploadedAttachment[] | undefined}
      onChange={field.onChange}
      title={translate('app.filing.attachments')}
      error={fieldState.error?.message ? translate(fieldState.error.message) : undefined}
    />
  );
};
