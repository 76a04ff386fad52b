import { Alert, Button, Checkbox, Group, List, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckinCard, RecordIdCheckResult } from '../../../shared/checkin/contract';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import type { IpcError } from '../../../shared/ipc/result';
import { errorText } from '../../../shared/i18n/error-text';
import { desk } from '../ipc/client';
import { formatExpiry, judgeIdForm, type FieldNote, type FormField } from './id-form-judge';
import { PhotoCapture, type Photo } from './PhotoCapture';
import { KeyHint, StepHead } from './StepHead';

/**
 * Steps 2 and 3 of the guided check-in (DAY-3..DAY-5): the document (a reader types the number
 * and Enter, which moves on and never submits), its expiry or long-term, the name on it with the
 * match shown; then the original, the face and the staff check. Each failing field says why
 * before anything is sent; "record" is offered only when the form can be judged, and a failed
 * check is recorded only with its own button. The number is never cleared on a failure.
 */
export function IdCheckForm({
  card,
  today,
  autoFocus,
  onRecorded,
}: {
  card: CheckinCard;
  today: string;
  autoFocus: boolean;
  onRecorded(result: RecordIdCheckResult): void;
}) {
  const { t } = useTranslation('checkin');
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
  // Step 3 is still ahead until the proctor confirms or changes one of its checks.
  const [checksTouched, setChecksTouched] = useState(false);
  const expiryRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  const form = { type, number, expiry, longTerm, nameOnDocument, original, photoMatches, staffCheck };
  const judged = judgeIdForm(form, { name: card.candidateName, pinyin: card.pinyin }, today);
  const note = (field: FormField): FieldNote | undefined => judged.pending.find((n) => n.field === field) ?? judged.failures.find((n) => n.field === field);
  const say = (n: FieldNote | undefined) => (n ? t(n.key, n.values ?? {}) : null);
  const numberNote = number.trim() ? note('number') : undefined;
  // The missing expiry is named once the number is in (before, the field is simply next).
  const expiryNote = note('expiry');
  const showExpiryNote = expiryNote && (expiry !== '' || (number.trim() !== '' && !numberNote));

  const submit = async (asRefusal: boolean, f = form) => {
    const j = judgeIdForm(f, { name: card.candidateName, pinyin: card.pinyin }, today);
    if (!j.judgeable || (asRefusal ? j.passes : !j.passes)) return;
    setBusy(true);
    setError(null);
    setInvalid(null);
    const r = await desk.call('checkin.recordIdCheck', {
      appointmentId: card.appointmentId,
      documentType: f.type,
      documentNumber: f.number,
      expiryDate: f.longTerm ? null : f.expiry || null,
      longTerm: f.longTerm,
      originalPresented: f.original,
      nameOnDocument: f.nameOnDocument.trim() || card.candidateName,
      photoMatches: f.photoMatches,
      staffCheck: f.type === 'CN_ID' && f.staffCheck !== 'pending' ? f.staffCheck : null,
      ...(photo ? { photo } : {}),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.status === 'invalid-number') {
      setInvalid(t(`identity:error.${r.value.code}`));
      numberRef.current?.focus();
    }
    onRecorded(r.value);
  };

  /** Step 3 in one key: original, face and staff check confirmed; recorded when all passes. */
  const confirmAll = () => {
    const f = { ...form, original: true, photoMatches: true, staffCheck: type === 'CN_ID' ? ('pass' as const) : staffCheck };
    setChecksTouched(true);
    setOriginal(true);
    setPhotoMatches(true);
    setStaffCheck(f.staffCheck);
    void submit(false, f);
  };

  // The failures of steps 2 are named at once; the unconfirmed checks of step 3 once it is reached.
  const step3 = new Set<FormField>(['original', 'photo', 'staff']);
  const shownFailures = judged.failures.filter((n) => checksTouched || !step3.has(n.field) || (n.field === 'staff' && staffCheck === 'fail'));
  const nameText =
    judged.nameMatch === 'mismatch'
      ? t('flow.nameMatch.mismatch', { name: card.candidateName, pinyin: card.pinyin ?? '—' })
      : judged.nameMatch
        ? t(`flow.nameMatch.${judged.nameMatch}`)
        : undefined;

  return (
    <Stack gap={6} data-testid="idcheck-form">
      <StepHead n={2} label={t('flow.step.document')} keys={<><KeyHint k="Enter" text={t('flow.keys.next')} /><KeyHint k="L" text={t('flow.keys.longTerm')} /></>} />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select
          w={150}
          size="xs"
          label={t('identity.form.documentType')}
          value={type}
          onChange={(v) => v && setType(v as DocumentType)}
          allowDeselect={false}
          data={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(`identity.documentType.${d}`) }))}
          comboboxProps={{ width: 260 }}
          data-testid="idcheck-type"
        />
        <TextInput
          ref={numberRef}
          w={210}
          size="xs"
          label={t('identity.form.documentNumber')}
          value={number}
          autoFocus={autoFocus}
          onChange={(e) => setNumber(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            // The field's own value: a document reader's burst may have just replaced it.
            if (validateDocument(type, e.currentTarget.value, { today }).ok) (longTerm || expiry ? confirmRef : expiryRef).current?.focus();
          }}
          error={say(numberNote) ?? invalid}
          autoComplete="off"
          spellCheck={false}
          data-document-type={type}
          data-testid="idcheck-number"
        />
        <Stack gap={2}>
          <TextInput
            ref={expiryRef}
            w={150}
            size="xs"
            label={t('identity.form.expiryDate')}
            placeholder={t('flow.expiryPlaceholder')}
            value={longTerm ? '' : expiry}
            disabled={longTerm}
            inputMode="numeric"
            onChange={(e) => setExpiry(formatExpiry(e.currentTarget.value))}
            onKeyDown={(e) => {
              if (e.key === 'l' || e.key === 'L') {
                e.preventDefault();
                setLongTerm(true);
                setTimeout(() => confirmRef.current?.focus());
              } else if (e.key === 'Enter') {
                e.preventDefault();
                if (!note('expiry') || judged.failures.some((n) => n.field === 'expiry')) confirmRef.current?.focus();
              }
            }}
            error={showExpiryNote ? say(expiryNote) : undefined}
            title={t('flow.expiryHint')}
            autoComplete="off"
            data-testid="idcheck-expiry"
          />
          <Checkbox size="xs" label={t('identity.form.longTerm')} checked={longTerm} onChange={(e) => setLongTerm(e.currentTarget.checked)} data-testid="idcheck-longterm" />
        </Stack>
        <TextInput
          w={170}
          size="xs"
          label={t('identity.form.nameOnDocument')}
          value={nameOnDocument}
          onChange={(e) => setNameOnDocument(e.currentTarget.value)}
          description={judged.nameMatch !== 'mismatch' ? nameText : undefined}
          error={judged.nameMatch === 'mismatch' ? nameText : say(note('name'))}
          data-testid="idcheck-name"
          data-match={judged.nameMatch ?? ''}
        />
      </Group>
      <StepHead n={3} label={t('flow.step.photo')} keys={<KeyHint k="Enter" text={t('flow.keys.confirmAll')} />} />
      <Group gap="sm" align="center" wrap="nowrap">
        <Button ref={confirmRef} size="xs" color="teal" onClick={confirmAll} loading={busy} data-testid="idcheck-confirm-all">
          {t('flow.confirmAll')} ⏎
        </Button>
        <Checkbox size="xs" label={t('identity.form.originalPresented')} checked={original} onChange={(e) => {
            setChecksTouched(true);
            setOriginal(e.currentTarget.checked);
          }} data-testid="idcheck-original" />
        <Checkbox size="xs" label={t('identity.form.photoMatches')} checked={photoMatches} onChange={(e) => {
            setChecksTouched(true);
            setPhotoMatches(e.currentTarget.checked);
          }} data-testid="idcheck-photo-matches" />
        {type === 'CN_ID' && (
          <SegmentedControl
            size="xs"
            value={staffCheck}
            onChange={(v) => {
              setChecksTouched(true);
              setStaffCheck(v as typeof staffCheck);
            }}
            aria-label={t('identity.form.staffCheck')}
            data={[
              { value: 'pass', label: t('identity.form.staffPass') },
              { value: 'fail', label: t('identity.form.staffFail') },
              { value: 'pending', label: t('identity.form.staffPending') },
            ]}
            data-testid="idcheck-staff"
          />
        )}
        <PhotoCapture photo={photo} onPhoto={setPhoto} compact />
      </Group>
      {judged.judgeable && shownFailures.length > 0 && (
        <Alert color="red" p="xs" title={t('flow.refusalTitle')} data-testid="idcheck-reasons">
          <List size="sm">
            {(checksTouched ? judged.failures : shownFailures).map((n) => (
              <List.Item key={n.field} data-field={n.field}>
                {say(n)}
              </List.Item>
            ))}
          </List>
          <Group mt={4} gap="xs">
            <Button size="xs" color="red" variant="filled" onClick={() => void submit(true)} loading={busy} data-testid="idcheck-refuse">
              {t('flow.recordRefusal')}
            </Button>
            <Text size="xs">{t('flow.refusalHint')}</Text>
          </Group>
        </Alert>
      )}
      {!judged.judgeable && number.trim() !== '' && (
        <Text size="xs" c="dimmed" data-testid="idcheck-pending">
          {t('flow.pending', { fields: judged.pending.map((n) => say(n)).join(' ') })}
          {numberNote ? ` ${t('flow.numberKept')}` : ''}
        </Text>
      )}
      {invalid && <Alert color="red" p="xs">{t('identity.invalidNumber')} {invalid}</Alert>}
      {error && <Alert color="red" p="xs">{errorText(td, error)}</Alert>}
      <Group gap="xs">
        <Button size="xs" onClick={() => void submit(false)} loading={busy} disabled={!judged.passes} data-testid="idcheck-submit">
          {t('flow.recordPass')}
        </Button>
      </Group>
    </Stack>
  );
}
