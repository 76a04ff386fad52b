import { Alert, Button, Checkbox, Group, List, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordIdCheckSchema, type CheckinCard, type RecordIdCheckResult } from '../../../shared/checkin/contract';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/identity/document-types';
import { validateDocument } from '../../../shared/identity/permits';
import { schemaValidate } from '../forms/schema-resolver';
import { ErrorNote } from '../ipc/ErrorNote';
import { useDeskMutation } from '../ipc/query';
import { formatExpiry, judgeIdForm, type FieldNote, type FormField, type IdForm } from './id-form-judge';
import { PhotoCapture, type Photo } from './PhotoCapture';
import { KeyHint, StepHead } from './StepHead';

type IdFormValues = IdForm & { photo: Photo | null };

/** The form as 'checkin.recordIdCheck' receives it. */
const idCheckRequest = (appointmentId: number, candidateName: string) => (f: IdFormValues) => ({
  appointmentId,
  documentType: f.type,
  documentNumber: f.number,
  expiryDate: f.longTerm ? null : f.expiry || null,
  longTerm: f.longTerm,
  originalPresented: f.original,
  nameOnDocument: f.nameOnDocument.trim() || candidateName,
  photoMatches: f.photoMatches,
  staffCheck: f.type === 'CN_ID' && f.staffCheck !== 'pending' ? f.staffCheck : null,
  ...(f.photo ? { photo: f.photo } : {}),
});
/** The request's fields as the form names them. */
const FORM_FIELDS = { documentType: 'type', documentNumber: 'number', expiryDate: 'expiry', longTerm: 'longTerm', originalPresented: 'original' };

/**
 * Steps 2 and 3 of the guided check-in (DAY-3..DAY-5): the document (a reader types the number
 * and Enter, which moves on and never submits), its expiry or long-term, the name on it with the
 * match shown; then the original, the face and the staff check. Each failing field says why
 * before anything is sent; "record" is offered only when the form can be judged, and a failed
 * check is recorded only with its own button. The number is never cleared on a failure.
 */
