import { useTranslation } from 'react-i18next';
import { useDeskQuery } from '../ipc/query';
import { SetupChecklist } from './SetupChecklist';

/** Today's (and the Data screen's) short list of what the desk still lacks, with a button to each step. */
export function MissingSteps({ only, forImport = false }: { only?: readonly string[]; forImport?: boolean }) {
  const { t } = useTranslation('center');
  const checklist = useDeskQuery('center.checklist', {});
  const missing = (checklist.data?.missing ?? []).filter((s) => !only || only.includes(s));
  return <SetupChecklist missing={missing} {...(forImport ? { title: t('importNeedsCenter') } : {})} />;
}
