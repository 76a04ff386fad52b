import { Alert, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ZONE, type CenterView } from '../../../shared/center/contract';
import type { ChannelName } from '../../../shared/ipc/contract';
import { ErrorNote } from '../ipc/ErrorNote';
import { latestOf } from '../ipc/latest';
import { useDeskMutation, useDeskQuery } from '../ipc/query';

/** What a center's details change: the center itself, the set-up checklist, Today's header, the profiles chosen. */
const CENTER_READS: readonly ChannelName[] = ['center.get', 'center.checklist', 'center.profiles', 'rules.profiles', 'today.overview'];

type Details = Pick<CenterView, 'code' | 'name' | 'nameEn' | 'address' | 'city' | 'timeZone'>;
const EMPTY: Details = { code: '', name: '', nameEn: '', address: '', city: '', timeZone: DEFAULT_ZONE };

const zones = (): string[] => {
  const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  return all.includes(DEFAULT_ZONE) ? all : [DEFAULT_ZONE, ...all];
};

/**
 * The center's details. Without a center: the set-up form (code, names, address, time zone with
 * Asia/Shanghai by default, the profiles it applies). With one: name and address editable, the
 * time zone only while nothing is scheduled (the screen says why otherwise).
 */
export function CenterForm({ center }: { center: CenterView | null }) {
  const { t, i18n } = useTranslation('center');
  // What the manager typed; until then (and again once saved) the center's stored details.
  const [draft, setDraft] = useState<Details | null>(null);
  const form: Details = draft ?? (center ? { code: center.code, name: center.name, nameEn: center.nameEn, address: center.address, city: center.city, timeZone: center.timeZone } : EMPTY);
  const setForm = setDraft;
  const [profiles, setProfiles] = useState<string[] | null>(null);
  const shipped = useDeskQuery('center.profiles', {});
  const setup = useDeskMutation('center.setup', { invalidates: CENTER_READS });
  const update = useDeskMutation('center.update', { invalidates: CENTER_READS });
  const last = latestOf(setup, update);
  const zoneList = useMemo(() => zones(), []);
  const ids = [...new Set((shipped.data ?? []).map((p) => p.id))];
  const chosen = profiles ?? ids;
  const locked = center !== null && center.scheduled.sessions + center.scheduled.appointments > 0;
  const field = (k: keyof typeof form) => ({ value: form[k], onChange: (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value }) });

  const submit = () => {
    const { code, ...editable } = form;
    const saved = { onSuccess: () => setDraft(null) };
    if (center) update.mutate(editable, saved);
    else setup.mutate({ ...form, code, profiles: chosen }, saved);
  };
  const done = last === update && update.isSuccess ? t('form.saved') : last === setup && setup.data ? t('form.created', { code: setup.data.code }) : null;

  return (
    <Stack maw={640} gap="sm">
      <Group grow align="flex-start">
        <TextInput label={t('form.code')} placeholder="SZ-NS-01" {...field('code')} disabled={center !== null} required data-testid="center-code" />
        <Select label={t('form.timeZone')} data={zoneList} value={form.timeZone} onChange={(v) => v && setForm({ ...form, timeZone: v })} searchable allowDeselect={false} disabled={locked} data-testid="center-zone" />
      </Group>
      {locked && center && (
        <Text size="sm" c="dimmed" data-testid="zone-locked">
          {t('form.zoneLocked', center.scheduled)}
        </Text>
      )}
      <Group grow>
        <TextInput label={t('form.name')} {...field('name')} required data-testid="center-name-input" />
        <TextInput label={t('form.nameEn')} {...field('nameEn')} data-testid="center-name-en" />
      </Group>
      <Group grow>
        <TextInput label={t('form.address')} {...field('address')} data-testid="center-address" />
        <TextInput label={t('form.city')} {...field('city')} maw={200} data-testid="center-city" />
      </Group>
      {!center && shipped.data && (
        <Checkbox.Group label={t('form.profiles')} value={chosen} onChange={setProfiles}>
          <Group mt={4} gap="md">
            {ids.map((id) => {
              const p = shipped.data!.find((x) => x.id === id)!;
              return <Checkbox key={id} value={id} label={`${p.sponsor} · ${i18n.language === 'en' ? p.name.en : p.name['zh-CN']}`} data-testid={`center-profile-${id}`} />;
            })}
          </Group>
        </Checkbox.Group>
      )}
      <Group>
        <Button onClick={submit} loading={last?.isPending} data-testid="center-save">
          {center ? t('form.save') : t('form.create')}
        </Button>
      </Group>
      {done && (
        <Alert color="green" data-testid="center-done">
          {done}
        </Alert>
      )}
      <ErrorNote error={last?.error} testId="center-error" />
    </Stack>
  );
}
