import type { I18n } from '@/lib/i18n/format';

/** The words `copyText` writes around the terms (lib/invitations/copy-formats.ts), in the UI language. */
export function copyLabels(t: I18n['t']) {
  return {
    yes: t('inv.yes'),
    no: t('inv.no'),
    autoApproveLabel: t('inv.copy.autoApprove'),
    labels: {
      name: t('inv.field.collaborationName'),
      message: t('inv.field.message'),
      endDate: t('inv.field.endDate'),
      productIds: t('inv.copy.productIds'),
      commission: t('inv.copy.commission'),
      email: t('inv.field.email'),
      freeSample: t('inv.field.freeSample'),
    },
  };
}
