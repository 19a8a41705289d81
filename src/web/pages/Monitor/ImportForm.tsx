import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api } from '../../api/client';
import { FormSection } from '../../components/FormSection';
import { ErrorState, ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import '../../components/monitor/monitor.css';
import { nl } from '../../messages/nl';
import { ImportReportView } from './ImportReportView';
import {
  exampleMapping,
  IMPORT_KINDS,
  type ImportKind,
  ImportResponse,
  importFieldErrors,
  parseMapping,
  readAsBase64,
  reportOfRefusal,
} from './importMapping';

const t = nl.monitor.imports;
const FIELD_IDS = { kind: 'import-kind', file: 'import-file', mapping: 'import-mapping' };
const LABELS = { kind: t.kind, file: t.file, mapping: t.mapping };

/**
 * Reads a survey or population file: check first (dry run, nothing stored), then import. The
 * server's report is shown either way; a refusal (422) imports nothing and says so.
 */
export function ImportForm() {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('enquete');
  const [mapping, setMapping] = useState(exampleMapping('enquete'));
  const [file, setFile] = useState<File | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const run = useMutation({
    mutationFn: async (input: { dryRun: boolean; file: File; mapping: Record<string, unknown> }) => {
      const contentBase64 = await readAsBase64(input.file).catch(() => {
        throw new ApiError(0, { title: nl.errors.title, detail: t.fileUnreadable });
      });
      const body = {
        kind,
        fileName: input.file.name,
        contentBase64,
        mapping: input.mapping,
        dryRun: input.dryRun,
      };
      return {
        dryRun: input.dryRun,
        ...ImportResponse.parse(await api<unknown>('POST', '/api/monitor/imports', { body })),
      };
    },
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: ['monitor', 'imports'] });
    },
  });
  const refusal = reportOfRefusal(run.error);
  const server = importFieldErrors(run.error);
  const errors: Record<string, string> = { ...server, ...local };

  function changeKind(next: ImportKind) {
    // An untouched example follows the kind; an edited mapping stays as the user wrote it.
    if (mapping === exampleMapping(kind) || mapping.trim() === '') setMapping(exampleMapping(next));
    setKind(next);
    run.reset();
  }
  function start(dryRun: boolean) {
    const parsed = parseMapping(mapping);
    const found: Record<string, string> = {};
    if (!file) found.file = t.fileMissing;
    if (!parsed) found.mapping = t.mappingInvalid;
    setLocal(found);
    run.reset();
    if (file && parsed) run.mutate({ dryRun, file, mapping: parsed });
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    start(false);
  }
  const fileError = errors.file;
  return (
    <FormSection id="monitor-import" title={t.title}>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {run.isError && !refusal && Object.keys(server).length === 0 ? <ErrorState error={run.error} /> : null}
      <form className="samenhang-form monitor-mapping" onSubmit={submit} noValidate>
        <div id={FIELD_IDS.kind}>
          <FormFieldSelect
            label={t.kind}
            value={kind}
            invalid={Boolean(errors.kind)}
            errorMessage={errors.kind}
            onChange={(event) => changeKind(event.target.value as ImportKind)}
          >
            {IMPORT_KINDS.map((code) => (
              <SelectOption key={code} value={code}>
                {t.kinds[code] ?? code}
              </SelectOption>
            ))}
          </FormFieldSelect>
        </div>
        <div>
          <label htmlFor={FIELD_IDS.file} className="utrecht-form-label">
            {t.file}
          </label>
          <p id="import-file-hint" className="utrecht-form-field-description">
            {t.fileHint}
          </p>
          {fileError ? (
            <p id="import-file-error" className="utrecht-form-field-error-message">
              {fileError}
            </p>
          ) : null}
          <input
            id={FIELD_IDS.file}
            type="file"
            accept=".csv,.xlsx,text/csv"
            aria-describedby={fileError ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              run.reset();
            }}
          />
          {file ? (
            <p className="samenhang-muted">
              {t.chosen(file.name, Math.max(1, Math.round(file.size / 1024)))}
            </p>
          ) : null}
        </div>
        <TextArea
          id={FIELD_IDS.mapping}
          label={t.mapping}
          description={t.mappingHint}
          value={mapping}
          onChange={setMapping}
          rows={14}
          error={errors.mapping}
        />
        <div className="monitor-actions">
          <BusyAwareButton busy={run.isPending} onClick={() => start(true)}>
            {t.check}
          </BusyAwareButton>
          <BusyAwareButton type="submit" primary busy={run.isPending}>
            {t.run}
          </BusyAwareButton>
        </div>
      </form>
      {run.isSuccess ? (
        <ImportReportView report={run.data.report} outcome={run.data.dryRun ? 'checked' : 'imported'} />
      ) : null}
      {refusal ? <ImportReportView report={refusal} outcome="refused" /> : null}
    </FormSection>
  );
}
