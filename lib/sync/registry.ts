// The templates this extension knows. Production templates register themselves from their own
// files (lib/sync/templates/<id>.ts, later issues); the background imports those files once.
import type { AnyTemplate } from './define-template';

const templates = new Map<string, AnyTemplate>();

export function registerTemplate(template: AnyTemplate): void {
  const existing = templates.get(template.id);
  if (existing && existing !== template) throw new Error(`Template id "${template.id}" is registered twice.`);
  templates.set(template.id, template);
}

export function unregisterTemplate(id: string): void {
  templates.delete(id);
}

export function getTemplate(id: string): AnyTemplate | undefined {
  return templates.get(id);
}

export function listTemplates(): AnyTemplate[] {
  return [...templates.values()];
}
