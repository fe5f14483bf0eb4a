"use client";

import { useId } from "react";
import { PREDICATES, type PredicateSource } from "@/simulator";
import { calculateCheckFields, type CheckField, type DraftCheck } from "./check-fields";
import { BUTTON, CODE_INPUT, INPUT, LABEL, NOTE } from "./builder-styles";

const SOURCE_ORDER = [...new Set(PREDICATES.map((p) => p.source))] as PredicateSource[];

function ParamField({ field, value, onChange }: { field: CheckField; value: string; onChange: (v: string) => void }) {
  const id = useId();
  const label = (
    <label htmlFor={id} className={LABEL}>
      <code className="font-mono">{field.name}</code>
      {field.required ? " (required)" : ""}
      {field.description ? <span className="font-normal text-zinc-400"> — {field.description}</span> : null}
    </label>
  );
  if (field.type === "boolean" || field.type === "enum") {
    const options = field.type === "boolean" ? ["true", "false"] : (field.options ?? []);
    return (
      <div>
        {label}
        <select id={id} className={INPUT} value={value} onChange={(e) => onChange(e.target.value)} data-param={field.name}>
          <option value="">(not set)</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
    );
  }
  if (field.type === "list" || field.type === "json") {
    return (
      <div>
        {label}
        <textarea id={id} className={CODE_INPUT} rows={2} value={value} onChange={(e) => onChange(e.target.value)} data-param={field.name} />
        <span className={NOTE}>{field.type === "list" ? "One value per line." : "JSON."}</span>
      </div>
    );
  }
  return (
    <div>
      {label}
      <input id={id} className={INPUT} type={field.type === "number" ? "number" : "text"} value={value} onChange={(e) => onChange(e.target.value)} data-param={field.name} />
    </div>
  );
}

/** One check in the builder: the kind picked from the vocabulary, its id and title, the parameters its schema declares, and hints. */
export function CheckEditor({ check, index, onChange, onRemove }: { check: DraftCheck; index: number; onChange: (c: DraftCheck) => void; onRemove: () => void }) {
  const id = useId();
  const def = PREDICATES.find((p) => p.kind === check.kind);
  const fields = calculateCheckFields(check.kind);
  return (
    <fieldset className="rounded-lg border border-[var(--panel-border)] p-4" data-testid="check-editor">
      <legend className="px-1 text-sm font-medium text-zinc-200">Check {index + 1}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-kind`} className={LABEL}>
            Kind
          </label>
          <select id={`${id}-kind`} className={INPUT} value={check.kind} onChange={(e) => onChange({ ...check, kind: e.target.value, values: {} })} data-testid="check-kind">
            {SOURCE_ORDER.map((source) => (
              <optgroup key={source} label={source}>
                {PREDICATES.filter((p) => p.source === source).map((p) => (
                  <option key={p.kind} value={p.kind}>
                    {p.kind}
                  </option>
                ))}
              </optgroup>
            ))}
            <optgroup label="combinators">
              <option value="all">all</option>
              <option value="any">any</option>
              <option value="not">not</option>
            </optgroup>
          </select>
          <span className={NOTE}>{def?.summary ?? "Combines other predicates, given as JSON."}</span>
        </div>
        <div>
          <label htmlFor={`${id}-id`} className={LABEL}>
            Id (lower-case words joined by -)
          </label>
          <input id={`${id}-id`} className={INPUT} value={check.id} onChange={(e) => onChange({ ...check, id: e.target.value })} data-testid="check-id" />
        </div>
        <div>
          <label htmlFor={`${id}-title`} className={LABEL}>
            Title the learner reads
          </label>
          <input id={`${id}-title`} className={INPUT} value={check.title} onChange={(e) => onChange({ ...check, title: e.target.value })} data-testid="check-title" />
        </div>
        {fields.map((field) => (
          <ParamField key={`${check.kind}:${field.name}`} field={field} value={check.values[field.name] ?? ""} onChange={(v) => onChange({ ...check, values: { ...check.values, [field.name]: v } })} />
        ))}
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-hints`} className={LABEL}>
            Hints (up to three, one per line, revealed one at a time)
          </label>
          <textarea id={`${id}-hints`} className={INPUT} rows={2} value={check.hints} onChange={(e) => onChange({ ...check, hints: e.target.value })} />
        </div>
      </div>
      <button type="button" className={`${BUTTON} mt-3`} onClick={onRemove}>
        Remove check {index + 1}
      </button>
    </fieldset>
  );
}
