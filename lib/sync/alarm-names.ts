// Alarm names are the only link between chrome.alarms and our templates; keep them in one place.
export const SCHEDULE_PREFIX = 'template:';
export const RESUME_PREFIX = 'template-resume:';

export const scheduleAlarm = (templateId: string): string => SCHEDULE_PREFIX + templateId;
export const resumeAlarm = (templateId: string): string => RESUME_PREFIX + templateId;

export function isOurAlarm(name: string): boolean {
  return name.startsWith(SCHEDULE_PREFIX) || name.startsWith(RESUME_PREFIX);
}
