import { Alert, Button, Checkbox, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard, RecordIdCheckResult } from '../../../shared/checkin/contract';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { PhotoCapture, type Photo } from './PhotoCapture';

/**
 * The identity-check form (DAY-3..DAY-6): document type, number with live validation, expiry,
 * original presented, name on the document, photo match, the staff check for a mainland ID card,
 * and a desk photo. Submitting appends one record to the chained identity-check log.
 */
export function IdCheckForm({
  card,
  today,
  onRecorded,
}: {
  card: CheckinCard;
  today: string;
  onRecorded(result: RecordIdCheckResult): void;
}) {
  const { t } = useTranslation('checkin');
  const { t: ti } = useTranslation('identity');
  const { t: td } = useTranslation('desk');
  const [type, setType] = useState<DocumentType>((DOCUMENT_TYPES as readonly string[]).includes(card.documentType) ? (card.documentType as DocumentType) : 'CN_ID');
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [longTerm, setLongTerm] = useState(false);
  const [original, setOriginal] = useState(false);
  const [nameOnDocument, setNameOnDocument] = useState(card.candidateName);
  const [photoMatches, setPhotoMatches] = useState(false);
  const [staffCheck, setStaffCheck] = useState<'pass' | 'fail' | 'pending'>('pending');
  const [photo, setPhoto] = useState<Photo | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  const check = number.trim() ? validateDocument(type, number, { today }) : null;
  const liveError = check && !check.ok ? ti(`error.${check.code}`) : null;

  const submit = async () => {
    setBusy(true);
    setError(null);
    setInvalid(null);
    const r = await desk.call('checkin.recordIdCheck', {
      appointmentId: card.appointmentId,
      documentType: type,
      documentNumber: number,
      expiryDate: longTerm ? null : expiry || null,
      originalPresented: original,
      nameOnDocument: nameOnDocument.trim() || card.candidateName,
      photoMatches,
      staffCheck: type === 'CN_ID' && staffCheck !== 'pending' ? staffCheck : null,
      ...(photo ? { photo } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.status === 'invalid-number') setInvalid(ti(`error.${r.value.code}`));
    else setNumber('');
    onRecorded(r.value);
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="idcheck-form"
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label={t('identity.form.documentType')}
            value={type}
            onChange={(v) => v && setType(v as DocumentType)}
            allowDeselect={false}
            data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`identity.documentType.${d}`) }))}
            data-testid="idcheck-type"
          />
          <TextInput
            label={t('identity.form.documentNumber')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            error={liveError}
            description={!liveError ? ti(`formatHint.${type}`) : undefined}
            autoComplete="off"
            spellCheck={false}
            data-testid="idcheck-number"
          />
        </Group>
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('identity.form.expiryDate')}
            value={expiry}
            disabled={longTerm}
            onChange={(e) => setExpiry(e.currentTarget.value)}
            data-testid="idcheck-expiry"
          />
          <Checkbox label={t('identity.form.longTerm')} checked={longTerm} onChange={(e) => setLongTerm(e.currentTarget.checked)} mb={8} />
        </Group>
        <TextInput
          label={t('identity.form.nameOnDocument')}
          value={nameOnDocument}
          onChange={(e) => setNameOnDocument(e.currentTarget.value)}
          data-testid="idcheck-name"
        />
        <Checkbox label={t('identity.form.originalPresented')} checked={original} onChange={(e) => setOriginal(e.currentTarget.checked)} data-testid="idcheck-original" />
        <Checkbox label={t('identity.form.photoMatches')} checked={photoMatches} onChange={(e) => setPhotoMatches(e.currentTarget.checked)} data-testid="idcheck-photo-matches" />
        {type === 'CN_ID' && (
          <div>
            <Text size="sm" fw={500}>
              {t('identity.form.staffCheck')}
            </Text>
            <SegmentedControl
              value={staffCheck}
              onChange={(v) => setStaffCheck(v as typeof staffCheck)}
              data={[
                { value: 'pass', label: t('identity.form.staffPass') },
                { value: 'fail', label: t('identity.form.staffFail') },
                { value: 'pending', label: t('identity.form.staffPending') },
              ]}
              data-testid="idcheck-staff"
            />
          </div>
        )}
        <div>
          <Text size="sm" fw={500}>
            {t('identity.form.photo')}
          </Text>
          <PhotoCapture photo={photo} onPhoto={setPhoto} />
        </div>
        {invalid && <Alert color="red">{t('identity.invalidNumber')} {invalid}</Alert>}
        {error && <Alert color="red">{errorText(td, error)}</Alert>}
        <Button type="submit" loading={busy} disabled={!number.trim()} data-testid="idcheck-submit">
          {t('identity.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