export function IdCheckForm({ card, today, autoFocus, onRecorded }: { card: CheckinCard; today: string; autoFocus: boolean; onRecorded(result: RecordIdCheckResult): void }) {
  const { t } = useTranslation('checkin');
  const toRequest = idCheckRequest(card.appointmentId, card.candidateName);
  // id-form-judge says what the rules make of the form; the shared request schema (the very one
  // the desk checks) catches what it does not, such as an over-long number or name.
  const validate = schemaValidate<IdFormValues>(recordIdCheckSchema, toRequest, FORM_FIELDS);
  const idForm = useForm<IdFormValues>({
    initialValues: {
      type: (DOCUMENT_TYPES as readonly string[]).includes(card.documentType) ? (card.documentType as DocumentType) : 'CN_ID',
      number: '',
      expiry: '',
      longTerm: false,
      nameOnDocument: card.candidateName,
      original: false,
      photoMatches: false,
      staffCheck: 'pending',
      photo: null,
    },
    validate,
  });
  const form = idForm.values;
  const { type, number, expiry, longTerm, staffCheck } = form;
  const set = idForm.setFieldValue;
  // Step 3 is still ahead until the proctor confirms or changes one of its checks.
  const [checksTouched, setChecksTouched] = useState(false);
  const expiryRef = useRef<HTMLInputElement>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const record = useDeskMutation('checkin.recordIdCheck', {
    onSuccess: (value) => {
      if (value.status === 'invalid-number') numberRef.current?.focus();
      onRecorded(value);
    },
  });
  const busy = record.isPending;
  // The number is not a number of its type (the desk said so): named on the field, nothing recorded.
  const invalid = record.data?.status === 'invalid-number' ? t(`identity:error.${record.data.code}`) : null;

  const judged = judgeIdForm(form, { name: card.candidateName, pinyin: card.pinyin }, today);
  const note = (field: FormField): FieldNote | undefined => judged.pending.find((n) => n.field === field) ?? judged.failures.find((n) => n.field === field);
  const say = (n: FieldNote | undefined) => (n ? t(n.key, n.values ?? {}) : null);
  const numberNote = number.trim() ? note('number') : undefined;
  // The missing expiry is named once the number is in (before, the field is simply next).
  const expiryNote = note('expiry');
  const showExpiryNote = expiryNote && (expiry !== '' || (number.trim() !== '' && !numberNote));

  const submit = (asRefusal: boolean, f = form) => {
    const j = judgeIdForm(f, { name: card.candidateName, pinyin: card.pinyin }, today);
    if (!j.judgeable || (asRefusal ? j.passes : !j.passes)) return;
    const problems = validate(f);
    if (Object.keys(problems).length > 0) return idForm.setErrors(problems);
    record.mutate(toRequest(f));
  };

  /** Step 3 in one key: original, face and staff check confirmed; recorded when all passes. */
  const confirmAll = () => {
    const f = { ...form, original: true, photoMatches: true, staffCheck: type === 'CN_ID' ? ('pass' as const) : staffCheck };
    setChecksTouched(true);
    idForm.setValues({ original: true, photoMatches: true, staffCheck: f.staffCheck });
    submit(false, f);
  };

  // The failures of steps 2 are named at once; the unconfirmed checks of step 3 once it is reached.
  const step3 = new Set<FormField>(['original', 'photo', 'staff']);
  const shownFailures = judged.failures.filter((n) => checksTouched || !step3.has(n.field) || (n.field === 'staff' && staffCheck === 'fail'));
  const nameText = judged.nameMatch === 'mismatch' ? t('flow.nameMatch.mismatch', { name: card.candidateName, pinyin: card.pinyin ?? '—' }) : judged.nameMatch ? t(`flow.nameMatch.${judged.nameMatch}`) : undefined;

  return (
    <Stack gap={6} data-testid="idcheck-form">
      <StepHead
        n={2}
        label={t('flow.step.document')}
        keys={
          <>
            <KeyHint k="Enter" text={t('flow.keys.next')} />
            <KeyHint k="L" text={t('flow.keys.longTerm')} />
          </>
        }
      />
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Select
          w={150}
          size="xs"
          label={t('identity.form.documentType')}
          value={type}
          onChange={(v) => v && set('type', v as DocumentType)}
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
          onChange={(e) => set('number', e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            // The field's own value: a document reader's burst may have just replaced it.
            if (validateDocument(type, e.currentTarget.value, { today }).ok) (longTerm || expiry ? confirmRef : expiryRef).current?.focus();
          }}
          error={say(numberNote) ?? invalid ?? idForm.errors.number}
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
            onChange={(e) => set('expiry', formatExpiry(e.currentTarget.value))}
            onKeyDown={(e) => {
              if (e.key === 'l' || e.key === 'L') {
                e.preventDefault();
                set('longTerm', true);
                setTimeout(() => confirmRef.current?.focus());
              } else if (e.key === 'Enter') {
                e.preventDefault();
                if (!note('expiry') || judged.failures.some((n) => n.field === 'expiry')) confirmRef.current?.focus();
              }
            }}
            error={showExpiryNote ? say(expiryNote) : idForm.errors.expiry}
            title={t('flow.expiryHint')}
            autoComplete="off"
            data-testid="idcheck-expiry"
          />
          <Checkbox size="xs" label={t('identity.form.longTerm')} checked={longTerm} onChange={(e) => set('longTerm', e.currentTarget.checked)} data-testid="idcheck-longterm" />
        </Stack>
        <TextInput
          w={170}
          size="xs"
          label={t('identity.form.nameOnDocument')}
          value={form.nameOnDocument}
          onChange={(e) => set('nameOnDocument', e.currentTarget.value)}
          description={judged.nameMatch !== 'mismatch' ? nameText : undefined}
          error={judged.nameMatch === 'mismatch' ? nameText : (say(note('name')) ?? idForm.errors.nameOnDocument)}
          data-testid="idcheck-name"
          data-match={judged.nameMatch ?? ''}
        />
      </Group>
      <StepHead n={3} label={t('flow.step.photo')} keys={<KeyHint k="Enter" text={t('flow.keys.confirmAll')} />} />
      <Group gap="sm" align="center" wrap="nowrap">
        <Button ref={confirmRef} size="xs" color="teal" onClick={confirmAll} loading={busy} data-testid="idcheck-confirm-all">
          {t('flow.confirmAll')} ⏎
        </Button>
        <Checkbox
          size="xs"
          label={t('identity.form.originalPresented')}
          checked={form.original}
          onChange={(e) => {
            setChecksTouched(true);
            set('original', e.currentTarget.checked);
          }}
          data-testid="idcheck-original"
        />
        <Checkbox
          size="xs"
          label={t('identity.form.photoMatches')}
          checked={form.photoMatches}
          onChange={(e) => {
            setChecksTouched(true);
            set('photoMatches', e.currentTarget.checked);
          }}
          data-testid="idcheck-photo-matches"
        />
        {type === 'CN_ID' && (
          <SegmentedControl
            size="xs"
            value={staffCheck}
            onChange={(v) => {
              setChecksTouched(true);
              set('staffCheck', v as typeof staffCheck);
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
        <PhotoCapture photo={form.photo} onPhoto={(p) => set('photo', p)} compact />
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
            <Button size="xs" color="red" variant="filled" onClick={() => submit(true)} loading={busy} data-testid="idcheck-refuse">
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
      {invalid && (
        <Alert color="red" p="xs">
          {t('identity.invalidNumber')} {invalid}
        </Alert>
      )}
      <ErrorNote error={record.error} />
      <Group gap="xs">
        <Button size="xs" onClick={() => submit(false)} loading={busy} disabled={!judged.passes} data-testid="idcheck-submit">
          {t('flow.recordPass')}
        </Button>
      </Group>
    </Stack>
  );
}
